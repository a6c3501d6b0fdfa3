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
    private static readonly string[] SymbolFields = ["decimal", "group", "minusSign", "percentSign"];

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
                if (data.Count > 0) systems[system] = data;
                systemsUsed.Add(system);
            }
            entry["systems"] = systems;
            var subtags = tag.Split('-');
            var region = subtags.Skip(1).FirstOrDefault(s => s.Length == 2 || (s.Length == 3 && char.IsDigit(s[0])));
            entry["region"] = region ?? ((string?)likely[tag] ?? (string?)likely[subtags[0]] ?? "und-Latn-US").Split('-')[2];
            entry["dates"] = ExtractDates.Locale(ReadIfPresent, tag);
            locales[tag] = entry;
        }

        ExtractDates.Reduce(locales, t => t == "und" ? null : Parent(t) ?? "und");
        var timeData = Read("cldr-core", "supplemental", "timeData.json")["supplemental"]!["timeData"]!.AsObject();
        var hourCycles = new JsonObject(timeData.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value!["_preferred"]!.GetValue<string>())));
        var preferences = Read("cldr-core", "supplemental", "calendarPreferenceData.json")["supplemental"]!["calendarPreferenceData"]!.AsObject();
        var calendars = new JsonObject(preferences.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, (JsonNode?)string.Join(" ", p.Value!.AsArray().Select(n => n!.GetValue<string>())))));

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
            ["hourCycles"] = hourCycles,
            ["calendarPreferences"] = calendars,
            ["locales"] = locales,
        };
        Directory.CreateDirectory(extractFolder);
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        File.WriteAllText(Path.Combine(extractFolder, Transform.ExtractFile), extract.ToJsonString(options).Replace("\r\n", "\n") + "\n");
        File.Copy(Path.Combine(nodeModules, "cldr-core", "LICENSE"), Path.Combine(extractFolder, "LICENSE"), overwrite: true);
    }

    private static void Copy(JsonNode? from, string field, JsonObject to, string name)
    {
        if (from?[field] is { } value) to[name] = value.GetValue<string>();
    }
}
