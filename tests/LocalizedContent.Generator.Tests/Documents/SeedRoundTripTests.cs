using System.Text;
using LocalizedContent.Generator.Tests.Infrastructure;

namespace LocalizedContent.Generator.Tests.Documents;

/// <summary>The seeds compiled and run: the generated class gives back exactly what the files say.</summary>
public class SeedRoundTripTests
{
    private static readonly Lazy<DocumentClassView> WeChatNews = new(() =>
        DocumentClassView.Load(new GeneratorHarness().WithSeeds().RunDocuments(), "TestApp.Content.WeChatNews"));

    [Theory]
    [InlineData("ar", "WeChatNews.ar.txt", 12)]
    [InlineData("fa", "WeChatNews.fa.txt", 37)]
    public void Variant_gives_back_the_seed(string culture, string file, int paragraphCount)
    {
        var seed = Encoding.UTF8.GetString(DocumentTestKit.SeedBytes(file));
        var expected = DocumentTestKit.Expected(seed);

        var variant = WeChatNews.Value.For(culture);

        Assert.Equal(expected.Text, variant.Text);
        Assert.Equal(seed.Replace("\r\n", "\n").TrimStart('\uFEFF'), variant.Text);
        Assert.Equal(expected.Title, variant.Title);
        Assert.Equal(paragraphCount, variant.Paragraphs.Count);
        Assert.Equal(expected.Paragraphs, variant.Paragraphs);
        Assert.Equal(culture, variant.CultureName);
    }

    [Fact]
    public void Arabic_title_is_the_breadcrumb_line_and_the_document_is_rtl_although_it_mentions_WeChat_first()
    {
        var ar = WeChatNews.Value.For("ar");

        Assert.Equal("أخبار الإنترنتأخبار قطاع الأعمالمنوعات تقنية", ar.Title);
        Assert.StartsWith("WeChat يناضل", ar.Paragraphs[0]);
        Assert.Equal(("ar", true, "rtl"), (ar.Language, ar.IsRightToLeft, ar.Direction));
    }

    [Fact]
    public void Persian_variant_keeps_mixed_digits_and_the_Arabic_yeh()
    {
        var fa = WeChatNews.Value.For("fa");

        Assert.Equal("چرا انسداد «ویچت» در ایران ادامهدار شد؟", fa.Title);
        Assert.Equal("وزیر ارتباطات و فناوری اطلاعات از جزئیاتی خبر داد که منجر به انسداد پیامرسان «ویچت» در ایران شد و آنها را از ادامه همکاری منصرف کرد.\nکد خبر: ۲۰۶۳۵۶\nتاریخ انتشار:۲۲ تير ۱۴۰۰ - ۱۹:۰۸ - 13 July 2021", fa.Paragraphs[0]);
        Assert.Equal(("fa", true, "rtl"), (fa.Language, fa.IsRightToLeft, fa.Direction));
    }

    [Theory]
    [InlineData("fa-IR", "fa")] // parent culture
    [InlineData("ar-EG", "ar")]
    [InlineData("en-US", "ar")] // no neutral file: the first culture present
    [InlineData("", "ar")]
    public void For_falls_back_along_the_culture_parents(string asked, string expected)
    {
        Assert.Equal(expected, WeChatNews.Value.For(asked).CultureName);
    }

    [Fact]
    public void Static_members_follow_CurrentUICulture()
    {
        var fa = WeChatNews.Value.For("fa");
        Assert.Equal(fa.Title, WeChatNews.Value.Static<string>("Title", "fa-IR"));
        Assert.Equal(fa.Text, WeChatNews.Value.Static<string>("Text", "fa-IR"));
        Assert.Equal(fa.Paragraphs, WeChatNews.Value.Static<IReadOnlyList<string>>("Paragraphs", "fa-IR"));
        Assert.Equal(WeChatNews.Value.For("ar").Title, WeChatNews.Value.Static<string>("Title", "ar-SA"));
    }

    [Fact]
    public void Cultures_and_Variants_list_what_is_present()
    {
        Assert.Equal(["ar", "fa"], WeChatNews.Value.Cultures);
        Assert.Equal(["ar", "fa"], WeChatNews.Value.Variants.Select(v => v.CultureName));
    }
}
