using LocalizedContent.Generator.Tests.Infrastructure;

namespace LocalizedContent.Generator.Tests.Documents;

/// <summary>Only .txt files listed as LocalizedContent items are documents.</summary>
public class ItemSelectionTests
{
    [Fact]
    public void Other_tools_additional_files_and_resx_items_make_no_document()
    {
        var run = new GeneratorHarness()
            .AddForeignFile("stylecop.txt", "not ours")
            .AddFile("Resources/Messages.fa.resx", "<root />")
            .AddFile("Content/News.fa.txt", "سلام")
            .RunDocuments();

        DiagnosticAssert.None(run);
        Assert.Equal(["TestApp.Content.News.g.cs"], run.GeneratedSources.Keys);
    }
}
