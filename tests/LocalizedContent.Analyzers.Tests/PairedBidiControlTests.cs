using System.Collections.Immutable;
using LocalizedContent.Analyzers.Tests.Infrastructure;
using LocalizedContent.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>LC0007: bidi controls a translator paired within one value of a content file are a warning (issue 15),
/// and the fix that turns embeddings into isolates in the file. Invisible characters are written ⟨LRE⟩ as in the
/// LC0004 tests.</summary>
public class PairedBidiControlTests
{
    private const string EmbeddingHint = "the isolates LEFT-TO-RIGHT ISOLATE (U+2066) … POP DIRECTIONAL ISOLATE (U+2069) set the same direction without affecting the text around them: use them instead";
    private const string IsolateHint = "they are invisible in review: keep them only where the text needs them";

    private static DiagnosticResult Paired(string path, int line, int column, int endColumn) =>
        new DiagnosticResult("LC0007", DiagnosticSeverity.Warning).WithSpan(path, line, column, line, endColumn);

    /// <summary>The case from issue 15: an Arabic translation that keeps "0 to 9" left to right with LRE … PDF.</summary>
    [Fact]
    public Task A_translators_embedding_around_0_to_9_is_a_warning_not_an_error() =>
        new RuleTest<BidiControlCharacterAnalyzer>("class C { }")
            .WithContentFile("/0/Resources/Strings.ar.resx", """
                <root>
                  <data name="Random" xml:space="preserve">
                    <value>رقم عشوائي من ⟨LRE⟩0 to 9⟨PDF⟩ (كرر باستخدام {n})</value>
                  </data>
                </root>
                """)
            .Expect(Paired("/0/Resources/Strings.ar.resx", 3, 26, 34)
                .WithArguments("LEFT-TO-RIGHT EMBEDDING (U+202A)", "POP DIRECTIONAL FORMATTING (U+202C)", EmbeddingHint))
            .RunAsync();

    [Fact]
    public Task Nested_embeddings_and_isolates_in_a_txt_line_are_warnings_each_pair_once() =>
        new RuleTest<BidiControlCharacterAnalyzer>("class C { }")
            .WithContentFile("/0/Content/News.fa.txt", "⟨RLE⟩خبر ⟨LRE⟩Windows 11⟨PDF⟩ جدید⟨PDF⟩ از ⟨FSI⟩نام⟨PDI⟩\n")
            .Expect(
                Paired("/0/Content/News.fa.txt", 1, 1, 24).WithArguments("RIGHT-TO-LEFT EMBEDDING (U+202B)", "POP DIRECTIONAL FORMATTING (U+202C)",
                    EmbeddingHint.Replace("LEFT-TO-RIGHT ISOLATE (U+2066)", "RIGHT-TO-LEFT ISOLATE (U+2067)")),
                Paired("/0/Content/News.fa.txt", 1, 6, 18),
                Paired("/0/Content/News.fa.txt", 1, 28, 33).WithArguments("FIRST STRONG ISOLATE (U+2068)", "POP DIRECTIONAL ISOLATE (U+2069)", IsolateHint))
            .RunAsync();

    /// <summary>UAX #9: a PDF cannot close an embedding across an isolate, and the PDI ends the embedding opened before it.</summary>
    [Fact]
    public Task An_isolate_inside_an_embedding_pairs_but_the_crossed_embedding_stays_an_error() =>
        new RuleTest<BidiControlCharacterAnalyzer>("class C { }")
            .WithContentFile("/0/Content/Notes.txt", "⟨LRE⟩a⟨LRI⟩b⟨PDF⟩c⟨PDI⟩")
            .Expect(
                new DiagnosticResult("LC0004", DiagnosticSeverity.Error).WithSpan("/0/Content/Notes.txt", 1, 1, 1, 2),
                new DiagnosticResult("LC0004", DiagnosticSeverity.Error).WithSpan("/0/Content/Notes.txt", 1, 5, 1, 6),
                Paired("/0/Content/Notes.txt", 1, 3, 8))
            .RunAsync();

    /// <summary>Written as character references the controls are visible in the file: not reported, as in C# escapes.
    /// A pair with one raw end is reported from the reference to the raw control.</summary>
    [Fact]
    public Task Character_references_are_visible_and_only_a_pair_with_a_raw_end_is_reported() =>
        new RuleTest<BidiControlCharacterAnalyzer>("class C { }")
            .WithContentFile("/0/Resources/Strings.fa.resx", """
                <root>
                  <data name="A"><value>من &#x202A;0 to 9&#x202C;</value></data>
                  <data name="B"><value>من &#x202B;متن⟨PDF⟩</value></data>
                </root>
                """)
            .Expect(Paired("/0/Resources/Strings.fa.resx", 3, 28, 40))
            .RunAsync();

    [Fact]
    public async Task The_fix_replaces_embeddings_by_isolates_in_the_resx_and_leaves_isolates_alone()
    {
        var (text, remaining) = await FixAllAsync("/app/Resources/Strings.ar.resx", """
            <root>
              <data name="A"><value>رقم عشوائي من ⟨LRE⟩0 to 9⟨PDF⟩</value></data>
              <data name="B"><value>⟨RLE⟩خبر ⟨LRE⟩Windows 11⟨PDF⟩⟨PDF⟩ &#x202A;v2⟨PDF⟩ ⟨FSI⟩نام⟨PDI⟩</value></data>
            </root>
            """);
        Assert.Equal(Invisible.Expand("""
            <root>
              <data name="A"><value>رقم عشوائي من ⟨LRI⟩0 to 9⟨PDI⟩</value></data>
              <data name="B"><value>⟨RLI⟩خبر ⟨LRI⟩Windows 11⟨PDI⟩⟨PDI⟩ &#x2066;v2⟨PDI⟩ ⟨FSI⟩نام⟨PDI⟩</value></data>
            </root>
            """), text);
        // What is left: a warning per pair, now all isolates (for which no fix is offered), and no error.
        Assert.Equal(5, remaining.Length);
        Assert.All(remaining, d => Assert.Equal("LC0007", d.Id));
    }

    [Fact]
    public async Task The_fix_edits_a_txt_document_line()
    {
        var (text, _) = await FixAllAsync("/app/Content/News.ar.txt", "عنوان\nرقم من ⟨LRE⟩0 to 9⟨PDF⟩\n");
        Assert.Equal(Invisible.Expand("عنوان\nرقم من ⟨LRI⟩0 to 9⟨PDI⟩\n"), text);
    }

    /// <summary>Applies LC0007's fix to one diagnostic after another, as a user would (Roslyn has no Fix All for
    /// additional files), until none is offered; returns the file and the diagnostics left.</summary>
    private static async Task<(string Text, ImmutableArray<Diagnostic> Remaining)> FixAllAsync(string path, string content)
    {
        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var fileId = DocumentId.CreateNewId(projectId);
        var solution = workspace.CurrentSolution
            .AddProject(projectId, "App", "App", LanguageNames.CSharp)
            .AddAdditionalDocument(fileId, Path.GetFileName(path), SourceText.From(Invisible.Expand(content)), filePath: path)
            .AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), "app.globalconfig",
                SourceText.From($"is_global = true\n\n[{path}]\nbuild_metadata.AdditionalFiles.LocalizedContentItem = true\n"), filePath: "/app/app.globalconfig");
        var provider = new PairedBidiControlCodeFixProvider();
        for (var round = 0; ; round++)
        {
            var project = solution.GetProject(projectId)!;
            var diagnostics = await (await project.GetCompilationAsync())!
                .WithAnalyzers([new BidiControlCharacterAnalyzer()], project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
            var actions = new List<CodeAction>();
            foreach (var diagnostic in diagnostics.Where(d => d.Id == "LC0007"))
                await provider.RegisterCodeFixesAsync(new CodeFixContext(project.GetAdditionalDocument(fileId)!, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            if (actions.Count == 0) return ((await project.GetAdditionalDocument(fileId)!.GetTextAsync()).ToString(), diagnostics);
            Assert.True(round < 10, "the fix does not converge");
            var operations = await actions[0].GetOperationsAsync(CancellationToken.None);
            solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        }
    }
}
