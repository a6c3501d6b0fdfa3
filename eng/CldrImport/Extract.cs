using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LocalizedContent.CldrImport;

/// <summary>
/// Reads the official CLDR JSON (npm cldr-core and cldr-numbers-full) and writes extract/cldr.json: only the fields
/// Transform reads, for the locales the package covers, so the build and CI never need npm.
/// </summary>
internal static class Extract
{
    /// <summary>Fields of a numbering system's symbols that the generated code writes.</summary>
    private static readonly string[] SymbolFields = ["decimal", "group", "minusSign", "percentSign", "currencyDecimal", "currencyGroup"];

    public static void Write(string nodeModules, string extractFolder)
    {
        JsonNode Read(params string[] path) => JsonNode.Parse(File.ReadAllText(Path.Combine([nodeModules, .. path])))!;
        JsonNode? ReadIfPresent(string[] path) => File.Exists(Path.Combine([nodeModules, .. path])) ? Read(path) : null;
        string Version(string package) => Read(package, "package.json")["version"]!.GetValue<string>();

        var coverage = Read("cldr-core", "coverageLevels.json")["coverageLevels"]!.AsObject();
        var parents = Read("cldr-core", "supplemental", "parentLocales.json")["supplemental"]!["parentLocales"]!["parentLocale"]!.AsObject();
        var likely = Read("cldr-core", "supplemental", "likelySubtags.json")["supplemental"]!["likelySubtags"]!.AsObject();
        var scripts = Read("cldr-core", "scriptMetadata.json")["scriptMetadata"]!.AsObject();
        var rtl = scripts.Where(s => (string?)s.Value!["rtl"] == "YES").Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var available = Read("cldr-core", "availableLocales.json")["availableLocales"]!["full"]!.AsArray().Select(n => n!.GetValue<string>());

        string? Parent(string tag) => parents[tag] is { } p ? p.GetValue<string>() : tag.Contains('-') ? tag[..tag.LastIndexOf('-')] : null;
        string Coverage(string tag)
        {
            for (string? t = tag; t is not null; t = Parent(t)) if (coverage[t] is { } level) return level.GetValue<string>();
            return "none";
        }
        string Script(string tag)
        {
            var subtags = tag.Split('-');
            if (subtags.Length > 1 && subtags[1].Length == 4) return subtags[1];
            var maximized = (string?)likely[tag] ?? (string?)likely[subtags[0]] ?? "und-Latn";
            return maximized.Split('-')[1];
        }
        // Modern coverage, plus every locale written in Arabic script or another right-to-left script.
        var selected = available.Where(t => Coverage(t) == "modern" || rtl.Contains(Script(t)) || Script(t) == "Arab")
            .Append("und").Distinct().Order(StringComparer.Ordinal).ToList();

        var locales = new JsonObject();
        var symbols = new Dictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        var systemsUsed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var tag in selected)
        {
            var numbers = Read("cldr-numbers-full", "main", tag, "numbers.json")["main"]![tag]!["numbers"]!;
            var entry = new JsonObject();
            Copy(numbers, "defaultNumberingSystem", entry, "default");
            if (numbers["otherNumberingSystems"]?["native"] is { } native) entry["native"] = native.GetValue<string>();
            Copy(numbers, "minimumGroupingDigits", entry, "minimumGroupingDigits");
            var systems = new JsonObject();
            foreach (var system in new[] { (string?)entry["default"], (string?)entry["native"], "latn" }.OfType<string>().Distinct())
            {
                var data = new JsonObject();
                foreach (var field in SymbolFields) Copy(numbers["symbols-numberSystem-" + system], field, data, field);
                if (numbers["decimalFormats-numberSystem-" + system]?["standard"] is { } pattern) data["pattern"] = pattern.GetValue<string>();
                if (numbers["percentFormats-numberSystem-" + system]?["standard"] is { } percent) data["percentPattern"] = percent.GetValue<string>();
                foreach (var length in new[] { "short", "long" })
                {
                    if (numbers["decimalFormats-numberSystem-" + system]?[length]?["decimalFormat"] is JsonObject compact) data["compact-" + length] = CompactPatterns(tag, compact);
                }
                if (numbers["currencyFormats-numberSystem-" + system] is { } currency)
                {
                    data["currencyPattern"] = currency["standard"]!.GetValue<string>();
                    CheckCurrencySpacing(tag, currency["currencySpacing"]);
                }
                if (data.Count > 0) systems[system] = data;
                systemsUsed.Add(system);
            }
            entry["systems"] = systems;
            var subtags = tag.Split('-');
            var region = subtags.Skip(1).FirstOrDefault(s => s.Length == 2 || (s.Length == 3 && char.IsDigit(s[0])));
            entry["region"] = region ?? ((string?)likely[tag] ?? (string?)likely[subtags[0]] ?? "und-Latn-US").Split('-')[2];
            entry["dates"] = ExtractDates.Locale(ReadIfPresent, tag);
            locales[tag] = entry;
            symbols[tag] = CurrencySymbols(Read("cldr-numbers-full", "main", tag, "currencies.json")["main"]![tag]!["numbers"]!["currencies"]!.AsObject());
        }
        var currencyFormats = new CurrencyFormats(Read, Parent, t => Directory.Exists(Path.Combine(nodeModules, "cldr-numbers-full", "main", t)));
        foreach (var tag in selected) if (currencyFormats.Own(tag, selected) is { Count: > 0 } own) locales[tag]!["currencyFormats"] = own;
        // Currency symbols where they differ from the nearest selected CLDR ancestor's (root: the ISO code).
        foreach (var tag in selected)
        {
            var ancestor = tag == "und" ? null : Parent(tag) ?? "und";
            while (ancestor is not null && !symbols.ContainsKey(ancestor)) ancestor = Parent(ancestor) ?? "und";
            var own = new JsonObject();
            foreach (var (code, value) in symbols[tag])
            {
                var inherited = ancestor is not null && symbols[ancestor].TryGetValue(code, out var a) ? a : code + "|" + code;
                if (value != inherited) own[code] = value;
            }
            if (own.Count > 0) locales[tag]!["currencies"] = own;
        }

        // Compact patterns only where they differ from the nearest selected ancestor's (cldr-json is resolved).
        var compacts = locales.SelectMany(l => l.Value!["systems"]!.AsObject().SelectMany(system => system.Value!.AsObject()
            .Where(f => f.Key.StartsWith("compact-", StringComparison.Ordinal)).Select(f => (Tag: l.Key, System: system.Key, Field: f.Key, Value: f.Value!.GetValue<string>()))))
            .ToDictionary(c => (c.Tag, c.System, c.Field), c => c.Value);
        foreach (var ((tag, system, field), value) in compacts)
        {
            for (var ancestor = tag == "und" ? null : Parent(tag) ?? "und"; ancestor is not null; ancestor = ancestor == "und" ? null : Parent(ancestor) ?? "und")
            {
                if (!compacts.TryGetValue((ancestor, system, field), out var inherited)) continue;
                if (inherited == value) locales[tag]!["systems"]![system]!.AsObject().Remove(field);
                break;
            }
        }

        ExtractDates.Reduce(locales, t => t == "und" ? null : Parent(t) ?? "und");
        var timeData = Read("cldr-core", "supplemental", "timeData.json")["supplemental"]!["timeData"]!.AsObject();
        var hourCycles = new JsonObject(timeData.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value!["_preferred"]!.GetValue<string>())));
        var preferences = Read("cldr-core", "supplemental", "calendarPreferenceData.json")["supplemental"]!["calendarPreferenceData"]!.AsObject();
        var calendars = new JsonObject(preferences.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, (JsonNode?)string.Join(" ", p.Value!.AsArray().Select(n => n!.GetValue<string>())))));

        // weekData (the week-based year Y): first day and minimal days of the first week, by region.
        var weekData = Read("cldr-core", "supplemental", "weekData.json")["supplemental"]!["weekData"]!;
        string WeekField(string field, string region) => (string?)weekData[field]![region] ?? (string)weekData[field]!["001"]!;
        var weeks = new JsonObject(weekData["firstDay"]!.AsObject().Select(p => p.Key).Union(weekData["minDays"]!.AsObject().Select(p => p.Key))
            .Where(r => !r.Contains('-')).Order(StringComparer.Ordinal)
            .Select(r => KeyValuePair.Create(r, (JsonNode?)(WeekField("firstDay", r) + " " + WeekField("minDays", r)))));

        var allSystems = Read("cldr-core", "supplemental", "numberingSystems.json")["supplemental"]!["numberingSystems"]!.AsObject();
        var digits = new JsonObject();
        foreach (var system in systemsUsed) digits[system] = allSystems[system]!["_digits"]!.GetValue<string>();

        var plurals = new JsonObject();
        var cardinal = Read("cldr-core", "supplemental", "plurals.json")["supplemental"]!["plurals-type-cardinal"]!.AsObject();
        foreach (var (language, rules) in cardinal.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var entry = new JsonObject();
            foreach (var (key, rule) in rules!.AsObject())
            {
                var text = rule!.GetValue<string>();
                var at = text.IndexOf('@');
                entry[key["pluralRule-count-".Length..]] = (at < 0 ? text : text[..at]).Trim(); // samples left out
            }
            plurals[language] = entry;
        }

        var extract = new JsonObject
        {
            ["cldrVersion"] = (string?)Read("cldr-core", "supplemental", "plurals.json")["supplemental"]!["version"]!["_cldrVersion"],
            ["packages"] = new JsonObject(new[] { "cldr-core", "cldr-numbers-full" }.Concat(ExtractDates.Calendars.Select(c => c.Package))
                .Select(p => KeyValuePair.Create(p, (JsonNode?)Version(p)))),
            ["parentLocales"] = new JsonObject(parents.Where(p => selected.Contains(p.Key)).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()))),
            ["numberingSystems"] = digits,
            ["plurals"] = plurals,
            // Tags CLDR serves with their parent's data (fa-IR is fa, en-US is en), for the locales selected.
            ["defaultContent"] = new JsonArray(Read("cldr-core", "defaultContent.json")["defaultContent"]!.AsArray().Select(n => n!.GetValue<string>())
                .Where(t => t.Contains('-') && selected.Contains(t[..t.LastIndexOf('-')])).Order(StringComparer.Ordinal).Select(t => (JsonNode?)t).ToArray()),
            ["regionCurrencies"] = RegionCurrencies(Read("cldr-core", "supplemental", "currencyData.json")["supplemental"]!["currencyData"]!["region"]!.AsObject()),
            ["currencyDigits"] = CurrencyDigits(Read("cldr-core", "supplemental", "currencyData.json")["supplemental"]!["currencyData"]!["fractions"]!.AsObject()),
            ["hourCycles"] = hourCycles,
            ["calendarPreferences"] = calendars,
            ["weekData"] = weeks,
            ["dayPeriodRules"] = ExtractDates.DayPeriodRules(Read("cldr-core", "supplemental", "dayPeriods.json")["supplemental"]!),
            ["locales"] = locales,
        };
        Directory.CreateDirectory(extractFolder);
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        File.WriteAllText(Path.Combine(extractFolder, Transform.ExtractFile), extract.ToJsonString(options).Replace("\r\n", "\n") + "\n");
        File.Copy(Path.Combine(nodeModules, "cldr-core", "LICENSE"), Path.Combine(extractFolder, "LICENSE"), overwrite: true);
    }

    /// <summary>A compact decimal format ("1000-count-one": "0K", …) as one line, "key=pattern" joined by '|' (checked
    /// not to occur in a pattern).</summary>
    private static string CompactPatterns(string tag, JsonObject patterns)
    {
        var entries = patterns.Select(p => p.Key + "=" + p.Value!.GetValue<string>()).ToList();
        if (entries.Any(e => e.Count(c => c == '|' || c == '=') != 1)) throw new InvalidDataException("compact pattern with '|' or '=' in " + tag);
        return string.Join("|", entries);
    }

    /// <summary>"symbol|narrow symbol" per ISO code (CLDR's symbol, else the code; the narrow symbol, else the symbol).</summary>
    private static SortedDictionary<string, string> CurrencySymbols(JsonObject currencies)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, value) in currencies)
        {
            var symbol = (string?)value!["symbol"] ?? code;
            result[code] = symbol + "|" + ((string?)value["symbol-alt-narrow"] ?? symbol);
        }
        return result;
    }

    /// <summary>Each region's currency as ICU's ucurr_forLocale picks it: the first of CLDR's list (most recent first)
    /// that is legal tender.</summary>
    private static JsonObject RegionCurrencies(JsonObject regions)
    {
        var result = new JsonObject();
        foreach (var (region, list) in regions.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var tender = list!.AsArray().Select(e => e!.AsObject().Single()).FirstOrDefault(c => (string?)c.Value!["_tender"] != "false");
            if (tender.Key is not null) result[region] = tender.Key;
        }
        return result;
    }

    /// <summary>Fraction digits of the currencies that do not have CLDR's default 2 (IRR 0, KWD 3); a rounding
    /// increment other than 0 (cash rounding aside) is not supported by the generator.</summary>
    private static JsonObject CurrencyDigits(JsonObject fractions)
    {
        var defaults = fractions["DEFAULT"]!;
        if ((string?)defaults["_digits"] != "2") throw new InvalidDataException("CLDR's default currency digits are not 2");
        var result = new JsonObject();
        foreach (var (code, value) in fractions.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (code == "DEFAULT") continue;
            if ((string?)value!["_rounding"] is { } rounding && rounding != "0") throw new InvalidDataException("currency rounding increment: " + code);
            if ((string?)value["_digits"] is { } digits && digits != "2") result[code] = digits;
        }
        return result;
    }

    /// <summary>The generator inserts CLDR's currency spacing (a no-break space between a symbol that is not a
    /// symbol or space character and a digit); every locale of CLDR 48 has the same rule, which is checked here.</summary>
    private static void CheckCurrencySpacing(string tag, JsonNode? spacing)
    {
        foreach (var side in new[] { "beforeCurrency", "afterCurrency" })
        {
            var rule = spacing?[side];
            if ((string?)rule?["currencyMatch"] != "[[:^S:]&[:^Z:]]" || (string?)rule?["surroundingMatch"] != "[:digit:]" || (string?)rule?["insertBetween"] != "\u00A0")
            {
                throw new InvalidDataException("currency spacing of " + tag + " is not CLDR's usual one");
            }
        }
    }

    private static void Copy(JsonNode? from, string field, JsonObject to, string name)
    {
        if (from?[field] is { } value) to[name] = value.GetValue<string>();
    }
}
