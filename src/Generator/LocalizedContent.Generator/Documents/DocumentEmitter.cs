using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.Documents.Model;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Generator.Documents
{
    /// <summary>
    /// Writes one document class. Only text: every value goes through <see cref="CSharpLiteral"/> and every doc
    /// comment through <see cref="XmlDocText"/>, so any file content compiles. The generated code needs no
    /// runtime library and declares no top-level type besides the class itself, so two assemblies using the
    /// generator never clash; every type it names is global::-qualified.
    /// </summary>
    internal static class DocumentEmitter
    {
        private const string CultureInfoType = "global::System.Globalization.CultureInfo";
        private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
        private const string ReadOnlyCollection = "global::System.Collections.ObjectModel.ReadOnlyCollection";

        /// <summary>How much of a document the doc comments quote.</summary>
        private const int QuoteLength = 160;

        /// <summary>Most literal pieces per document; small documents get one piece per line.</summary>
        private const int MaxPieces = 400;

        /// <param name="nullableAnnotations">True when the consumer's C# has nullable annotations (C# 8).</param>
        public static SourceText Emit(DocumentClass model, bool nullableAnnotations)
        {
            var writer = SourceWriter.GeneratedFile(nullableAnnotations);
            var hasNamespace = model.Namespace.Length > 0;
            if (hasNamespace) writer.OpenNamespace(model.Namespace);

            WriteClassSummary(writer, model);
            writer.Line(GeneratedClass.AttributeLine);
            writer.Open(GeneratedClass.Declaration(model.ClassName));

            var names = string.Join(", ", model.Variants.Select(v => "\"" + (v.Culture ?? "") + "\""));
            writer.Doc($"<summary>The names of the cultures this document is written in: {XmlDocText.Escape(names)} (\"\" is the neutral file).</summary>");
            writer.Line($"public static {ReadOnlyList}<string> Cultures => __cultures;");
            writer.Line();
            writer.Doc("<summary>Every variant of this document, in the order of <see cref=\"Cultures\"/>.</summary>");
            writer.Line($"public static {ReadOnlyList}<Variant> Variants => __variantList;");
            writer.Line();
            writer.Doc("<summary>The variant for <see cref=\"global::System.Globalization.CultureInfo.CurrentUICulture\"/> (see <see cref=\"For\"/>).</summary>");
            writer.Line($"public static Variant Current => For({CultureInfoType}.CurrentUICulture);");
            writer.Line();
            WriteQuotedDoc(writer, "The title for the current UI culture.", model, v => v.Content.Title);
            writer.Line("public static string Title => Current.Title;");
            writer.Line();
            writer.Doc("<summary>The paragraphs after the title, for the current UI culture.</summary>");
            writer.Line($"public static {ReadOnlyList}<string> Paragraphs => Current.Paragraphs;");
            writer.Line();
            WriteQuotedDoc(writer, "The whole text for the current UI culture.", model, v => v.Content.Text);
            writer.Line("public static string Text => Current.Text;");
            writer.Line();
            writer.Doc("<summary>");
            writer.Doc("The variant for <paramref name=\"culture\"/> (null: the current UI culture): its own file, else its parent");
            writer.Doc("culture's (fa-IR, then fa), else the neutral file, else the first culture in <see cref=\"Cultures\"/>.");
            writer.Doc("</summary>");
            writer.Line($"public static Variant For({writer.Nullable(CultureInfoType)} culture) => __variants[__CultureIndex(culture ?? {CultureInfoType}.CurrentUICulture)];");
            writer.Line();

            CultureLookupEmitter.Write(writer, "__CultureIndex", model.Variants.Select(v => v.Culture).ToList());
            writer.Line();
            WriteVariantClass(writer, model);
            for (var i = 0; i < model.Variants.Count; i++)
            {
                writer.Line();
                WriteText(writer, i, model.Variants[i]);
            }
            writer.Line();
            // After the texts and paragraph offsets: static fields are initialized in the order they are written.
            writer.Line($"private static readonly {ReadOnlyList}<string> __cultures = new {ReadOnlyCollection}<string>(new string[] {{ {names} }});");
            writer.Line();
            writer.Open("private static readonly Variant[] __variants = new Variant[]");
            for (var i = 0; i < model.Variants.Count; i++)
            {
                var v = model.Variants[i];
                writer.Line($"new Variant({CSharpLiteral.String(v.Culture ?? "")}, {CSharpLiteral.String(v.Content.Language)}, {(v.Content.IsRightToLeft ? "true" : "false")}, {CSharpLiteral.String(v.Content.Title)}, __text{i}, __paragraphs{i}),");
            }
            writer.Close("};");
            writer.Line();
            writer.Line($"private static readonly {ReadOnlyList}<Variant> __variantList = new {ReadOnlyCollection}<Variant>(__variants);");
            writer.Close();
            if (hasNamespace) writer.CloseNamespace();
            return writer.Finish();
        }

        // Doc comments are read in tooltips that lay text out left to right and may ignore bidi entirely. So the
        // Arabic or Persian quote stands alone in its own <para> (a Latin label on the same line would be reordered
        // into it), carries no bidi control characters (XmlDocText drops them: they show as boxes or hide text),
        // and the culture label is a separate Latin line.
        private static void WriteClassSummary(SourceWriter writer, DocumentClass model)
        {
            writer.Doc("<summary>");
            var files = string.Join(", ", model.Variants.Select(v => $"{v.FileName} ({Label(v)})"));
            writer.Doc($"<para>Document generated from {XmlDocText.Escape(files)}.</para>");
            foreach (var v in model.Variants)
            {
                writer.Doc($"<para>{XmlDocText.Escape(Label(v))}:</para>");
                writer.Doc($"<para>{Quote(v.Content.Title)}</para>");
                var start = v.Content.Paragraphs.Count >= 2 ? v.Content.Text.Substring(v.Content.Paragraphs[0], v.Content.Paragraphs[1]) : "";
                if (start.Length > 0) writer.Doc($"<para>{Quote(start)}</para>");
            }
            writer.Doc("</summary>");
        }

        private static void WriteQuotedDoc(SourceWriter writer, string summary, DocumentClass model, System.Func<DocumentVariant, string> quote)
        {
            writer.Doc("<summary>");
            writer.Doc($"<para>{summary}</para>");
            foreach (var v in model.Variants)
            {
                writer.Doc($"<para>{XmlDocText.Escape(Label(v))}:</para>");
                writer.Doc($"<para>{Quote(quote(v))}</para>");
            }
            writer.Doc("</summary>");
        }

        private static string Label(DocumentVariant v) =>
            (v.Culture ?? "neutral") + ", " + (v.Content.IsRightToLeft ? "right to left" : "left to right");

        private static string Quote(string text)
        {
            var quoted = XmlDocText.Escape(text, QuoteLength);
            return quoted.Length == 0 ? "(empty)" : quoted;
        }

        private static void WriteVariantClass(SourceWriter writer, DocumentClass model)
        {
            writer.Doc($"<summary>One culture's variant of {XmlDocText.Escape(model.ClassName.TrimStart('@'))}: its text and the metadata an HTML page needs (lang, dir).</summary>");
            writer.Open("public sealed class Variant");
            writer.Open($"internal Variant(string cultureName, string language, bool isRightToLeft, string title, string text, int[] paragraphs)");
            writer.Line("CultureName = cultureName;");
            writer.Line("Language = language;");
            writer.Line("IsRightToLeft = isRightToLeft;");
            writer.Line("Title = title;");
            writer.Line("Text = text;");
            writer.Line("var list = new string[paragraphs.Length / 2];");
            writer.Line("for (var i = 0; i < list.Length; i++) list[i] = text.Substring(paragraphs[2 * i], paragraphs[2 * i + 1]);");
            writer.Line($"Paragraphs = new {ReadOnlyCollection}<string>(list);");
            writer.Close();
            writer.Line();
            writer.Doc("<summary>The culture name of the file (\"ar\", \"fa-IR\"), or \"\" for the neutral file.</summary>");
            writer.Line("public string CultureName { get; }");
            writer.Line();
            writer.Doc("<summary>The language for an HTML <c>lang</c> attribute (\"ar\", \"fa\"): the culture's language, or for the neutral file the one its letters show; \"\" when unknown.</summary>");
            writer.Line("public string Language { get; }");
            writer.Line();
            writer.Doc("<summary>True when the text is written right to left; from the culture, or for the neutral file from its letters (never from the first character).</summary>");
            writer.Line("public bool IsRightToLeft { get; }");
            writer.Line();
            writer.Doc("<summary>\"rtl\" or \"ltr\", for an HTML <c>dir</c> attribute.</summary>");
            writer.Line("public string Direction => IsRightToLeft ? \"rtl\" : \"ltr\";");
            writer.Line();
            writer.Doc("<summary>The first non-blank line, trimmed (or the front matter's title).</summary>");
            writer.Line("public string Title { get; }");
            writer.Line();
            writer.Doc("<summary>The blocks of lines after the title, split on blank lines; lines within a paragraph are joined with \\n.</summary>");
            writer.Line($"public {ReadOnlyList}<string> Paragraphs {{ get; }}");
            writer.Line();
            writer.Doc("<summary>The file's text without front matter and byte order mark, with \\n line endings.</summary>");
            writer.Line("public string Text { get; }");
            writer.Line();
            writer.Doc("<summary>The title.</summary>");
            writer.Line("public override string ToString() => Title;");
            writer.Close();
        }

        // The text is one constant, written one literal per line so it reads like the file in review; huge files
        // get fewer, longer pieces so the compiler folds a short chain. Title and paragraphs are cut from it at run
        // time so each character is stored once (an assembly holds at most 16 MB of string literals).
        private static void WriteText(SourceWriter writer, int index, DocumentVariant v)
        {
            writer.Line($"// {XmlDocText.Escape(v.FileName)}");
            var offsets = v.Content.Paragraphs;
            var numbers = new StringBuilder();
            for (var i = 0; i < offsets.Count; i++)
            {
                if (i > 0) numbers.Append(i % 16 == 0 ? ",\n" : ", ");
                numbers.Append(offsets[i].ToString(CultureInfo.InvariantCulture));
            }
            if (offsets.Count == 0)
            {
                writer.Line($"private static readonly int[] __paragraphs{index} = new int[0];");
            }
            else
            {
                writer.Line($"private static readonly int[] __paragraphs{index} = new int[]");
                writer.Line("{");
                foreach (var line in numbers.ToString().Split('\n')) writer.Line("\t" + line);
                writer.Line("};");
            }
            var pieces = Pieces(v.Content.Text);
            if (pieces.Count <= 1)
            {
                writer.Line($"private const string __text{index} = {CSharpLiteral.String(v.Content.Text)};");
                return;
            }
            writer.Line($"private const string __text{index} =");
            for (var i = 0; i < pieces.Count; i++)
            {
                writer.Line("\t" + CSharpLiteral.String(pieces[i]) + (i < pieces.Count - 1 ? " +" : ";"));
            }
        }

        private static List<string> Pieces(string text)
        {
            var pieces = new List<string>();
            var lines = 1;
            foreach (var c in text) if (c == '\n') lines++;
            var target = lines <= MaxPieces ? 0 : text.Length / MaxPieces;
            var start = 0;
            while (start < text.Length)
            {
                var end = text.IndexOf('\n', start);
                end = end < 0 ? text.Length : end + 1;
                while (end - start < target && end < text.Length)
                {
                    var next = text.IndexOf('\n', end);
                    end = next < 0 ? text.Length : next + 1;
                }
                pieces.Add(text.Substring(start, end - start));
                start = end;
            }
            return pieces;
        }
    }
}
