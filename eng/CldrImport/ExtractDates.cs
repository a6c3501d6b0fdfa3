using System.Text.Json.Nodes;

namespace LocalizedContent.CldrImport;

/// <summary>
/// The date part of the extract: per locale and calendar (gregorian from cldr-dates-full, persian, islamic and
/// buddhist from the calendar packages; ICU's islamic-umalqura, -civil and -tbla share CLDR's islamic names and patterns) the
/// names, eras, AM/PM, styles, dateTimeFormats and availableFormats the generator writes, each field kept only where
/// it differs from the CLDR parent's (the JSON is resolved, so the transform resolves it back). Plus each locale's
/// region (hour cycle from timeData, default calendar from calendarPreferenceData).
/// </summary>
internal static class ExtractDates
{
    public static readonly (string Id, string Package)[] Calendars =
        [("gregorian", "cldr-dates-full"), ("persian", "cldr-cal-persian-full"), ("islamic", "cldr-cal-islamic-full"), ("buddhist", "cldr-cal-buddhist-full")];

    /// <summary>Skeleton letters the generator can match; availableFormats with others (week, quarter, zone, B) are left out.</summary>
    private const string SkeletonLetters = "GyYMLdEcHhKkmsa";

    public static JsonObject Locale(Func<string[], JsonNode?> read, string tag)
    {
        var result = new JsonObject();
        foreach (var (id, package) in Calendars)
        {
            if (read([package, "main", tag, "ca-" + id + ".json"]) is not { } file) continue;
            var c = file["main"]![tag]!["dates"]!["calendars"]![id]!;
            var entry = new JsonObject();
            void Names(string key, JsonNode? node, string[] order)
            {
                if (node is null) return;
                entry[key] = string.Join("|", order.Select(k => (string?)node[k] ?? ""));
            }
            var months = Enumerable.Range(1, 12).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            string[] days = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
            Names("MMM", c["months"]?["format"]?["abbreviated"], months);
            Names("MMMM", c["months"]?["format"]?["wide"], months);
            Names("LLL", c["months"]?["stand-alone"]?["abbreviated"], months);
            Names("LLLL", c["months"]?["stand-alone"]?["wide"], months);
            Names("MMMMM", c["months"]?["format"]?["narrow"], months);
            Names("LLLLL", c["months"]?["stand-alone"]?["narrow"], months);
            Names("E", c["days"]?["format"]?["abbreviated"], days);
            Names("EEEE", c["days"]?["format"]?["wide"], days);
            Names("ccc", c["days"]?["stand-alone"]?["abbreviated"], days);
            Names("cccc", c["days"]?["stand-alone"]?["wide"], days);
            Names("EEEEE", c["days"]?["format"]?["narrow"], days);
            Names("EEEEEE", c["days"]?["format"]?["short"], days);
            Names("ccccc", c["days"]?["stand-alone"]?["narrow"], days);
            Names("cccccc", c["days"]?["stand-alone"]?["short"], days);
            Names("a", c["dayPeriods"]?["format"]?["abbreviated"], ["am", "pm"]);
            // Flexible day periods (B) by name (morning1:…|evening1:…), from which the transform makes a table by hour.
            if (id == "gregorian" && c["dayPeriods"]?["format"]?["abbreviated"] is JsonObject periods)
            {
                entry["dp"] = string.Join("|", periods.Select(p => p.Key + ":" + (string?)p.Value));
            }
            // The era of the dates the generator writes: AD (1) for gregorian, AP, AH and BE (0) for the others.
            var era = id == "gregorian" ? "1" : "0";
            if (c["eras"] is { } eras)
            {
                entry["G"] = (string?)eras["eraAbbr"]?[era] ?? "";
                entry["GGGG"] = (string?)eras["eraNames"]?[era] ?? "";
                entry["GGGGG"] = (string?)eras["eraNarrow"]?[era] ?? "";
            }
            string[] styles = ["full", "long", "medium", "short"];
            Names("date", c["dateFormats"], styles);
            Names("time", c["timeFormats"], styles);
            Names("dateTime", c["dateTimeFormats"], styles);
            // Where CLDR has no atTime of a calendar, cldr-json copies the calendar's plain dateTimeFormats into it (fa
            // persian); ICU's data then has none and ICU joins with the locale's gregorian atTime. The copy is left out.
            Names("atTime", c["dateTimeFormats-atTime"]?["standard"], styles);
            if (id != "gregorian" && (string?)entry["atTime"] == (string?)entry["dateTime"]) entry.Remove("atTime");
            if (c["dateTimeFormats"]?["availableFormats"] is JsonObject available)
            {
                foreach (var (skeleton, pattern) in available)
                {
                    if (skeleton.Contains('-') || skeleton.Any(ch => !SkeletonLetters.Contains(ch))) continue;
                    entry["af:" + skeleton] = pattern!.GetValue<string>();
                }
            }
            result[id] = entry;
        }
        return result;
    }

    /// <summary>CLDR's dayPeriodRuleSet as "period from before" (hours; "noon 12" for an at-rule), '|'-separated, per
    /// language or locale (zh, es-CO).</summary>
    public static JsonObject DayPeriodRules(JsonNode supplemental)
    {
        var result = new JsonObject();
        foreach (var (locale, rules) in supplemental["dayPeriodRuleSet"]!.AsObject().OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            static string Hour(JsonNode? time) => ((string)time!).Split(':')[0].TrimStart('0') is { Length: > 0 } h ? h : "0";
            result[locale] = string.Join("|", rules!.AsObject().OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
                p.Key + " " + (p.Value!["_at"] is { } at ? Hour(at) : Hour(p.Value["_from"]) + " " + Hour(p.Value["_before"]))));
        }
        return result;
    }

    /// <summary>Removes from each locale's calendars the fields equal to its CLDR parent's (resolved) ones.</summary>
    public static void Reduce(JsonObject locales, Func<string, string?> parent)
    {
        var resolved = locales.ToDictionary(p => p.Key, p => p.Value!["dates"]!.DeepClone().AsObject(), StringComparer.Ordinal);
        foreach (var (tag, node) in locales)
        {
            if (parent(tag) is not { } p || !resolved.TryGetValue(p, out var parentDates)) continue;
            var dates = node!["dates"]!.AsObject();
            foreach (var (calendar, fields) in dates.ToList())
            {
                if (parentDates[calendar] is not JsonObject parentFields) continue;
                foreach (var (key, value) in fields!.AsObject().ToList())
                {
                    if ((string?)parentFields[key] == (string?)value) fields.AsObject().Remove(key);
                }
                if (fields.AsObject().Count == 0) dates.Remove(calendar);
            }
            if (dates.Count == 0) node.AsObject().Remove("dates");
        }
    }
}
