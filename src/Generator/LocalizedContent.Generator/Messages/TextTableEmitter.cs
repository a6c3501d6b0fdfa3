using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.Messages.Model;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>
    /// Writes the texts a class's properties return as data: one string array per class file (index: the property's
    /// slot), which <c>Variant</c> holds and its properties index. Every text is written once: an entry equal to an
    /// earlier file's entry (the fallback to a parent culture or the neutral file, resolved here) reads that file's
    /// array. A file's array is made when a variant of that file is first resolved, so a process loads only the
    /// cultures it shows.
    /// </summary>
    internal static class TextTableEmitter
    {
        /// <summary>The Variant field holding its file's array.</summary>
        public const string Field = "__LCtexts";

        /// <summary>
        /// Which texts go in the arrays: each property's text, and the texts of each method that only joins text and
        /// string arguments the same way in every file (its Variant method then joins the variant's texts, and no
        /// per-file method is written).
        /// </summary>
        public static TextTable Plan(MessageClassModel model)
        {
            var table = new TextTable(new int[model.Members.Count]);
            for (var i = 0; i < model.Members.Count; i++)
            {
                var member = model.Members[i];
                table.SlotOf[i] = -1;
                if (model.Designer is { } designer)
                {
                    var shape = designer.Members[i];
                    table.SlotOf[i] = table.Add(shape.TextByFile.Select(t => shape.Texts[t]).ToArray());
                }
                else if (!member.IsMethod)
                {
                    var texts = new string[member.Routes.Count];
                    for (var r = 0; r < texts.Length; r++) texts[r] = member.Impls[member.Routes[r].Impl].JoinedText;
                    table.SlotOf[i] = table.Add(texts);
                }
                if (member.IsMethod && Joined(model, member, table) is { } call) table.Calls[i] = call;
            }
            return table;
        }

        /// <summary>The Variant's expression for a method whose files all join the same arguments in the same order
        /// around text, or null.</summary>
        private static string? Joined(MessageClassModel model, ClassMember member, TextTable table)
        {
            var byFile = member.Routes.Select(r => MessageEmitter.ConcatPieces(model.Files[member.Impls[r.Impl].File], member, member.Impls[r.Impl].TextOrParts)).ToList();
            if (byFile.Any(pieces => pieces is null)) return null;
            string Shape(List<(string? Text, string? Identifier)> pieces) => string.Join(",", pieces.Select(piece => piece.Identifier ?? ""));
            if (byFile.Any(pieces => Shape(pieces!) != Shape(byFile[0]!))) return null;
            var expression = new List<string>();
            for (var k = 0; k < byFile[0]!.Count; k++)
            {
                expression.Add(byFile[0]![k].Identifier ?? Field + "[" + Number(table.Add(byFile.Select(pieces => pieces![k].Text!).ToArray())) + "]");
            }
            return MessageEmitter.Concat(expression);
        }

        public static void Write(SourceWriter w, MessageClassModel model, TextTable table)
        {
            var slots = table.Slots;
            var files = model.Files.Count;
            // source[f][s]: the earliest file with the same text in slot s (f itself when none is earlier). Earlier
            // only: a file's array never waits for a later one, so making them cannot recurse.
            var source = new int[files][];
            for (var f = 0; f < files; f++)
            {
                source[f] = new int[slots.Count];
                for (var s = 0; s < slots.Count; s++)
                {
                    var g = 0;
                    while (g < f && slots[s][g] != slots[s][f]) g++;
                    source[f][s] = g;
                }
            }
            var uses = Enumerable.Range(0, files).Select(f => source[f].Where(g => g != f).Distinct().OrderBy(g => g).ToList()).ToList();

            w.Line("// The variants' texts, one array per file (made when a variant of the file is first resolved).");
            w.Line("private static readonly " + w.Nullable("string[]") + "[] __LCTexts = new string[" + Number(files) + "][];");
            w.Line();
            var calls = Enumerable.Range(0, files).Select(f => "__LCTable" + Number(f) + "(" + string.Join(", ", uses[f].Select(g => "__LCTable(" + Number(g) + ")")) + ")").ToList();
            var chain = calls[calls.Count - 1];
            for (var f = files - 2; f >= 0; f--) chain = "file == " + Number(f) + " ? " + calls[f] + " : " + chain;
            w.Line("private static string[] __LCTable(int file) => __LCTexts[file] ?? (__LCTexts[file] = " + chain + ");");
            for (var f = 0; f < files; f++)
            {
                w.Line();
                w.Line("// " + XmlDocText.Escape(model.Files[f].FileName) + (uses[f].Count == 0 ? "" : "; t" + Number(uses[f][0]) + "[i]: the same text in an earlier file (its fallback)"));
                w.Open("private static string[] __LCTable" + Number(f) + "(" + string.Join(", ", uses[f].Select(g => "string[] t" + Number(g))) + ") => new string[]");
                for (var s = 0; s < slots.Count; s++)
                {
                    var g = source[f][s];
                    if (g == f) w.LiteralLine("", slots[s][f], ",");
                    else w.Line("t" + Number(g) + "[" + Number(s) + "],");
                }
                w.Close("};");
            }
            w.Line();
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>What <see cref="TextTableEmitter.Plan"/> decided for one class.</summary>
    internal sealed class TextTable
    {
        public TextTable(int[] slotOf) => SlotOf = slotOf;

        /// <summary>Per slot, per class file (same index as the model's files): the text.</summary>
        public List<string[]> Slots { get; } = new List<string[]>();

        /// <summary>Per member: the slot of the text its property returns, or -1.</summary>
        public int[] SlotOf { get; }

        /// <summary>Per member index: the Variant method's expression, for methods that only join texts.</summary>
        public Dictionary<int, string> Calls { get; } = new Dictionary<int, string>();

        public int Add(string[] byFile)
        {
            Slots.Add(byFile);
            return Slots.Count - 1;
        }

        /// <summary>The Variant's body for a method member.</summary>
        public string Call(MessageClassModel model, int member) =>
            Calls.TryGetValue(member, out var call) ? call : MessageEmitter.VariantCall(model, model.Members[member]);
    }
}
