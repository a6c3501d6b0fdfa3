using LocalizedContent.Generator.Tests.Infrastructure;

namespace LocalizedContent.Generator.Tests.Documents;

/// <summary>Language and direction come from the culture and the letters, never from the first strong character.</summary>
public class LanguageAndDirectionTests
{
    [Theory]
    [InlineData("Content/N.txt", "WeChat و تطبيق المراسلة الصينية", "", "ar", "rtl")]   // neutral: Arabic letters (ة, ي)
    [InlineData("Content/N.txt", "WeChat پیام‌رسان چینی است", "", "fa", "rtl")]        // neutral: Persian letters (پ, ی)
    [InlineData("Content/N.txt", "Tencent said ویچت", "", "", "ltr")]                  // neutral: mostly Latin letters
    [InlineData("Content/N.fa-IR.txt", "Hello", "fa-IR", "fa", "rtl")]                 // a culture decides for itself
    [InlineData("Content/N.en.txt", "سلام", "en", "en", "ltr")]
    public void Language_and_direction(string path, string text, string culture, string language, string direction)
    {
        var run = new GeneratorHarness().AddFile(path, text).RunDocuments();

        var variant = DocumentClassView.Load(run, "TestApp.Content.N").For(culture);
        Assert.Equal((culture, language, direction, direction == "rtl"), (variant.CultureName, variant.Language, variant.Direction, variant.IsRightToLeft));
    }

    [Fact]
    public void Persian_letters_in_an_Arabic_file_are_reported_at_the_first_Persian_letter()
    {
        var run = new GeneratorHarness().AddFile("Content/News.ar.txt", "Title\r\n\r\nچرا ویچت در ایران بسته شد").RunDocuments();

        var diagnostic = DiagnosticAssert.Single(run, "LC1014", "Content/News.ar.txt", 3, 1);
        Assert.Contains("Persian", diagnostic.GetMessage());
        Assert.Equal(DiagnosticSeverityWarning, diagnostic.Severity);
    }

    [Fact]
    public void Arabic_letters_in_a_Persian_file_are_reported_at_the_first_Arabic_letter()
    {
        var run = new GeneratorHarness().AddFile("Content/News.fa.txt", "عنوان\nقالت شركة تينسنت الصينية").RunDocuments();

        DiagnosticAssert.Single(run, "LC1014", "Content/News.fa.txt", 2, 8); // the ك of شركة
    }

    [Fact]
    public void The_Persian_seed_with_one_Arabic_yeh_is_not_reported()
    {
        DiagnosticAssert.None(new GeneratorHarness().WithSeeds().RunDocuments());
    }

    private const Microsoft.CodeAnalysis.DiagnosticSeverity DiagnosticSeverityWarning = Microsoft.CodeAnalysis.DiagnosticSeverity.Warning;
}
