using System.Globalization;
using System.Linq;
using System.Text;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.Messages.Model;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>
    /// The most common ICU shape, one plural or select between two texts (<c>{count, plural, one {# item} other {# items}}</c>),
    /// written as branches that each return their whole text: a string constant (nothing allocated at run time) or
    /// <c>Builder.Join(text, number, text)</c> for a plural case with a <c>#</c>, on the method's stack buffer as in the
    /// general form. The general form (an Append per part, a break per case, one builder for the method) is longer,
    /// and every build parses it again (the benchmark corpus's output: 7.54 → 7.27 M characters); each branch writes
    /// the same text (BranchFormTests). Code, not data: its texts are constants the JIT copies without a call (a data
    /// form, two entries per plural category in the variant's texts, made the plural 1.4–1.6× the hand-written floor).
    /// </summary>
    internal static class BranchEmitter
    {
        /// <summary>Writes the body of <paramref name="member"/>'s method for one culture as branches and returns true, or
        /// returns false (nothing written) when the parts are not one plural or select between texts.</summary>
        public static bool TryWrite(SourceWriter w, ClassFile file, ClassMember member, EquatableArray<MessagePart> parts, int stackChars, bool stackBuffer)
        {
            if (!Fits(member, parts, out var before, out var choice, out var after)) return false;
            if (choice is SelectPart select)
            {
                WriteSelect(w, member, select, before, after);
                return true;
            }
            var plural = (PluralPart)choice!;
            var join = stackBuffer ? "__LCBuilder(__num, __s).Join(" : "__LCBuilder(__num).Join(";
            if (stackBuffer && plural.Cases.Any(c => Pounds(c.Body) > 0))
                w.Line("global::System.Span<char> __s = stackalloc char[" + stackChars.ToString(CultureInfo.InvariantCulture) + "];");
            WritePlural(w, file, member, plural, before, after, join);
            return true;
        }

        /// <summary>Text, one plural (of a decimal) or select, text; every case a text, with at most one # in a plural.</summary>
        private static bool Fits(ClassMember member, EquatableArray<MessagePart> parts, out string before, out MessagePart? choice, out string after)
        {
            var texts = new[] { new StringBuilder(), new StringBuilder() };
            choice = null;
            foreach (var part in parts)
            {
                if (part is TextPart text) texts[choice is null ? 0 : 1].Append(text.Text);
                else if (choice is null && (part is PluralPart plural && MessageEmitter.Parameter(member, plural.Name).Type == ParameterType.Decimal && plural.Cases.All(c => Pounds(c.Body) <= 1)
                    || part is SelectPart select && select.Cases.All(c => Pounds(c.Body) == 0))) choice = part;
                else
                {
                    before = after = "";
                    return false;
                }
            }
            before = texts[0].ToString();
            after = texts[1].ToString();
            return choice is not null;
        }

        /// <summary>The #s of a case that has only text and #s; more than one when it has anything else.</summary>
        private static int Pounds(EquatableArray<MessagePart> body)
        {
            var pounds = 0;
            foreach (var part in body)
            {
                if (part is PoundPart) pounds++;
                else if (part is not TextPart) return int.MaxValue;
            }
            return pounds;
        }

        private static void WritePlural(SourceWriter w, ClassFile file, ClassMember member, PluralPart plural, string before, string after, string join)
        {
            var p = MessageEmitter.Parameter(member, plural.Name);
            var number = MessageEmitter.Minus(p.Identifier, plural.Offset); // # is the count minus the plural's offset
            var layout = PluralLayout.Of(plural, file);
            foreach (var (value, c) in layout.Exact)
                w.Line("if (" + p.Identifier + " == " + value.ToString(CultureInfo.InvariantCulture) + "m) return " + Branch(file, c.Body, before, after, join, number) + ";");
            var fallback = layout.Other is null ? CSharpLiteral.String(before + after) : Branch(file, layout.Other.Body, before, after, join, number);
            if (!layout.Switch)
            {
                w.Line("return " + fallback + ";");
                return;
            }
            w.Open(PluralLayout.SwitchLine(file, p.Identifier, plural.Offset));
            foreach (var (categories, body) in layout.Sections)
            {
                foreach (var category in categories) w.Line(PluralLayout.CaseLabel(category));
                w.Indent().Line("return " + Branch(file, body, before, after, join, number) + ";").Dedent();
            }
            foreach (var category in layout.DefaultCategories) w.Line(PluralLayout.CaseLabel(category));
            w.Line("default: // other");
            w.Indent().Line("return " + fallback + ";").Dedent();
            w.Close();
        }

        private static void WriteSelect(SourceWriter w, ClassMember member, SelectPart select, string before, string after)
        {
            w.Open("switch (" + MessageEmitter.SelectSubject(MessageEmitter.Parameter(member, select.Name)) + ")");
            foreach (var c in select.Cases.Where(c => c.Selector != "other"))
                w.Line("case " + CSharpLiteral.String(c.Selector) + ": return " + CSharpLiteral.String(before + MessageParts.JoinedText(c.Body) + after) + ";");
            var other = select.Cases.FirstOrDefault(c => c.Selector == "other");
            w.Line("default: return " + CSharpLiteral.String(before + (other is null ? "" : MessageParts.JoinedText(other.Body)) + after) + ";");
            w.Close();
        }

        /// <summary>A case's whole text as a constant, or the builder's Join of the texts around its number.</summary>
        private static string Branch(ClassFile file, EquatableArray<MessagePart> body, string before, string after, string join, string number)
        {
            var (head, tail) = CaseTexts(file, body, before, after);
            return tail is null ? CSharpLiteral.String(head) : join + CSharpLiteral.String(head) + ", " + number + ", " + CSharpLiteral.String(tail) + ")";
        }

        /// <summary>A plural case's text before its number and after it (null: the case shows no number), the number in
        /// FSI…PDI in right-to-left files (as <see cref="MessageEmitter"/> isolates every inserted value).</summary>
        private static (string Head, string? Tail) CaseTexts(ClassFile file, EquatableArray<MessagePart> body, string before, string after)
        {
            // The thread's two builders, emptied: every case of every plural of a class comes here.
            var head = (_head ??= new StringBuilder()).Clear().Append(before);
            var tail = (_tail ??= new StringBuilder()).Clear();
            var pound = false;
            foreach (var part in body)
            {
                if (part is PoundPart) pound = true;
                else (pound ? tail : head).Append(((TextPart)part).Text);
            }
            if (!pound) return (head.Append(after).ToString(), null);
            if (file.Isolate)
            {
                head.Append('\u2068');
                tail.Insert(0, '\u2069');
            }
            return (head.ToString(), tail.Append(after).ToString());
        }

        [System.ThreadStatic] private static StringBuilder? _head, _tail;
    }
}
