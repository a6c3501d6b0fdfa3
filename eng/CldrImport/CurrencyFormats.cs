using System.Text.Json.Nodes;

namespace LocalizedContent.CldrImport;

/// <summary>
/// CLDR's currency-specific formats (ldml currency/pattern, decimal, group: en-150's EUR is ¤#,##0.00, pt-CV's CVE
/// writes '$' as decimal) as ICU's data has them: "pattern|decimal|group", a part CLDR leaves out filled from the
/// locale that defines the entry (its standard currency pattern and symbols in its default numbering system), as
/// ICU's cldr-to-icu converter does; so en-DE's EUR, inherited from en-150, keeps en-150's '.' and ','.
/// </summary>
internal sealed class CurrencyFormats(Func<string[], JsonNode> read, Func<string, string?> parent, Func<string, bool> exists)
{
    private readonly Dictionary<string, Dictionary<string, string>> _raw = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> _resolved = new(StringComparer.Ordinal);

    /// <summary>The tag's formats that differ from its nearest selected CLDR ancestor's (cldr-json is resolved).</summary>
    public JsonObject Own(string tag, IReadOnlyCollection<string> selected)
    {
        var ancestor = tag == "und" ? null : parent(tag) ?? "und";
        while (ancestor is not null && !selected.Contains(ancestor)) ancestor = ancestor == "und" ? null : parent(ancestor) ?? "und";
        var inherited = ancestor is null ? new Dictionary<string, string>() : Resolved(ancestor);
        var own = new JsonObject();
        foreach (var (code, value) in Resolved(tag).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!inherited.TryGetValue(code, out var a) || a != value) own[code] = value;
        }
        foreach (var code in inherited.Keys.Where(c => !Resolved(tag).ContainsKey(c))) throw new InvalidDataException(tag + " drops " + ancestor + "'s format of " + code);
        return own;
    }

    private Dictionary<string, string> Resolved(string tag)
    {
        if (_resolved.TryGetValue(tag, out var done)) return done;
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, raw) in Raw(tag))
        {
            // The defining locale: the farthest ancestor that still has the same entry.
            var definer = tag;
            for (var p = Parent(definer); p is not null && Raw(p).TryGetValue(code, out var up) && up == raw; p = Parent(p)) definer = p;
            var numbers = read(["cldr-numbers-full", "main", definer, "numbers.json"])["main"]![definer]!["numbers"]!;
            var system = numbers["defaultNumberingSystem"]!.GetValue<string>();
            var parts = raw.Split('|');
            string Fill(int i, Func<string> fallback) => parts[i].Length > 0 ? parts[i] : fallback();
            result[code] = Fill(0, () => numbers["currencyFormats-numberSystem-" + system]!["standard"]!.GetValue<string>()) + "|"
                + Fill(1, () => numbers["symbols-numberSystem-" + system]!["decimal"]!.GetValue<string>()) + "|"
                + Fill(2, () => numbers["symbols-numberSystem-" + system]!["group"]!.GetValue<string>());
        }
        return _resolved[tag] = result;
    }

    // The nearest ancestor CLDR has data for (ca-ES-valencia → ca: ca-ES is default content).
    private string? Parent(string tag)
    {
        do tag = tag == "und" ? null! : parent(tag) ?? "und";
        while (tag is not null && !exists(tag));
        return tag;
    }

    // "pattern|decimal|group" as cldr-json gives them, "" for a part left out.
    private Dictionary<string, string> Raw(string tag)
    {
        if (_raw.TryGetValue(tag, out var done)) return done;
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, value) in read(["cldr-numbers-full", "main", tag, "currencies.json"])["main"]![tag]!["numbers"]!["currencies"]!.AsObject())
        {
            var parts = new[] { "pattern", "decimal", "group" }.Select(f => (string?)value![f] ?? "").ToArray();
            if (parts.Any(p => p.Contains('|'))) throw new InvalidDataException("currency format with '|' in " + tag + " " + code);
            if (parts.Any(p => p.Length > 0)) result[code] = string.Join("|", parts);
        }
        return _raw[tag] = result;
    }
}
