namespace LocalizedContent.Generator.Tests.Robustness;

/// <summary>What a developer sees when a property fails: the one input that fails on its own, printed as a C#
/// literal with every invisible character escaped, so it can be pasted into a regression test.</summary>
public sealed class FailureReportTests
{
    [Fact]
    public void A_failing_batch_reports_the_single_failing_input_with_invisible_characters_escaped()
    {
        string[] batch = ["fine", "also fine", "bad\u202E\0\uD800 سلام\u2028"];
        var error = Assert.Throws<MinimalInputException>(() =>
            Minimal.Check(batch, items => Assert.DoesNotContain(items, i => i.StartsWith("bad", StringComparison.Ordinal)), i => PropertyRun.Show(i)));

        Assert.Contains("\"bad\\u202E\\0\\uD800 سلام\\u2028\"", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("also fine", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("20", 20)]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData("0", 1)]
    [InlineData("-3", 1)]
    [InlineData("lots", 1)]
    public void The_scale_variable_asks_for_a_whole_multiple(string? value, int scale) =>
        Assert.Equal(scale, PropertyRun.ScaleFrom(value)); // the variable itself is not set here: tests run in parallel
}
