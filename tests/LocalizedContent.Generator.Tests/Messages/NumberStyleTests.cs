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
        ("Short", "{n, number, ::compact-short}"),
        ("Long", "{n, number, ::compact-long}"),
        ("ShortFraction", "{n, number, ::K .0#}"),
    ];

    private static readonly Lazy<Assembly> Assembly = new(() => CompileAndLoad(new GeneratorHarness()
        .AddFile("Resources/Strings.resx", Resx(Messages))
        .AddFile("Resources/Strings.fa.resx", Resx(Messages))
        .AddFile("Resources/Strings.ar.resx", Resx(Messages))
        .AddFile("Resources/Strings.de.resx", Resx(Messages))
        .AddFile("Resources/Strings.fr.resx", Resx(Messages))));

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
    // Rounded to whole numbers with at least 2 significant digits, half-even; the scale is re-picked when rounding
    // reaches the next magnitude (999.5 → 1K); the plural form of the number shown picks the pattern (ar ٣ آلاف, fr
    // long's =1 mille); de short has no abbreviation below a million (1234, and 12.345 grouped from 5 digits).
    [InlineData("en", "Short", "999.5", "1K")]
    [InlineData("en", "Short", "1.25", "1.2")]
    [InlineData("en", "Short", "12.5", "12")]
    [InlineData("en", "Short", "0.00123", "0.0012")]
    [InlineData("en", "Long", "1500000", "1.5 million")]
    [InlineData("ar-EG", "Short", "3000", "\u2068٣\u00A0آلاف\u2069")]
    [InlineData("ar-EG", "Short", "11000", "\u2068١١\u00A0ألف\u2069")]
    [InlineData("fr", "Long", "1000", "mille")]
    [InlineData("fr", "Long", "1200", "1,2 millier")]
    [InlineData("de", "Short", "1234", "1234")]
    [InlineData("de", "Short", "12345", "12.345")]
    [InlineData("de", "Short", "1500000", "1,5\u00A0Mio.")]
    [InlineData("fa", "Long", "-1000000000", "\u2068\u200E−۱ میلیارد\u2069")]
    // A precision stem replaces the compact rounding (1.0K, 1.23K) and still re-picks the scale (999999 → 1.0M).
    [InlineData("en", "ShortFraction", "1000", "1.0K")]
    [InlineData("en", "ShortFraction", "1234", "1.23K")]
    [InlineData("en", "ShortFraction", "999999", "1.0M")]
    [InlineData("en", "ShortFraction", "0.00123", "0.0")]
    public void Compact_numbers(string culture, string member, string value, string expected) =>
        Assert.Equal(expected, Call(Assembly.Value, culture, member, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("Short")]
    [InlineData("Long")]
    [InlineData("ShortFraction")]
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

    [Fact]
    public void The_currency_style_shows_the_currency_of_the_region_the_culture_names()
    {
        // ICU's MessageFormat infers no region: fa and ar show the unknown currency (¤); the default-content cultures
        // (fa-IR, en-US) are not among the conformance test's CLDR locales.
        string[] cultures = ["fa-IR", "fa-AF", "fa", "ar-SA", "ar-IQ", "ar", "en-US", "en-IE", "en"];
        var harness = new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(("Amount", "{n, number, currency}")));
        foreach (var language in new[] { "fa", "ar" }) harness.AddFile("Resources/Strings." + language + ".resx", Resx(("Amount", "{n, number, currency}")));
        var assembly = CompileAndLoad(harness);
        var icu = Node.Run<string[]>("""
            const { cultures, regionCurrencies } = JSON.parse(require("fs").readFileSync(0, "utf8"));
            process.stdout.write(JSON.stringify(cultures.map(c => new Intl.NumberFormat(c, { style: "currency", roundingMode: "halfEven",
              currency: regionCurrencies[new Intl.Locale(c).region] ?? "XXX" }).format(-1234.5))));
            """, new { cultures, regionCurrencies = NumberStyleIcuConformanceTests.RegionCurrencies() });
        for (var i = 0; i < cultures.Length; i++)
        {
            Assert.Equal(icu[i], Call(assembly, cultures[i], "Amount", -1234.5m).Replace("\u2068", "").Replace("\u2069", ""));
        }
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

    [Fact]
    public void Compact_patterns_are_emitted_only_for_the_lengths_a_class_shows()
    {
        var onlyShort = ClassSource(new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(("P", "{n, number, ::compact-short}"))));
        Assert.Contains("compact: new[] { \"", onlyShort, StringComparison.Ordinal);
        Assert.Contains("\", \"\" }", onlyShort, StringComparison.Ordinal);
        Assert.DoesNotContain("thousand", onlyShort, StringComparison.Ordinal);
        Assert.DoesNotContain("compact", ClassSource(new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(("P", "{n, number, ::.00}")))), StringComparison.Ordinal);
    }
}
