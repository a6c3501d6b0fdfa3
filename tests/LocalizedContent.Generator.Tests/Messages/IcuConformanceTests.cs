using System.Globalization;
using System.Text;
using System.Text.Json;
using LocalizedContent.Generator.LocaleData;
using LocalizedContent.Generator.Tests.Infrastructure;
using Xunit.Abstractions;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>
/// {n, number} and plural categories of the generated code against ICU (Node.js with full ICU: Intl.NumberFormat
/// and Intl.PluralRules, one process) for every locale of the CLDR extract. ICU's MessageFormat rounds half-even;
/// Intl defaults to half-expand, so NumberFormat gets roundingMode halfEven, and PluralRules (no roundingMode in
/// Node 20) selects on the value rounded half-even, which is what MessageFormat selects on.
/// </summary>
public sealed class IcuConformanceTests(ITestOutputHelper output)
{
    private static readonly string[] Integers = ["0", "1", "2", "3", "5", "7", "11", "12", "21", "22", "101", "111", "999", "1000", "1234", "12345", "123456", "1000000", "1234567"];
    private static readonly string[] Negatives = ["-1", "-2", "-1234", "-12345.678", "-0.5", "-0.0001"];
    private static readonly string[] Decimals = ["0.5", "1.5", "1.05", "1.25", "2.5", "0.001", "0.0005", "0.0015", "1.2345", "1.23456", "0.123456", "3.14159", "1234.5678", "21.1", "1.999"];
    private static readonly string[] TrailingZeros = ["1.0", "1.50", "2.000", "100.10", "0.00", "5.0000"];
    private static readonly string[] Large = ["98765432.1", "123456789012345", "1000000000000", "123456789012345678", "79228162514264337593543950335"];

    private static readonly (string Feature, string[] Values)[] Features =
        [("integers", Integers), ("negatives", Negatives), ("decimals, 1-6 fraction digits", Decimals), ("trailing zeros", TrailingZeros), ("large", Large)];

    /// <summary>Where the generated code cannot match ICU, and why; everything else must match.</summary>
    internal static string? KnownDifference(string locale, string kind, string icuLocale)
    {
        if (kind == "number" && NumberingSystems.SupplementaryDigitLocales.Contains(locale))
            return "{n, number}: digits outside the BMP (Adlam): the runtime writes a digit as one UTF-16 unit and uses Latin digits";
        if (kind == "number" && icuLocale != locale)
            return "{n, number}: ICU 78 has no number data for the locale and Intl uses another locale's";
        if (kind == "plural" && icuLocale.Split('-')[0] != locale.Split('-')[0])
            return "plural: CLDR has no plural rules for the language (generated: root, always 'other'); Intl uses the host's default locale";
        if (kind == "number" && locale == "fr-CH")
            return "{n, number}: cldr-json 48.2 has ' as fr-CH's group separator, ICU 78.2 (CLDR 48.0) U+202F";
        return null;
    }

    [Fact]
    public void Numbers_and_plural_categories_match_ICU()
    {
        var locales = Locales();
        var harness = new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(("N", "{n, number}"), ("P", "{n, plural, other {other}}")));
        foreach (var locale in locales) harness.AddFile("Resources/Strings." + locale + ".resx", Resx(("N", "{n, number}"), ("P", PluralMessage(locale))));
        var assembly = CompileAndLoad(harness);

        var values = Features.SelectMany(f => f.Values).ToArray();
        var icu = RunNode(locales, values);
        var table = new StringBuilder("| feature | values | locales | match ICU | known differences |\n|---|---|---|---|---|\n");
        var unexpected = new List<string>();
        var known = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (feature, featureValues) in Features.Select(f => ("{n, number}: " + f.Feature, f.Values)).Append(("plural category", values.Where(FitsDouble).ToArray())))
        {
            var kind = feature == "plural category" ? "plural" : "number";
            int total = 0, matched = 0, knownCount = 0;
            foreach (var locale in locales)
            {
                foreach (var value in featureValues)
                {
                    total++;
                    var expected = icu[locale][kind][Array.IndexOf(values, value)];
                    var actual = Call(assembly, locale, kind == "plural" ? "P" : "N", decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture))
                        .Replace("\u2068", "").Replace("\u2069", "");
                    if (actual == expected) { matched++; continue; }
                    if (KnownDifference(locale, kind, icu[locale][kind + "Locale"][0]) is { } reason)
                    {
                        knownCount++;
                        if (!known.TryGetValue(reason, out var set)) known[reason] = set = new(StringComparer.Ordinal);
                        set.Add(locale);
                        continue;
                    }
                    unexpected.Add(locale + " " + kind + " " + value + ": ICU '" + Visible(expected) + "', generated '" + Visible(actual) + "'");
                }
            }
            table.Append("| ").Append(feature).Append(" | ").Append(featureValues.Length).Append(" | ").Append(locales.Count).Append(" | ")
                .Append(matched).Append('/').Append(total).Append(" (").Append((100.0 * matched / total).ToString("0.0", CultureInfo.InvariantCulture)).Append("%) | ")
                .Append(knownCount).Append(" |\n");
        }
        output.WriteLine(table.ToString());
        foreach (var (reason, set) in known) output.WriteLine("Known difference (" + reason + "): " + string.Join(" ", set));
        Assert.True(unexpected.Count == 0, unexpected.Count + " differences from ICU:\n" + string.Join("\n", unexpected.Take(60)));
    }

    /// <summary>Every locale the CLDR import covers (root aside).</summary>
    internal static List<string> Locales()
    {
        using var extract = JsonDocument.Parse(File.ReadAllText(Repository.PathOf("eng", "CldrImport", "extract", "cldr.json")));
        return extract.RootElement.GetProperty("locales").EnumerateObject().Select(p => p.Name).Where(t => t != "und").ToList();
    }

    /// <summary>A plural whose branches name their category, with the categories the locale's rules have.</summary>
    private static string PluralMessage(string locale)
    {
        var ruleSet = PluralRules.RuleSetFor(locale);
        var categories = ruleSet is null ? ["other"] : PluralRules.Categories(ruleSet);
        return "{n, plural, " + string.Join(" ", categories.Select(c => c + " {" + c + "}")) + "}";
    }

    /// <summary>Intl.PluralRules takes a double: values beyond 2^53 would not be the value the generated code sees.</summary>
    private static bool FitsDouble(string value) => Math.Abs(double.Parse(value, CultureInfo.InvariantCulture)) < 9007199254740992d;

    internal static string Visible(string s) => string.Concat(s.Select(c => c > '~' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString()));

    private const string Script = """
        const { locales, values } = JSON.parse(require("fs").readFileSync(0, "utf8"));
        const round = new Intl.NumberFormat("en", { roundingMode: "halfEven", maximumFractionDigits: 3, useGrouping: false });
        const result = {};
        for (const locale of locales) {
          const number = new Intl.NumberFormat(locale, { roundingMode: "halfEven" });
          const plural = new Intl.PluralRules(locale);
          result[locale] = {
            number: values.map(v => number.format(v)),
            plural: values.map(v => plural.select(Number(round.format(v)))),
            numberLocale: [number.resolvedOptions().locale],
            pluralLocale: [plural.resolvedOptions().locale],
          };
        }
        process.stdout.write(JSON.stringify(result));
        """;

    /// <summary>ICU's answers for every locale and value, from one node process.</summary>
    private static Dictionary<string, Dictionary<string, string[]>> RunNode(List<string> locales, string[] values)
    {
        return Node.Run<Dictionary<string, Dictionary<string, string[]>>>(Script, new { locales, values });
    }
}
