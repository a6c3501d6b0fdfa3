using System.Text;
using System.Xml;
using CsCheck;
using LocalizedContent.Generator.Tests.Infrastructure;

namespace LocalizedContent.Generator.Tests.Documents;

/// <summary>
/// Random documents full of what breaks generators (quotes, backslashes, comment and doc-comment enders, raw
/// string quotes, NUL, lone surrogates, line separators, bidi controls, RTL text, mixed line endings): the
/// generated code compiles, its doc comments are well-formed XML, and the values read back follow the rules.
/// </summary>
[Trait("Category", "Slow")]
public class RandomDocumentTests
{
    private static readonly string[] Fragments =
    [
        "a", "WeChat", " ", "  ", "\t", "\"", "\\", "\\n", "*/", "/*", "//", "</summary>", "<para>", "&amp;", "\"\"\"", "{", "}", "#if X",
        "\0", "\uD800", "\uDC00", "\uDBFF\uDFFF", "😀", "\u2028", "\u2029", "\u0085", "\u00A0", "\u200C", "\u202E", "\u2066", "\u2069",
        "\u200F", "\uFEFF", "\uFFFE", "سلام", "پیام‌رسان", "ي", "۱۴۰۰", "١٩", "2021", "-", "---", ":", "title: x", "\u0001", "\u007F",
    ];

    private static readonly Gen<string> Line =
        Gen.OneOf(Fragments).Array[0, 6].Select(parts => string.Concat(parts));

    private static readonly Gen<string> Document =
        Gen.Select(Line.Array[0, 12], Gen.OneOf("\n", "\r\n", "\r").Array[12], Gen.Bool, Gen.Bool)
            .Select((lines, endings, bom, finalNewline) =>
            {
                var builder = new StringBuilder(bom ? "\uFEFF" : "");
                for (var i = 0; i < lines.Length; i++)
                {
                    builder.Append(lines[i]);
                    if (i < lines.Length - 1 || finalNewline) builder.Append(endings[i]);
                }
                return builder.ToString();
            })
            // A first line of "---" opens front matter, which has its own tests.
            .Where(text => !text.TrimStart('\uFEFF').Split('\n', '\r')[0].TrimEnd().Equals("---", StringComparison.Ordinal));

    [Fact]
    public void Random_documents_compile_and_read_back_as_the_rules_say()
    {
        Document.Array[1, 6].Sample(documents =>
        {
            var harness = new GeneratorHarness();
            for (var i = 0; i < documents.Length; i++) harness.AddFile($"Docs/Doc{i}.txt", documents[i]);
            var run = harness.RunDocuments();

            // Only "empty" may be said, and "not UTF-8" for a NUL (what UTF-16 saved without a BOM looks like).
            Assert.All(run.GeneratorDiagnostics, d => Assert.True(d.Id == "LC1010" || (d.Id == "LC1005" && documents.Any(t => t.Contains('\0'))), d.ToString()));
            Assert.Empty(run.CompilationDiagnostics); // no warnings either: consumers may treat them as errors
            foreach (var source in run.GeneratedSources.Values) AssertDocCommentsAreXml(source);
            var assembly = run.CompileAndLoad();
            for (var i = 0; i < documents.Length; i++)
            {
                var expected = DocumentTestKit.Expected(documents[i]);
                var variant = new DocumentClassView(assembly.GetType($"TestApp.Docs.Doc{i}")!).For("fa-IR");
                Assert.Equal(expected.Text, variant.Text);
                Assert.Equal(expected.Title, variant.Title);
                Assert.Equal(expected.Paragraphs, variant.Paragraphs);
                Assert.Equal("", variant.CultureName);
            }
        }, iter: 40, threads: 1);
    }

    /// <summary>Each run of /// lines, without the slashes, parses as XML (a consumer building with
    /// GenerateDocumentationFile would otherwise get CS1570 warnings in generated code).</summary>
    private static void AssertDocCommentsAreXml(string source)
    {
        var block = new StringBuilder();
        foreach (var line in source.Split('\n').Append(""))
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("///", StringComparison.Ordinal))
            {
                block.Append(trimmed[3..]).Append('\n');
                continue;
            }
            if (block.Length == 0) continue;
            var xml = "<doc>" + block + "</doc>";
            var exception = Record.Exception(() => { using var reader = XmlReader.Create(new StringReader(xml)); while (reader.Read()) { } });
            Assert.True(exception is null, $"Doc comment is not XML ({exception?.Message}):\n{block}");
            block.Clear();
        }
    }
}
