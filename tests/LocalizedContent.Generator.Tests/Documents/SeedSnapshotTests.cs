using LocalizedContent.Generator.Tests.Infrastructure;

namespace LocalizedContent.Generator.Tests.Documents;

/// <summary>The generated source for the two seeds, reviewed as text (WeChatNews.ar.txt and WeChatNews.fa.txt
/// make one class with two variants).</summary>
public class SeedSnapshotTests
{
    [Fact]
    public void WeChatNews_class_for_both_seeds()
    {
        var run = new GeneratorHarness().WithSeeds().RunDocuments();

        DiagnosticAssert.None(run);
        Assert.Empty(run.CompilationDiagnostics);
        Snapshot.Match(run.Source("TestApp.Content.WeChatNews.g.cs"));
    }

    [Fact]
    public void Neutral_document_with_front_matter()
    {
        var run = new GeneratorHarness()
            .AddFile("Content/About.txt", "---\r\ntitle: \"About: us\"\r\nclass: AboutPage\r\n---\r\nWe write </summary> and \"\"\" and */ too.\r\n\r\nشرکت ما\r\n")
            .RunDocuments();

        DiagnosticAssert.None(run);
        Assert.Empty(run.CompilationDiagnostics);
        Snapshot.Match(run.Source("TestApp.Content.AboutPage.g.cs"));
    }
}
