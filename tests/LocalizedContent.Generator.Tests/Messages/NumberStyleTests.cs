using System.Reflection;
using LocalizedContent.Generator.Tests.Infrastructure;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>Number styles and skeletons in generated members (ICU itself is compared in NumberStyleIcuConformanceTests).</summary>
public sealed class NumberStyleTests
{
    private static readonly (string, string)[] Messages =
    [
        ("Share", "{share, number, percent} of {count, plural, one {# file} other {{size, number, ::.00} MB in # files}}"),
        ("Fixed", "{n, number, ::.00}"),
        ("Stem", "{n, number, ::percent}"),
        ("Whole", "{n, number, integer}"),
    ];

    private static readonly Lazy<Assembly> Assembly = new(() => CompileAndLoad(new GeneratorHarness()
        .AddFile("Resources/Strings.resx", Resx(Messages))
        .AddFile("Resources/Strings.fa.resx", Resx(Messages))
        .AddFile("Resources/Strings.ar.resx", Resx(Messages))));

    [Fact]
    public void Percent_and_fraction_digits_in_the_culture_digits_and_inside_plural_cases()
    {
        // Half-even as ICU: 45.5% → 46%, 46.5% → 46%, 0.125 → 0.12. Only the Arabic-script files isolate their arguments.
        Assert.Equal("46% of 1,234.50 MB in 2 files", Call(Assembly.Value, "en", "Share", 0.455m, 2m, 1234.5m));
        Assert.Equal("\u2068۴۶٪\u2069 of \u2068۰٫۱۲\u2069 MB in \u2068۳\u2069 files", Call(Assembly.Value, "fa", "Share", 0.465m, 3m, 0.125m));
        Assert.Equal("\u2068؜-١٢٫٥٪؜\u2069", Call(Assembly.Value, "ar-EG", "Stem", -12.5m));
        Assert.Equal("-0", Call(Assembly.Value, "en", "Whole", -0.4m));
    }

    [Theory]
    [InlineData("Fixed")]
    [InlineData("Stem")]
    [InlineData("Share")]
    public void Extreme_values_are_written_not_thrown(string member)
    {
        foreach (var value in new[] { decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m })
        {
            var args = member == "Share" ? new object[] { value, 1m, value } : [value];
            Assert.False(string.IsNullOrEmpty(Call(Assembly.Value, "fa", member, args)));
        }
        Assert.Equal("7,922,816,251,426,433,759,354,395,033,500% of 1 file", Call(Assembly.Value, "en", "Share", decimal.MaxValue, 1m, 0m));
    }

    private static string ClassSource(GeneratorHarness harness) => Run(harness).GeneratedSources.Values.Single(s => s.Contains("partial class Strings", StringComparison.Ordinal));

    [Fact]
    public void Percent_patterns_are_emitted_only_in_classes_with_percents()
    {
        var withPercent = new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(("P", "{n, number, percent}"))).AddFile("Resources/Strings.fa.resx", Resx(("P", "{n, number, percent}")));
        var without = new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(("P", "{n, number, ::.00}"))).AddFile("Resources/Strings.fa.resx", Resx(("P", "{n, number, ::.00}")));
        Assert.Contains("percentSuffix: ", ClassSource(withPercent), StringComparison.Ordinal);
        Assert.DoesNotContain("percent", ClassSource(without), StringComparison.Ordinal);
    }
}
