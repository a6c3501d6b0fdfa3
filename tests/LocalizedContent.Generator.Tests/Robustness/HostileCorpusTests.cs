using System.Text;
using LocalizedContent.Generator.Documents;
using LocalizedContent.Generator.Messages;
using LocalizedContent.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace LocalizedContent.Generator.Tests.Robustness;

/// <summary>
/// The hostile corpus (Corpus/, described in Corpus/README.md): each file is read with the compiler's decoder and
/// run through both generators on its own. No generator throws, the output compiles, and the diagnostics (errors
/// and warnings) are exactly the ones Corpus/expected.txt lists, at the listed line and column.
/// </summary>
public sealed class HostileCorpusTests
{
    private static string CorpusDirectory => Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>expected.txt: "file | ID line:column, ID line:column" ("-" for none); # starts a comment.</summary>
    public static TheoryData<string, string> Manifest()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(CorpusDirectory, "expected.txt")))
        {
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var parts = line.Split('|', 2);
            data.Add(parts[0].Trim(), parts[1].Trim());
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Manifest))]
    public void Corpus_file_gives_compiling_code_and_exactly_its_expected_diagnostics(string file, string expected)
    {
        var run = RunOn(file, File.ReadAllBytes(Path.Combine(CorpusDirectory, file)));

        Assert.Equal(Parse(expected), Actual(run));
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        GeneratedApiConsumer.TouchEveryMember(run.CompileAndLoad());
    }

    [Fact]
    public void Every_corpus_file_is_in_the_manifest()
    {
        var listed = Manifest().Select(row => (string)row[0]).ToHashSet();
        var files = Directory.GetFiles(CorpusDirectory).Select(Path.GetFileName).Where(f => f is not ("expected.txt" or "README.md" or "canary.secret"));
        Assert.All(files, f => Assert.True(listed.Contains(f!), f + " is in Corpus/ but not in the manifest"));
    }

    [Fact]
    public void External_entities_are_never_resolved_by_the_generator()
    {
        // The canary sits beside the .resx that names it, at the path a resolver would open.
        var canary = File.ReadAllText(Path.Combine(CorpusDirectory, "canary.secret")).Trim();
        foreach (var file in new[] { "external-entity-local.resx", "external-entity-passwd.resx" })
        {
            var path = Path.Combine(CorpusDirectory, file);
            var run = new GeneratorHarness()
                .AddFile(CompilerDecoder.Read(path, File.ReadAllBytes(path)), new Dictionary<string, string> { ["ClassName"] = "Leak" })
                .Run(new MessageGenerator());
            var everything = string.Join("\n", run.GeneratedSources.Values) + string.Join("\n", run.GeneratorDiagnostics.Select(d => d.GetMessage()));
            Assert.DoesNotContain(canary, everything, StringComparison.Ordinal);
            Assert.DoesNotContain("root:", everything, StringComparison.Ordinal); // /etc/passwd's first line
            Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "LC1028");
        }
    }

    /// <summary>50 MB is made at test time (not committed): a document and a .resx with a huge value are
    /// refused with a located diagnostic, and neither takes the generator down.</summary>
    [Fact]
    [Trait("Category", "Slow")]
    public void A_50_MB_document_is_refused_with_a_diagnostic()
    {
        var line = "سطر طويل جداً من النص العربي مع أرقام ١٢٣ و Latin text.\n";
        var builder = new StringBuilder("عنوان\n\n");
        var lines = 50_000_000 / Encoding.UTF8.GetByteCount(line) + 1;
        for (var i = 0; i < lines; i++) builder.Append(line);
        var directory = Directory.CreateTempSubdirectory("localizedcontent-corpus-");
        try
        {
            var path = Path.Combine(directory.FullName, "Huge.ar.txt");
            File.WriteAllText(path, builder.ToString(), new UTF8Encoding(false));
            Assert.True(new FileInfo(path).Length >= 50_000_000);
            var run = RunOn("Huge.ar.txt", File.ReadAllBytes(path));
            Assert.Equal([("LC1017", 1, 1)], Actual(run)); // reported at the file, before the consumer meets CS8103
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static GeneratorRun RunOn(string file, byte[] bytes) =>
        new GeneratorHarness()
            .AddFile(CompilerDecoder.Read(GeneratorHarness.PathOf("Corpus/" + file), bytes), new Dictionary<string, string> { ["ClassName"] = "Corpus" })
            .Run(new DocumentGenerator(), new MessageGenerator());

    private static List<(string Id, int Line, int Column)> Actual(GeneratorRun run) =>
        run.GeneratorDiagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1))
            .OrderBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Item2).ThenBy(d => d.Item3)
            .ToList();

    private static List<(string Id, int Line, int Column)> Parse(string expected) =>
        expected == "-"
            ? []
            : expected.Split(',').Select(e => e.Trim().Split(' ', ':')).Select(p => (p[0], int.Parse(p[1]), int.Parse(p[2])))
                .OrderBy(d => d.Item1, StringComparer.Ordinal).ThenBy(d => d.Item2).ThenBy(d => d.Item3)
                .ToList();
}
