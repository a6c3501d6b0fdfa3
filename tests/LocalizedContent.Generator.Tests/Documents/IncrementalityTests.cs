using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace LocalizedContent.Generator.Tests.Documents;

/// <summary>Editing one document re-emits only its class; editing C# code re-emits nothing.</summary>
public class IncrementalityTests
{
    private static GeneratorRun TwoClasses() => new GeneratorHarness()
        .WithSeeds()
        .AddFile("Content/About.fa.txt", "درباره ما\n\nمتن")
        .WithSource("class Program { }")
        .RunDocuments();

    [Fact]
    public void A_second_run_on_the_same_input_is_cached_and_models_hold_no_compiler_objects()
    {
        IncrementalAssert.SecondRunIsCached(TwoClasses(), TrackingNames.DocumentsParse, TrackingNames.DocumentsGroup, TrackingNames.DocumentsClass, TrackingNames.DocumentsDiagnostics);
    }

    [Fact]
    public void Editing_one_document_re_emits_only_its_class()
    {
        var first = TwoClasses();

        var second = first.RunAgainWithEditedFile("Content/About.fa.txt", "درباره ما\n\nمتن تازه");

        Assert.Equal(Counts((IncrementalStepRunReason.Modified, 1), (IncrementalStepRunReason.Cached, 2)), Count(IncrementalAssert.Reasons(second, TrackingNames.DocumentsParse)));
        Assert.Equal(Counts((IncrementalStepRunReason.Modified, 1), (IncrementalStepRunReason.Unchanged, 1)), Count(IncrementalAssert.Reasons(second, TrackingNames.DocumentsClass)));
        Assert.Equal(Counts((IncrementalStepRunReason.Modified, 1), (IncrementalStepRunReason.Cached, 1)), Count(IncrementalAssert.OutputReasons(second)));
        Assert.Equal(first.Source("TestApp.Content.WeChatNews.g.cs"), second.Source("TestApp.Content.WeChatNews.g.cs"));
        Assert.Contains("متن تازه", second.Source("TestApp.Content.About.g.cs"));
    }

    [Fact]
    public void Editing_one_culture_of_a_class_re_emits_that_class_only()
    {
        var first = TwoClasses();

        var second = first.RunAgainWithEditedFile("Content/WeChatNews.ar.txt", "عنوان جديد");

        Assert.Equal(Counts((IncrementalStepRunReason.Modified, 1), (IncrementalStepRunReason.Unchanged, 1)), Count(IncrementalAssert.Reasons(second, TrackingNames.DocumentsClass)));
        Assert.Equal(first.Source("TestApp.Content.About.g.cs"), second.Source("TestApp.Content.About.g.cs"));
        Assert.Contains("عنوان جديد", second.Source("TestApp.Content.WeChatNews.g.cs"));
    }

    [Fact]
    public void Editing_CSharp_code_re_emits_nothing()
    {
        var second = TwoClasses().RunAgainWithAddedSource("class Added { }");

        Assert.All(IncrementalAssert.Reasons(second, TrackingNames.DocumentsParse), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(IncrementalAssert.Reasons(second, TrackingNames.DocumentsGroup), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(IncrementalAssert.Reasons(second, TrackingNames.DocumentsClass), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        var outputs = IncrementalAssert.OutputReasons(second);
        Assert.Equal(2, outputs.Count);
        Assert.All(outputs, r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Saving_a_document_without_changing_its_text_re_emits_nothing()
    {
        var second = TwoClasses().RunAgainWithEditedFile("Content/About.fa.txt", "درباره ما\n\nمتن");

        Assert.Contains(IncrementalStepRunReason.Unchanged, IncrementalAssert.Reasons(second, TrackingNames.DocumentsParse));
        Assert.All(IncrementalAssert.OutputReasons(second), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void A_line_inserted_above_a_front_matter_problem_moves_it_and_re_emits_no_source()
    {
        const string document = "---\ntitle: About\nnot a key value line\n---\nBody text";
        var first = new GeneratorHarness()
            .WithSeeds()
            .AddFile("Content/About.txt", document)
            .RunDocuments();
        Assert.Equal(3, LineOf(Assert.Single(first.GeneratorDiagnostics, d => d.Id == "LC1012")));

        var second = first.RunAgainWithEditedFile("Content/About.txt", document.Replace("---\ntitle", "---\n\ntitle", StringComparison.Ordinal));

        Assert.Contains(IncrementalStepRunReason.Modified, IncrementalAssert.Reasons(second, TrackingNames.DocumentsParse));
        Assert.All(IncrementalAssert.Reasons(second, TrackingNames.DocumentsClass), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        var outputs = IncrementalAssert.OutputReasons(second);
        Assert.Equal(2, outputs.Count);
        Assert.All(outputs, r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains(IncrementalStepRunReason.Modified, IncrementalAssert.DiagnosticOutputReasons(second));
        Assert.Equal(4, LineOf(Assert.Single(second.GeneratorDiagnostics, d => d.Id == "LC1012")));
        Assert.Equal(first.Source("TestApp.Content.About.g.cs"), second.Source("TestApp.Content.About.g.cs"));
    }

    private static int LineOf(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;

    private static Dictionary<IncrementalStepRunReason, int> Count(IEnumerable<IncrementalStepRunReason> reasons) =>
        reasons.GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());

    private static Dictionary<IncrementalStepRunReason, int> Counts(params (IncrementalStepRunReason Reason, int Count)[] counts) =>
        counts.ToDictionary(c => c.Reason, c => c.Count);
}
