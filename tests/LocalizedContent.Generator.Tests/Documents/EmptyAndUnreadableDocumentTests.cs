using LocalizedContent.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Generator.Tests.Documents;

/// <summary>LC1010 and LC1016: files with nothing in them still make a class that compiles.</summary>
public class EmptyAndUnreadableDocumentTests
{
    [Theory]
    [InlineData("")]
    [InlineData("  \r\n\t\n\u00A0")]
    [InlineData("\uFEFF")]
    public void An_empty_or_white_space_file_is_reported_and_has_no_title_or_paragraphs(string text)
    {
        var run = new GeneratorHarness().AddFile("Content/Empty.ar.txt", text).RunDocuments();

        DiagnosticAssert.Single(run, "LC1010", "Content/Empty.ar.txt", 1, 1);
        var ar = DocumentClassView.Load(run, "TestApp.Content.Empty").For("ar");
        Assert.Equal(("", 0), (ar.Title, ar.Paragraphs.Count));
    }

    [Fact]
    public void A_file_the_compiler_cannot_read_is_an_error_at_the_file()
    {
        var run = new GeneratorHarness().AddFile(new UnreadableText(GeneratorHarness.PathOf("Content/Gone.fa.txt"))).RunDocuments();

        DiagnosticAssert.Single(run, "LC1016", "Content/Gone.fa.txt", 1, 1);
        Assert.Equal("", DocumentClassView.Load(run, "TestApp.Content.Gone").For("fa").Text);
    }

    /// <summary>What the compiler hands over for a file it could not open: GetText returns null.</summary>
    private sealed class UnreadableText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => null;
    }
}
