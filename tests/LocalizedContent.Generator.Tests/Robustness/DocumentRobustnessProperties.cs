using System.Text;
using CsCheck;
using LocalizedContent.Generator.Tests.Documents;
using LocalizedContent.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace LocalizedContent.Generator.Tests.Robustness;

/// <summary>
/// Issue 7 for documents: any .txt content gives compiling code whose values read back exactly as the document
/// rules say, and any file name gives compiling code or a located diagnostic. Many files per generator run, so
/// thousands of documents cost a few dozen compilations. A failure prints the shrunk input as C# literals.
/// </summary>
[Trait("Category", "Slow")]
public sealed class DocumentRobustnessProperties
{
    /// <summary>Runs in CI: 40 × ~80 documents ≈ 3,200 documents (with ~7,800 .resx entries and ~400 file names,
    /// over 11,000 cases). Each run compiles, loads and calls its documents, which is what costs.</summary>
    private const int Runs = 40;

    private static readonly Gen<string> Line = HostileText.TextOrHuge(8, oneIn: 1500);

    private static readonly Gen<string> Document =
        Gen.Select(Line.Array[0, 10], Gen.OneOf("\n", "\r\n", "\r").Array[10], Gen.Bool, Gen.Bool)
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
            // A first line of "---" opens front matter, whose rules FrontMatterTests cover.
            .Where(text => !text.TrimStart('\uFEFF').Split('\n', '\r')[0].TrimEnd().Equals("---", StringComparison.Ordinal));

    private static string Print(string[] documents) =>
        PropertyRun.Show(documents.Select((d, i) => ($"Docs/Doc{i}.txt", d)));

    [Fact]
    public void Any_document_text_compiles_and_reads_back_exactly()
    {
        var total = 0;
        Document.Array[40, 120].Sample(batch => Minimal.Check(batch, documents =>
        {
            var harness = new GeneratorHarness();
            for (var i = 0; i < documents.Length; i++) harness.AddFile($"Docs/Doc{i}.txt", documents[i]);
            var run = harness.RunDocuments();

            // Neutral text can only be empty (LC1010) or hold a NUL, which means UTF-16 saved without a BOM (LC1005).
            Assert.All(run.GeneratorDiagnostics, d => Assert.Contains(d.Id, new[] { "LC1010", "LC1005" }));
            for (var i = 0; i < documents.Length; i++)
            {
                var path = GeneratorHarness.PathOf($"Docs/Doc{i}.txt");
                var nul = documents[i].IndexOf('\0');
                var reported = run.GeneratorDiagnostics.Where(d => d.Id == "LC1005" && d.Location.GetLineSpan().Path == path).ToList();
                Assert.Equal(nul >= 0 ? 1 : 0, reported.Count);
                if (nul >= 0) Assert.Equal(nul, reported[0].Location.SourceSpan.Start);
            }
            LocatedDiagnostics.AssertEachIsInAFile(run, documents.Select((d, i) => (GeneratorHarness.PathOf($"Docs/Doc{i}.txt"), d)));
            var assembly = CompiledOutput.EmitWithoutWarnings(run);
            Assert.True(GeneratedApiConsumer.TouchEveryMember(assembly) > documents.Length);
            for (var i = 0; i < documents.Length; i++)
            {
                var expected = DocumentTestKit.Expected(documents[i]);
                var variant = new DocumentClassView(assembly.GetType($"TestApp.Docs.Doc{i}")!).For("fa-IR");
                Assert.Equal(expected.Text, variant.Text);
                Assert.Equal(expected.Title, variant.Title);
                Assert.Equal(expected.Paragraphs, variant.Paragraphs);
            }
            Interlocked.Add(ref total, documents.Length);
        }, document => Print([document])), iter: PropertyRun.Iterations(Runs), threads: 1, print: Print);
        Assert.True(total >= 40 * Runs);
    }

    /// <summary>File and folder names from all of Unicode: C# keywords, digits first, names that collide once
    /// made identifiers (News-1, News_1), culture-like suffixes. Every file becomes a class or a diagnostic.</summary>
    private static readonly Gen<string> Name = Gen.Frequency(
        (6, HostileText.Text(4).Where(n => n.Length is > 0 and < 60)),
        (2, Gen.OneOf("News", "News-1", "News_1", "News 1", "1News", "class", "For", "Variant", "__x", "Docs", "نص", "نص‌ها", "a.b", "ar", "fa-IR")));

    private static readonly Gen<(string Folder, string Name, string Suffix, string Text)> NamedFile =
        Gen.Select(Gen.OneOf("Docs", "Docs/Sub", "Docs/Sub/News", "مستندات", "1 folder", "class"), Name, Gen.OneOf("", ".ar", ".fa", ".fa-IR", ".xx-yyyyyyyyy", ".en"),
            Gen.OneOf("Title\n\nBody", "عنوان\n\nمتن", "", "---\nclass: Other\n---\nT"));

    [Fact]
    public void Any_file_name_gives_a_class_or_a_located_diagnostic()
    {
        NamedFile.Array[5, 30].Sample(files =>
        {
            var harness = new GeneratorHarness();
            var paths = new HashSet<string>(StringComparer.Ordinal);
            var added = new List<(string Path, string Text)>();
            foreach (var (folder, name, suffix, text) in files)
            {
                var relative = folder + "/" + SafePathName(name) + suffix + ".txt";
                if (!paths.Add(relative)) continue;
                harness.AddFile(relative, text);
                added.Add((GeneratorHarness.PathOf(relative), text));
            }
            var run = harness.RunDocuments();

            LocatedDiagnostics.AssertEachIsInAFile(run, added);
            GeneratedApiConsumer.TouchEveryMember(CompiledOutput.EmitWithoutWarnings(run));
        }, iter: PropertyRun.Iterations(25), threads: 1,
           print: files => string.Join("\n", files.Select(f => PropertyRun.Show(f.Folder + "/" + f.Name + f.Suffix + ".txt") + " : " + PropertyRun.Show(f.Text))));
    }

    /// <summary>A file system cannot hold '/', NUL or a lone surrogate in a name (the compiler gets paths from disk).</summary>
    private static string SafePathName(string name)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1])) { builder.Append(c).Append(name[++i]); continue; }
            builder.Append(c is '/' or '\\' or '\0' || char.IsSurrogate(c) ? '_' : c);
        }
        return builder.ToString();
    }
}
