using System.Globalization;
using System.Text;
using System.Text.Json;
using LocalizedContent.Generator.Tests.Infrastructure;
using Xunit.Abstractions;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>
/// Date and time arguments of the generated code against ICU (Node.js with full ICU: Intl.DateTimeFormat in UTC, one
/// process) for every locale of the CLDR extract: styles, skeletons (as Intl's component options) and the calendars
/// across 1940–2076. FSI/PDI aside, everything must match or be one of the known differences below.
/// </summary>
public sealed class DateIcuConformanceTests(ITestOutputHelper output)
{
    /// <summary>A feature: message text, the Intl options that ask ICU for the same, and whether only a few locales
    /// and many dates are compared (the calendars).</summary>
    private sealed record Case(string Feature, string Key, string Message, string Options, bool Calendar = false);

    private static readonly string[] Skeletons = ["yMd", "yMMMd", "yMMMMd", "yMMMMEEEEd", "MMMd", "MMMMd", "yMMM", "Md", "MEEEd", "y", "EEEE"];
    private static readonly string[] TimeSkeletons = ["jm", "jms", "Hm", "hm"];
    private static readonly string[] DateTimeSkeletons = ["yMdjm", "yMMMdjm", "yMMMMdjm", "yMMMMEEEEdjm"];
    private static readonly string[] CalendarIds = ["islamic-umalqura", "islamic-civil", "islamic-tbla", "persian", "buddhist"];
    private static readonly string[] CalendarLocales = ["ar", "ar-SA", "ar-EG", "ar-MA", "fa", "ps", "ur", "en", "he", "ckb", "th"];

    private static List<Case> Cases()
    {
        var cases = new List<Case>();
        foreach (var style in new[] { "full", "long", "medium", "short" }) cases.Add(new("date style " + style, "D_" + style, "{when, date, " + style + "}", "{\"dateStyle\":\"" + style + "\"}"));
        foreach (var style in new[] { "medium", "short" }) cases.Add(new("time style " + style, "T_" + style, "{when, time, " + style + "}", "{\"timeStyle\":\"" + style + "\"}"));
        foreach (var s in Skeletons) cases.Add(new("date skeletons", "S_" + s, "{when, date, ::" + s + "}", Options(s)));
        foreach (var s in TimeSkeletons) cases.Add(new("time skeletons", "S_" + s, "{when, time, ::" + s + "}", Options(s)));
        foreach (var s in DateTimeSkeletons) cases.Add(new("date+time skeletons", "S_" + s, "{when, date, ::" + s + "}", Options(s)));
        foreach (var c in CalendarIds)
        {
            cases.Add(new(c + " yMMMMd, 1940–2076", "C_" + c.Replace('-', '_'), "{when, date, ::yMMMMd@calendar=" + c + "}",
                Options("yMMMMd").TrimEnd('}') + ",\"calendar\":\"" + c + "\"}", Calendar: true));
        }
        return cases;
    }

    /// <summary>A skeleton as Intl.DateTimeFormat options, written as V8 builds its skeleton from them (weekday short
    /// is EEE; j is Intl's default hour; H is hourCycle h23; h is hour12, which V8 maps to h or K as ICU does).</summary>
    private static string Options(string skeleton)
    {
        var o = new List<string>();
        foreach (var (f, n) in Generator.LocaleData.DatePatterns.Fields(skeleton))
        {
            string Width(string numeric) => n == 2 ? "\"2-digit\"" : numeric;
            switch (f)
            {
                case 'y': o.Add("\"year\":" + Width("\"numeric\"")); break;
                case 'M': o.Add("\"month\":" + (n >= 4 ? "\"long\"" : n == 3 ? "\"short\"" : Width("\"numeric\""))); break;
                case 'd': o.Add("\"day\":" + Width("\"numeric\"")); break;
                case 'E': o.Add("\"weekday\":" + (n >= 4 ? "\"long\"" : "\"short\"")); break;
                case 'j': o.Add("\"hour\":" + Width("\"numeric\"")); break;
                case 'H': o.Add("\"hour\":" + Width("\"numeric\"") + ",\"hourCycle\":\"h23\""); break;
                case 'h': o.Add("\"hour\":" + Width("\"numeric\"") + ",\"hour12\":true"); break;
                case 'm': o.Add("\"minute\":" + Width("\"numeric\"")); break;
                case 's': o.Add("\"second\":" + Width("\"numeric\"")); break;
            }
        }
        return "{" + string.Join(",", o) + "}";
    }

    /// <summary>Seed line date, a morning (one-digit hour) at Nowruz, midnight of a leap day, and two days whose
    /// week-based year (Y) is not their year in many regions: Friday 1 January 2021, Monday 30 December 2024.</summary>
    private static readonly DateTime[] Dates = [new(2021, 7, 13, 19, 8, 5), new(2024, 3, 20, 7, 5, 9), new(2000, 2, 29, 0, 30, 0), new(2021, 1, 1, 11, 15, 0), new(2024, 12, 30, 15, 45, 0)];

    /// <summary>One date a year from 1940 to 2076, moving through the months and days.</summary>
    private static readonly DateTime[] CalendarDates = Enumerable.Range(1940, 137).Select(y => new DateTime(y, 1 + y * 7 % 12, 1 + y * 13 % 28, 12, 0, 0)).ToArray();

    /// <summary>Where the generated code cannot match ICU, and why; everything else must match.</summary>
    private static string? KnownDifference(string locale, string feature, int hour, string expected, string actual, Dictionary<string, string[]> icu)
    {
        if (icu["locale"][0] != locale)
            return "ICU 78 has no data for the locale: Intl uses " + icu["locale"][0] + "'s, the generated code CLDR's inheritance";
        if (Generator.LocaleData.NumberingSystems.SupplementaryDigitLocales.Contains(locale))
            return "digits outside the BMP (Adlam): the runtime writes a digit as one UTF-16 unit and uses Latin digits";
        var gregorian = Generator.LocaleData.DateLocaleData.Get(locale, Generator.LocaleData.CalendarKind.Gregorian);
        var periods = gregorian.List("a");
        if (feature.Contains("skeletons") && gregorian.FlexibleDayPeriods is { } flexible && periods.Length == 2
            && Regex(actual.Replace(flexible[hour], periods[hour < 12 ? 0 : 1])) == Regex(expected))
            return "flexible day periods: the locale's pattern has B (晚上), V8 writes AM/PM (a) for Intl's hour options unless dayPeriod is given (ECMA-402)";
        var english = periods.Length == 2 ? actual.Replace(periods[0], "AM").Replace(periods[1], "PM") : actual;
        if (english != actual && (english == expected || Ascii(english).Replace("12", "0") == Ascii(expected).Replace("00", "0")))
            return "AM/PM: ICU 78.2 has CLDR 48.0's English AM and PM, cldr-json 48.2 the locale's own";
        if (feature.Contains("skeletons") && Ascii(actual).Replace("12", "0") == Ascii(expected).Replace("00", "0"))
            return "hm at midnight: V8's hour12 takes the 0-11 hour (K) in 24-hour locales, MessageFormat keeps the pattern's h";
        if (locale == "fr-ML" && feature == "date+time skeletons")
            return "fr-ML's short dateTimeFormat is '{1}, {0}' in cldr-json 48.2, '{1} {0}' in ICU 78.2 (CLDR 48.0)";
        if (actual.Replace('\u202F', ' ') == expected.Replace('\u202F', ' '))
            return "V8 writes U+0020 where CLDR (and the generated code) has U+202F";
        if (feature.Contains("skeletons") && Regex(actual) == Regex(expected))
            return "hour width: Intl matches the requested hour length (UDATPG_MATCH_HOUR_FIELD_LENGTH), MessageFormat keeps the pattern's";
        if (icu["calendar"][0] is not ("gregory" or "persian" or "islamic-umalqura" or "islamic-civil" or "islamic-tbla" or "buddhist"))
            return "default calendar ICU computes and the generator does not (" + icu["calendar"][0] + ")";
        return null;
    }

    /// <summary>The text with every decimal digit as an ASCII digit and U+202F as a space.</summary>
    private static string Ascii(string s) => string.Concat(s.Select(c => char.IsDigit(c) ? (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c)) : c == '\u202F' ? ' ' : c));

    /// <summary>The text with a leading zero dropped from each run of digits (07:05 → 7:05), in any digit system.</summary>
    private static string Regex(string s)
    {
        var b = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            var startsRun = i == 0 || !char.IsDigit(s[i - 1]);
            if (startsRun && CharUnicodeInfo.GetDecimalDigitValue(s[i]) == 0 && i + 1 < s.Length && char.IsDigit(s[i + 1])) continue;
            b.Append(s[i]);
        }
        return b.ToString();
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Dates_and_times_match_ICU()
    {
        var locales = Locales();
        var cases = Cases();
        var entries = cases.Select(c => (c.Key, c.Message)).ToArray();
        var harness = new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(entries));
        foreach (var locale in locales) harness.AddFile("Resources/Strings." + locale + ".resx", Resx(entries));
        var assembly = CompileAndLoad(harness);

        var icu = RunNode(locales, cases);
        var table = new StringBuilder("| feature | locales | values | match ICU | known differences |\n|---|---|---|---|---|\n");
        var unexpected = new List<string>();
        var known = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var feature in cases.Select(c => c.Feature).Distinct())
        {
            int total = 0, matched = 0, knownCount = 0;
            var featureCases = cases.Where(c => c.Feature == feature).ToList();
            var featureLocales = featureCases[0].Calendar ? CalendarLocales.ToList() : locales;
            foreach (var c in featureCases)
            {
                var dates = c.Calendar ? CalendarDates : Dates;
                foreach (var locale in featureLocales)
                {
                    var answers = icu[c.Key][locale];
                    for (var i = 0; i < dates.Length; i++)
                    {
                        total++;
                        var expected = answers["text"][i];
                        var actual = Call(assembly, locale, c.Key, dates[i]).Replace("\u2068", "").Replace("\u2069", "");
                        if (actual == expected) { matched++; continue; }
                        if (KnownDifference(locale, feature, dates[i].Hour, expected, actual, answers) is { } reason)
                        {
                            knownCount++;
                            if (!known.TryGetValue(reason, out var set)) known[reason] = set = new(StringComparer.Ordinal);
                            set.Add(locale);
                            continue;
                        }
                        unexpected.Add(locale + " " + c.Key + " " + dates[i].ToString("s", CultureInfo.InvariantCulture) + ": ICU '" + Visible(expected) + "', generated '" + Visible(actual) + "'");
                    }
                }
            }
            table.Append("| ").Append(feature).Append(" | ").Append(featureLocales.Count).Append(" | ").Append(featureCases.Count * (featureCases[0].Calendar ? CalendarDates : Dates).Length)
                .Append(" | ").Append(matched).Append('/').Append(total).Append(" (").Append((100.0 * matched / total).ToString("0.0", CultureInfo.InvariantCulture)).Append("%) | ")
                .Append(knownCount).Append(" |\n");
        }
        output.WriteLine(table.ToString());
        foreach (var (reason, set) in known) output.WriteLine("Known difference (" + reason + "): " + string.Join(" ", set));
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "date-conformance.txt"), table + "\n" + string.Join("\n", known.Select(k => k.Key + ": " + string.Join(" ", k.Value))) + "\n\n" + string.Join("\n", unexpected));
        Assert.True(unexpected.Count == 0, unexpected.Count + " differences from ICU:\n" + string.Join("\n", unexpected.Take(80)));
    }

    /// <summary>Every locale the CLDR import covers (root aside).</summary>
    private static List<string> Locales()
    {
        using var extract = JsonDocument.Parse(File.ReadAllText(Repository.PathOf("eng", "CldrImport", "extract", "cldr.json")));
        return extract.RootElement.GetProperty("locales").EnumerateObject().Select(p => p.Name).Where(t => t != "und").ToList();
    }

    private static string Visible(string s) => string.Concat(s.Select(c => c > '~' && !char.IsLetter(c) ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString()));

    private const string Script = """
        const { cases, locales } = JSON.parse(require("fs").readFileSync(0, "utf8"));
        const result = {};
        for (const c of cases) {
          result[c.key] = {};
          for (const locale of c.locales ?? locales) {
            const format = new Intl.DateTimeFormat(locale, { ...JSON.parse(c.options), timeZone: "UTC" });
            const resolved = format.resolvedOptions();
            result[c.key][locale] = { text: c.dates.map(d => format.format(new Date(d))), locale: [resolved.locale], calendar: [resolved.calendar] };
          }
        }
        process.stdout.write(JSON.stringify(result));
        """;

    /// <summary>ICU's answers per case, locale and date, from one node process.</summary>
    private static Dictionary<string, Dictionary<string, Dictionary<string, string[]>>> RunNode(List<string> locales, List<Case> cases)
    {
        static long Ms(DateTime d) => (long)(d - DateTime.UnixEpoch).TotalMilliseconds;
        var input = new
        {
            locales,
            cases = cases.Select(c => new
            {
                key = c.Key,
                options = c.Options,
                locales = c.Calendar ? CalendarLocales : null,
                dates = (c.Calendar ? CalendarDates : Dates).Select(Ms).ToArray(),
            }),
        };
        return Node.Run<Dictionary<string, Dictionary<string, Dictionary<string, string[]>>>>(Script, input);
    }
}
