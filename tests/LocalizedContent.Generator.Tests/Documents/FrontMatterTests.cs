using LocalizedContent.Generator.Tests.Infrastructure;

namespace LocalizedContent.Generator.Tests.Documents;

/// <summary>Front matter (--- key: value --- at the very top) sets title, class and culture and is not text.</summary>
public class FrontMatterTests
{
    [Fact]
    public void Front_matter_sets_title_class_and_culture_and_is_not_part_of_the_text()
    {
        var run = new GeneratorHarness()
            .AddFile("Content/draft-1.txt", "---\r\ntitle: 'چرا: ویچت'\r\nclass: WhyWeChat\r\nculture: fa-ir\r\n---\r\nپاراگراف اول\r\n\r\nپاراگراف دوم")
            .RunDocuments();

        DiagnosticAssert.None(run); // the file name's LC1003 no longer applies: front matter names the class
        var view = DocumentClassView.Load(run, "TestApp.Content.WhyWeChat");
        var variant = view.For("fa-IR");
        Assert.Equal(["fa-IR"], view.Cultures);
        Assert.Equal("چرا: ویچت", variant.Title);
        Assert.Equal("پاراگراف اول\n\nپاراگراف دوم", variant.Text);
        Assert.Equal(["پاراگراف اول", "پاراگراف دوم"], variant.Paragraphs); // the first line is a paragraph: the title came from front matter
    }

    [Fact]
    public void Without_a_title_key_the_first_line_after_front_matter_is_the_title()
    {
        var run = new GeneratorHarness().AddFile("Content/News.fa.txt", "---\nculture: fa\n---\n\nعنوان\n\nمتن").RunDocuments();

        var fa = DocumentClassView.Load(run, "TestApp.Content.News").For("fa");
        Assert.Equal(("عنوان", "\nعنوان\n\nمتن"), (fa.Title, fa.Text));
        Assert.Equal(["متن"], fa.Paragraphs);
    }

    [Fact]
    public void Front_matter_never_closed_is_an_error_and_the_whole_file_is_text()
    {
        var text = "---\ntitle: x\nعنوان";
        var run = new GeneratorHarness().AddFile("Content/News.fa.txt", text).RunDocuments();

        DiagnosticAssert.Single(run, "LC1011", "Content/News.fa.txt", 1, 1);
        var fa = DocumentClassView.Load(run, "TestApp.Content.News").For("fa");
        Assert.Equal((text, "---"), (fa.Text, fa.Title));
    }

    [Fact]
    public void A_line_that_is_not_key_value_or_an_unknown_key_is_reported_at_its_line()
    {
        var run = new GeneratorHarness().AddFile("Content/News.fa.txt", "---\r\ntitle: a\r\n  nonsense\r\nauthor: me\r\n---\r\nمتن").RunDocuments();

        var diagnostics = run.GeneratorDiagnostics.Where(d => d.Id == "LC1012").Select(d => d.Location.GetLineSpan().StartLinePosition).ToList();
        Assert.Equal([new(2, 0), new(3, 0)], diagnostics);
        Assert.Equal("a", DocumentClassView.Load(run, "TestApp.Content.News").For("fa").Title);
    }

    [Fact]
    public void A_front_matter_culture_that_is_not_BCP47_is_reported_at_the_value()
    {
        var run = new GeneratorHarness().AddFile("Content/News.fa.txt", "---\nculture:  persian!\n---\nمتن").RunDocuments();

        DiagnosticAssert.Single(run, "LC1013", "Content/News.fa.txt", 2, 11);
        Assert.Equal(["fa"], DocumentClassView.Load(run, "TestApp.Content.News").Cultures); // the file name's culture stays
    }

    [Fact]
    public void A_front_matter_class_that_is_not_an_identifier_is_made_one_and_reported_at_the_value()
    {
        var run = new GeneratorHarness().AddFile("Content/News.fa.txt", "---\nclass: 1 news\n---\nمتن").RunDocuments();

        var diagnostic = DiagnosticAssert.Single(run, "LC1003", "Content/News.fa.txt", 2, 8);
        Assert.Contains("'_1_news'", diagnostic.GetMessage());
        Assert.Equal("متن", DocumentClassView.Load(run, "TestApp.Content._1_news").For("fa").Title);
    }
}
