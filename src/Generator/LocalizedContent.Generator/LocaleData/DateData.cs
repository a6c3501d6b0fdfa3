using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace LocalizedContent.Generator.LocaleData
{
    /// <summary>
    /// CLDR date data per locale (Generated/DateData.Data.cs, written by eng/CldrImport with inheritance resolved): a
    /// field of a tag is the one of the nearest listed truncation (ar-MA-u-ca-x → ar-MA → ar → und). A row is parsed
    /// when a class first asks for its tag, so a project pays only for the locales its files use.
    /// </summary>
    internal static partial class DateData
    {
        private static readonly ConcurrentDictionary<string, Dictionary<string, string>> Parsed =
            new ConcurrentDictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);

        // Built on first use, after every static field of the partial class (initializer order across partial files
        // is unspecified).
        private static class Holder
        {
            public static readonly Dictionary<string, string> Raw = Build();

            private static Dictionary<string, string> Build()
            {
                var raw = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var (tag, fields) in Rows) raw[tag] = fields;
                return raw;
            }
        }

        /// <summary>A field (calendar.key, hc, cal) for a culture tag, or null when not even CLDR's root has it.</summary>
        public static string? Field(string tag, string key)
        {
            for (var current = tag; ; current = NumberingSystems.Parent(current))
            {
                var row = Row(current.Length == 0 ? "und" : current);
                if (row is not null && row.TryGetValue(key, out var value)) return value;
                if (current.Length == 0) return null;
            }
        }

        /// <summary>Every field whose key starts with <paramref name="prefix"/>, the tag's over its truncations'.</summary>
        public static Dictionary<string, string> WithPrefix(string tag, string prefix)
        {
            var chain = new List<string> { "und" };
            for (var current = tag; current.Length > 0; current = NumberingSystems.Parent(current)) chain.Insert(1, current);
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var t in chain)
            {
                var row = Row(t);
                if (row is null) continue;
                foreach (var pair in row) if (pair.Key.StartsWith(prefix, StringComparison.Ordinal)) result[pair.Key.Substring(prefix.Length)] = pair.Value;
            }
            return result;
        }

        /// <summary>The nearest listed tag (ar-XX → ar): cultures with the same one write dates alike.</summary>
        public static string ListedTag(string tag)
        {
            for (var current = tag; current.Length > 0; current = NumberingSystems.Parent(current))
            {
                if (Holder.Raw.ContainsKey(current)) return current;
            }
            return "und";
        }

        /// <summary>The listed tags of a language more specific than the language itself (ar → ar-DZ, ar-MA…).</summary>
        public static IEnumerable<string> RegionalTags(string language)
        {
            var list = new List<string>();
            foreach (var key in Holder.Raw.Keys) if (key.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase)) list.Add(key);
            list.Sort(StringComparer.Ordinal);
            return list;
        }

        private static Dictionary<string, string>? Row(string tag)
        {
            if (Parsed.TryGetValue(tag, out var parsed)) return parsed;
            if (!Holder.Raw.TryGetValue(tag, out var raw)) return null;
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in raw.Split('\n'))
            {
                var eq = line.IndexOf('=');
                if (eq > 0) fields[line.Substring(0, eq)] = line.Substring(eq + 1);
            }
            return Parsed.GetOrAdd(tag, fields);
        }
    }
}
