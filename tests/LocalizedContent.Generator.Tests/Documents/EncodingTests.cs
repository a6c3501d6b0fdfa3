using System.Text;
using LocalizedContent.Generator.Tests.Infrastructure;

namespace LocalizedContent.Generator.Tests.Documents;

/// <summary>
/// LC1005. Files are read as the compiler reads them (InMemoryAdditionalText.FromBytes): UTF-8, or the BOM's
/// encoding; bytes that are not UTF-8 decode with the compiler's fallback, which is UTF-8 with U+FFFD on Linux
/// and macOS and the ANSI code page (1252) on Windows. Both must be reported where the bad byte is.
/// </summary>
public class EncodingTests
{
    // "عنوان\nab" + 0xE9 (Latin-1 é, not UTF-8) + "c"
    private static readonly byte[] Latin1Byte = [.. Encoding.UTF8.GetBytes("عنوان\nab"), 0xE9, (byte)'c'];

    [Fact]
    public void Invalid_UTF8_as_decoded_on_Linux_is_reported_at_the_bad_byte()
    {
        var run = new GeneratorHarness()
            .AddFile(InMemoryAdditionalText.FromBytes(GeneratorHarness.PathOf("Content/News.fa.txt"), Latin1Byte))
            .RunDocuments();

        DiagnosticAssert.Single(run, "LC1005", "Content/News.fa.txt", 2, 3);
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Id.StartsWith("CS", StringComparison.Ordinal)));
    }

    [Fact]
    public void Invalid_UTF8_as_decoded_on_Windows_with_code_page_1252_is_reported_at_the_bad_byte()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var file = InMemoryAdditionalText.FromBytes(GeneratorHarness.PathOf("Content/News.fa.txt"), Latin1Byte, Encoding.GetEncoding(1252));
        Assert.DoesNotContain('\uFFFD', file.GetText()!.ToString()); // the premise: no replacement character here

        var run = new GeneratorHarness().AddFile(file).RunDocuments();

        DiagnosticAssert.Single(run, "LC1005", "Content/News.fa.txt", 2, 3);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void UTF8_and_UTF16_with_a_byte_order_mark_are_fine(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("چرا ویچت؟\r\n\r\nپیام‌رسان ۱۴۰۰")).ToArray();

        var run = new GeneratorHarness()
            .AddFile(InMemoryAdditionalText.FromBytes(GeneratorHarness.PathOf("Content/News.fa.txt"), bytes))
            .RunDocuments();

        DiagnosticAssert.None(run);
        var fa = DocumentClassView.Load(run, "TestApp.Content.News").For("fa");
        Assert.Equal("چرا ویچت؟\n\nپیام‌رسان ۱۴۰۰", fa.Text);
        Assert.Equal("چرا ویچت؟", fa.Title);
    }
}
