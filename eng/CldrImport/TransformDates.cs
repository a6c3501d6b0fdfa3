using System.Text;
using System.Text.Json;

namespace LocalizedContent.CldrImport;

/// <summary>
/// The date part of the transform: each locale's calendars resolved through CLDR's parents (parentLocales, else
/// truncation, then root), with its hour cycle (timeData, by language-region, then region) and default calendar (calendarPreferenceData,
/// the first one the generator computes), then written as one row per tag of the fields that differ from what
/// truncation finds among the rows, so the generator resolves a tag by truncation alone.
/// </summary>
internal static class TransformDates
{
    /// <summary>Calendars the generated code computes, in ICU's names.</summary>
    private static readonly string[] Supported = ["gregorian", "persian", "islamic-umalqura", "islamic-civil", "islamic-tbla", "buddhist"];

    /// <summary>The longest run of <paramref name="letter"/> outside quotes in a pattern field (styles and
    /// availableFormats), 0 when it has none or is not a pattern.</summary>
    private static int Width(string key, string pattern, char letter)
    {
        if (!(key.Contains(".af:") || key.EndsWith(".date", StringComparison.Ordinal) || key.EndsWith(".time", StringComparison.Ordinal))) return 0;
        var quoted = false;
        int run = 0, longest = 0;
        foreach (var c in pattern)
        {
            if (c == '\'') quoted = !quoted;
            run = !quoted && c == letter ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    /// <summary>
    /// B as ICU's SimpleDateFormat writes it: per hour 0–23 the name of the period CLDR's dayPeriodRuleSet puts it in
    /// (the rules of the tag or its nearest truncation, as DayPeriodRules finds them), the AM/PM name where the period
    /// is am/pm or has no name; then the name of noon where the rules have noon (written at 12:00:00). ICU never writes
    /// midnight. No rules: ICU writes nothing, so neither does the table.
    /// </summary>
    private static string FlexibleDayPeriods(string tag, string names, JsonElement rules)
    {
        var name = names.Split('|').Select(n => n.Split(':', 2)).ToDictionary(n => n[0], n => n[1], StringComparer.Ordinal);
        var t = tag;
        while (!rules.TryGetProperty(t, out _) && t.Contains('-')) t = t[..t.LastIndexOf('-')];
        if (!rules.TryGetProperty(t, out var set)) return string.Join("|", Enumerable.Repeat("", 25));
        var hours = new string[24];
        var noon = "";
        foreach (var rule in set.GetString()!.Split('|').Select(r => r.Split(' ')))
        {
            if (rule.Length == 2)
            {
                if (rule[0] == "noon" && name.TryGetValue("noon", out var n)) noon = n;
                continue;
            }
            int from = int.Parse(rule[1], System.Globalization.CultureInfo.InvariantCulture), before = int.Parse(rule[2], System.Globalization.CultureInfo.InvariantCulture);
            var h = from;
            do
            {
                hours[h] = rule[0] is not ("am" or "pm") && name.TryGetValue(rule[0], out var text) ? text : h < 12 ? name["am"] : name["pm"];
                h = (h + 1) % 24;
            }
            while (h != before % 24);
        }
        if (hours.Any(h => h is null)) throw new InvalidDataException(tag + ": the day period rules " + t + " leave an hour out");
        return string.Join("|", hours) + "|" + noon;
    }

    private static readonly string[] WeekDays = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    /// <summary>Written for a buddhist field equal to the same locale's gregorian one (CLDR's buddhist calendar takes
    /// most names and patterns from the gregorian), which the generator then reads instead; about a third of the data.</summary>
    public const string SameAsGregorian = "~";

    private static SortedDictionary<string, string> Written(SortedDictionary<string, string> resolved)
    {
        var written = new SortedDictionary<string, string>(resolved, StringComparer.Ordinal);
        written.Remove("gregorian.dp"); // read into B only
        foreach (var (key, value) in resolved)
        {
            if (key.StartsWith("buddhist.", StringComparison.Ordinal) && resolved.TryGetValue("gregorian." + key["buddhist.".Length..], out var gregorian) && gregorian == value)
            {
                written[key] = SameAsGregorian;
            }
        }
        return written;
    }

    public static string Run(JsonElement root, Func<string, string?> parent)
    {
        var locales = root.GetProperty("locales");
        var hourCycles = root.GetProperty("hourCycles");
        var preferences = root.GetProperty("calendarPreferences");
        var weekData = root.GetProperty("weekData");
        var dayPeriodRules = root.GetProperty("dayPeriodRules");
        var cache = new Dictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);

        SortedDictionary<string, string> Resolve(string tag)
        {
            if (cache.TryGetValue(tag, out var done)) return done;
            var fields = parent(tag) is { } p ? new SortedDictionary<string, string>(Resolve(p), StringComparer.Ordinal) : new(StringComparer.Ordinal);
            // A parent outside the covered set (az-Arab for az-Arab-IQ) adds nothing of its own.
            if (!locales.TryGetProperty(tag, out var entry)) return cache[tag] = fields;
            if (entry.TryGetProperty("dates", out var dates))
            {
                foreach (var calendar in dates.EnumerateObject())
                {
                    foreach (var field in calendar.Value.EnumerateObject()) fields[calendar.Name + "." + field.Name] = field.Value.GetString()!;
                }
            }
            var region = entry.GetProperty("region").GetString()!;
            // timeData is keyed by language-region (fr-CA, en-001) before region.
            var languageRegion = tag.Split('-')[0] + "-" + region;
            fields["hc"] = (hourCycles.TryGetProperty(languageRegion, out var hc) || hourCycles.TryGetProperty(region, out hc) ? hc : hourCycles.GetProperty("001")).GetString()!;
            var preferred = (preferences.TryGetProperty(region, out var cal) ? cal : preferences.GetProperty("001")).GetString()!.Split(' ');
            fields["cal"] = preferred.FirstOrDefault(Supported.Contains) ?? "gregorian";
            fields["calIcu"] = preferred[0];
            // wk: the first day of the week (0 Sunday … 6 Saturday) and the minimal days of the first week, only where a
            // pattern shows the week-based year (elsewhere it would only tell cultures apart that write dates alike).
            fields.Remove("wk");
            if (fields.Any(f => Width(f.Key, f.Value, 'Y') > 0))
            {
                var week = (weekData.TryGetProperty(region, out var w) ? w : weekData.GetProperty("001")).GetString()!.Split(' ');
                fields["wk"] = Array.IndexOf(WeekDays, week[0]).ToString(System.Globalization.CultureInfo.InvariantCulture) + week[1];
            }
            fields.Remove("B");
            // More than three B (wide, narrow) would need other names than the abbreviated ones imported.
            if (fields.Max(f => Width(f.Key, f.Value, 'B')) > 3) throw new InvalidDataException(tag + ": a pattern has B wider than abbreviated");
            if (fields.Any(f => Width(f.Key, f.Value, 'B') > 0)) fields["B"] = FlexibleDayPeriods(tag, fields.GetValueOrDefault("gregorian.dp", "am:AM|pm:PM"), dayPeriodRules);
            foreach (var value in fields.Values)
            {
                if (value.Contains('\n') || value.Contains('=') || value == SameAsGregorian) throw new InvalidDataException(tag + ": a value holds a separator: " + value);
            }
            return cache[tag] = fields;
        }

        var rows = new Dictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        string? Found(string tag, string key)
        {
            for (var t = tag; ; t = t[..t.LastIndexOf('-')])
            {
                if (rows.TryGetValue(t, out var row) && row.TryGetValue(key, out var value)) return value;
                if (!t.Contains('-')) return rows["und"].TryGetValue(key, out var root) ? root : null;
            }
        }
        foreach (var tag in locales.EnumerateObject().Select(p => p.Name).OrderBy(t => t == "und" ? -1 : t.Count(c => c == '-')).ThenBy(t => t, StringComparer.Ordinal))
        {
            var resolved = Written(Resolve(tag));
            var row = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in resolved) if (tag == "und" || Found(tag, key) != value) row[key] = value;
            if (row.Count > 0) rows[tag] = row;
        }

        var s = new StringBuilder();
        s.Append("namespace LocalizedContent.Generator.LocaleData\n{\n    internal static partial class DateData\n    {\n");
        s.Append("        // Tag → \"key=value\" lines: calendar.field (MMMM month names, E weekdays, a AM|PM, G era, date/time/dateTime/atTime\n");
        s.Append("        // full|long|medium|short, af:skeleton availableFormats), hc (preferred hour: timeData by region), cal (default\n");
        s.Append("        // calendar the generated code computes), calIcu (CLDR's first preference) wk (weekData: first day, 0 Sunday, and\n");
        s.Append("        // minimal days of the first week) and B (flexible day period per hour 0-23, then noon; only where a pattern\n");
        s.Append("        // uses B). A tag lists what differs from\n");
        s.Append("        // what truncation finds (ar-MA → ar → und); und is CLDR's root. A buddhist field written ~ is the gregorian one.\n");
        s.Append("        private static readonly (string Tag, string Fields)[] Rows =\n        {\n");
        foreach (var (tag, row) in rows.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            s.Append("            (").Append(Transform.Literal(tag)).Append(", ").Append(Transform.Literal(string.Join("\n", row.Select(p => p.Key + "=" + p.Value)))).Append("),\n");
        }
        s.Append("        };\n    }\n}\n");
        return s.ToString();
    }
}
