using LocalizedContent.Generator.Tests.Infrastructure;

namespace LocalizedContent.Generator.Tests.Documents;

/// <summary>
/// TitleLine metadata skips a preamble above the title, such as the breadcrumb scraped with the Arabic seed, while
/// Text keeps the whole file.
/// </summary>
public class TitleLineTests
{
    private const string Scraped = "أخبار الإنترنت\n\nWeChat يناضل لجذب مستخدمين جدد\n\nالفقرة الأولى\n\nالفقرة الثانية\n";

    [Fact]
    public void TitleLine_takes_the_title_from_that_line_and_drops_the_preamble_from_the_paragraphs()
    {
        var run = new GeneratorHarness()
            .AddFile("Content/News.ar.txt", Scraped, new Dictionary<string, string> { ["TitleLine"] = "3" })
            .RunDocuments();

        DiagnosticAssert.None(run);
        var ar = DocumentClassView.Load(run, "TestApp.Content.News").For("ar");
        Assert.Equal("WeChat يناضل لجذب مستخدمين جدد", ar.Title);
        Assert.Equal(["الفقرة الأولى", "الفقرة الثانية"], ar.Paragraphs);
        Assert.Equal(Scraped, ar.Text);
        Assert.Equal("rtl", ar.Direction); // a title that starts with a Latin word is still right to left
    }

    [Fact]
    public void TitleLine_on_a_blank_line_takes_the_next_non_blank_line()
    {
        var run = new GeneratorHarness()
            .AddFile("Content/News.ar.txt", Scraped, new Dictionary<string, string> { ["TitleLine"] = "2" })
            .RunDocuments();

        Assert.Equal("WeChat يناضل لجذب مستخدمين جدد", DocumentClassView.Load(run, "TestApp.Content.News").For("ar").Title);
    }

    [Theory]
    [InlineData("three")]
    [InlineData("0")]
    [InlineData("99")]
    [InlineData("-1")]
    public void A_TitleLine_that_is_not_a_line_of_the_document_is_reported_and_ignored(string value)
    {
        var run = new GeneratorHarness()
            .AddFile("Content/News.ar.txt", Scraped, new Dictionary<string, string> { ["TitleLine"] = value })
            .RunDocuments();

        DiagnosticAssert.Single(run, "LC1019", "Content/News.ar.txt", 1, 1);
        Assert.Equal("أخبار الإنترنت", DocumentClassView.Load(run, "TestApp.Content.News").For("ar").Title);
    }
}
