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

    /// <summary>Written for a buddhist field equal to the same locale's gregorian one (CLDR's buddhist calendar takes
    /// most names and patterns from the gregorian), which the generator then reads instead; about a third of the data.</summary>
    public const string SameAsGregorian = "~";

    private static SortedDictionary<string, string> Written(SortedDictionary<string, string> resolved)
    {
        var written = new SortedDictionary<string, string>(resolved, StringComparer.Ordinal);
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
        s.Append("        // calendar the generated code computes) and calIcu (CLDR's first preference). A tag lists what differs from\n");
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
