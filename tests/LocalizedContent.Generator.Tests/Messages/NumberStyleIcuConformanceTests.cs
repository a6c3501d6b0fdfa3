using System.Globalization;
using System.Text;
using LocalizedContent.Generator.Tests.Infrastructure;
using Xunit.Abstractions;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>
/// Number styles and skeletons of the generated code against ICU (Intl.NumberFormat in one Node.js process) for every
/// locale of the CLDR extract. Each style is the Intl options that make the same ICU number formatter MessageFormat
/// builds: half-even rounding, and for ::percent (the percent sign, no ×100, up to 6 fraction digits as skeletons
/// default to) Intl's percent style on the value ÷ 100, passed as an exact decimal string.
/// </summary>
public sealed class NumberStyleIcuConformanceTests(ITestOutputHelper output)
{
    private static readonly string[] Values = ["0", "1", "2", "-1", "0.5", "1.5", "2.5", "0.125", "1.005", "1.25", "12.345", "0.015", "-0.0001", "-12.5", "1234.5678", "1234567", "0.123456789"];

    // Compact notation: magnitudes from 0 to beyond the largest pattern, values that round across a magnitude (999.5,
    // 999999), plural forms of the shown number (3 آلاف, fr 1000 mille), fractions (at least 2 significant digits).
    private static readonly string[] CompactValues = ["0", "1", "2", "3", "11", "100", "999", "999.5", "999.9", "1000", "1234", "1500", "2000", "3000", "12345",
        "99999", "123456", "999999", "1000000", "1500000", "2000000", "3000000", "12345678", "1000000000", "1000000000000", "1000000000000000",
        "1e18", "-1", "-1234", "-1500000", "-1000000000", "0.00123", "0.5", "1.25", "12.5", "-0.0001", "100000", "10000000", "200000000"];

    private static readonly (string Key, string Message, string Options, bool Divide)[] Styles =
    [
        ("CompactShort", "{n, number, ::compact-short}", "{ notation: 'compact', compactDisplay: 'short' }", false),
        ("CompactLong", "{n, number, ::compact-long}", "{ notation: 'compact', compactDisplay: 'long' }", false),
        ("CompactShortFraction", "{n, number, ::compact-short .0#}", "{ notation: 'compact', compactDisplay: 'short', minimumFractionDigits: 1, maximumFractionDigits: 2 }", false),
        ("CompactLongInteger", "{n, number, ::compact-long precision-integer}", "{ notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 0 }", false),
        ("Integer", "{n, number, integer}", "{ maximumFractionDigits: 0 }", false),
        ("Percent", "{n, number, percent}", "{ style: 'percent' }", false),
        ("PercentStem", "{n, number, ::percent}", "{ style: 'percent', maximumFractionDigits: 6 }", true),
        ("PercentScaled", "{n, number, ::percent scale/100 .0#}", "{ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2 }", false),
        ("Fixed2", "{n, number, ::.00}", "{ minimumFractionDigits: 2, maximumFractionDigits: 2 }", false),
        ("Fraction1To2", "{n, number, ::.0#}", "{ minimumFractionDigits: 1, maximumFractionDigits: 2 }", false),
        ("Fraction0To2", "{n, number, ::.##}", "{ maximumFractionDigits: 2 }", false),
        .. new[] { "IRR", "SAR", "USD", "EUR", "IQD", "AFN", "PKR", "ILS" }.Select(c => ("Currency" + c, "{n, number, ::currency/" + c + "}", "{ style: 'currency', currency: '" + c + "' }", false)),
        ("CurrencyIsoCode", "{n, number, ::currency/IRR unit-width-iso-code}", "{ style: 'currency', currency: 'IRR', currencyDisplay: 'code' }", false),
        ("CurrencyNarrow", "{n, number, ::currency/USD unit-width-narrow}", "{ style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol' }", false),
        ("CurrencyFixed", "{n, number, ::currency/EUR .0#}", "{ style: 'currency', currency: 'EUR', minimumFractionDigits: 1, maximumFractionDigits: 2 }", false),
        // ICU's MessageFormat (createCurrencyInstance) shows the currency of the region the locale names (ucurr_forLocale
        // infers none: fa writes the unknown currency XXX, ¤), from CLDR's currencyData (the extract's regionCurrencies).
        ("CurrencyStyle", "{n, number, currency}", "{ style: 'currency', currency: regionCurrencies[new Intl.Locale(locale).region] ?? 'XXX' }", false),
    ];

    [Fact]
    public void Number_styles_and_skeletons_match_ICU()
    {
        var locales = IcuConformanceTests.Locales();
        var entries = Styles.Select(s => (s.Key, s.Message)).ToArray();
        var harness = new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(entries));
        foreach (var locale in locales) harness.AddFile("Resources/Strings." + locale + ".resx", Resx(entries));
        var assembly = CompileAndLoad(harness);

        var icu = Node.Run<Dictionary<string, Dictionary<string, string[]>>>(Script(), new { locales, values = Values, compactValues = CompactValues, regionCurrencies = RegionCurrencies() });
        var table = new StringBuilder("| style | values | locales | match ICU | known differences |\n|---|---|---|---|---|\n");
        var unexpected = new List<string>();
        var known = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var style in Styles)
        {
            int total = 0, matched = 0, knownCount = 0;
            var values = style.Key.StartsWith("Compact", StringComparison.Ordinal) ? CompactValues : Values;
            foreach (var locale in locales)
            {
                for (var v = 0; v < values.Length; v++)
                {
                    total++;
                    var expected = icu[locale][style.Key][v];
                    var actual = Call(assembly, locale, style.Key, decimal.Parse(values[v], NumberStyles.Float, CultureInfo.InvariantCulture))
                        .Replace("\u2068", "").Replace("\u2069", "");
                    if (actual == expected) { matched++; continue; }
                    if ((IcuConformanceTests.KnownDifference(locale, "number", icu[locale]["locale"][0]) ?? CompactDifference(locale, style.Message)) is { } reason)
                    {
                        knownCount++;
                        if (!known.TryGetValue(reason, out var set)) known[reason] = set = new(StringComparer.Ordinal);
                        set.Add(locale);
                        continue;
                    }
                    unexpected.Add(locale + " " + style.Message + " " + values[v] + ": ICU '" + IcuConformanceTests.Visible(expected) + "', generated '" + IcuConformanceTests.Visible(actual) + "'");
                }
            }
            table.Append("| `").Append(style.Message).Append("` | ").Append(values.Length).Append(" | ").Append(locales.Count).Append(" | ")
                .Append(matched).Append('/').Append(total).Append(" (").Append((100.0 * matched / total).ToString("0.0", CultureInfo.InvariantCulture)).Append("%) | ")
                .Append(knownCount).Append(" |\n");
        }
        output.WriteLine(table.ToString());
        foreach (var (reason, set) in known) output.WriteLine("Known difference (" + reason + "): " + string.Join(" ", set));
        Assert.True(unexpected.Count == 0, unexpected.Count + " differences from ICU:\n" + string.Join("\n", unexpected.Take(60)));
    }

    /// <summary>Each region's currency, as the committed CLDR extract has it (supplemental currencyData): Intl has no
    /// API for it.</summary>
    internal static Dictionary<string, string?> RegionCurrencies() =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "eng", "CldrImport", "extract", "cldr.json")))
            .RootElement.GetProperty("regionCurrencies").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());

    private static string? CompactDifference(string locale, string message) =>
        message.Contains("::compact-long", StringComparison.Ordinal) && (locale == "ps" || locale.StartsWith("ps-", StringComparison.Ordinal))
            ? "compact-long: ps's own long patterns are the billions (0G) alone; cldr-json fills the rest from root's short ones (0K, 0M, 0T), where ICU's ps data has none (1000, 1,000,000, 1000G); not reproduced"
            : null;

    private static string Script() => """
        const { locales, values, compactValues, regionCurrencies } = JSON.parse(require("fs").readFileSync(0, "utf8"));
        const styles = {
        """ + string.Concat(Styles.Select(s => "  " + s.Key + ": [locale => (" + s.Options + "), " + (s.Divide ? "true" : "false") + "],\n")) + """
        };
        const result = {};
        for (const locale of locales) {
          const entry = { locale: [new Intl.NumberFormat(locale).resolvedOptions().locale] };
          for (const [key, [options, divide]] of Object.entries(styles)) {
            const format = new Intl.NumberFormat(locale, { ...options(locale), roundingMode: "halfEven" });
            entry[key] = (key.startsWith("Compact") ? compactValues : values).map(v => format.format(divide ? v + "e-2" : v));
          }
          result[locale] = entry;
        }
        process.stdout.write(JSON.stringify(result));
        """;
}
