using System.Diagnostics;
using System.Text;
using LocalizedContent.Generator.Tests.Infrastructure;

namespace LocalizedContent.Generator.Tests.Documents;

/// <summary>A 10 MB document generates quickly, compiles and reads back whole; past what one assembly's string
/// heap holds, LC1017 says so before the compiler fails with CS8103.</summary>
[Trait("Category", "Slow")]
public class LargeDocumentTests
{
    [Fact]
    public void A_10_MB_Persian_document_generates_compiles_and_reads_back()
    {
        var seed = Encoding.UTF8.GetString(DocumentTestKit.SeedBytes("WeChatNews.fa.txt"));
        var copies = 10_000_000 / Encoding.UTF8.GetByteCount(seed + "\n\n") + 1;
        var text = string.Concat(Enumerable.Repeat(seed + "\n\n", copies));
        Assert.InRange(Encoding.UTF8.GetByteCount(text), 10_000_000, 10_100_000);
        var expected = DocumentTestKit.Expected(text);

        var clock = Stopwatch.StartNew();
        var run = new GeneratorHarness().AddFile(InMemoryAdditionalText.FromBytes(GeneratorHarness.PathOf("Content/Big.fa.txt"), Encoding.UTF8.GetBytes(text))).RunDocuments();
        var generation = clock.Elapsed;

        DiagnosticAssert.None(run);
        Assert.True(generation < TimeSpan.FromSeconds(10), $"Generation took {generation}");
        var fa = DocumentClassView.Load(run, "TestApp.Content.Big").For("fa");
        Assert.Equal(expected.Text, fa.Text);
        Assert.Equal(expected.Paragraphs.Count, fa.Paragraphs.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"Generation, compilation and loading took {clock.Elapsed}");
    }

    [Fact]
    public void A_document_too_large_for_the_string_heap_is_reported()
    {
        var text = string.Concat(Enumerable.Repeat(new string('a', 99) + "\n", 81_000)); // 8.1 million characters

        var run = new GeneratorHarness().AddFile("Content/Huge.txt", text).RunDocuments();

        DiagnosticAssert.Single(run, "LC1017", "Content/Huge.txt", 1, 1);
        Assert.Single(run.GeneratedSources);
    }
}
