using System;
using System.Collections.Generic;
using LocalizedContent.Generator.Messages.Model;

namespace LocalizedContent.Generator.LocaleData
{
    /// <summary>
    /// CLDR's compact decimal formats per locale and numbering system (Generated/Compact.Data.cs, written by
    /// eng/CldrImport from cldr-numbers-full's decimalFormats short and long), in the form the runtime's
    /// AppendCompact reads: per magnitude the power of ten the value is divided by and the pattern per plural form.
    /// </summary>
    internal static partial class Compact
    {
        /// <summary>::compact-short (K) and ::compact-long (KK).</summary>
        public const int Short = 0, Long = 1;

        private static Dictionary<string, int[]> Table => Holder.Table;

        // Built on first use, after the generated partial's fields (see NumberingSystems).
        private static class Holder
        {
            public static readonly Dictionary<string, int[]> Table = Build();
        }

        private static Dictionary<string, int[]> Build()
        {
            var table = new Dictionary<string, int[]>(StringComparer.OrdinalIgnoreCase);
            foreach (var (tag, ds, dl, ns, nl, ls, ll) in Rows) table[tag] = new[] { ds, dl, ns, nl, ls, ll };
            return table;
        }

        /// <summary>The patterns of a culture tag (the most specific row, else CLDR's root) in the digits mode's
        /// numbering system, short or long.</summary>
        public static string For(string tag, DigitsMode mode, int length)
        {
            var row = Table["und"];
            for (var current = tag; current.Length > 0; current = NumberingSystems.Parent(current))
            {
                if (Table.TryGetValue(current, out var found)) { row = found; break; }
            }
            var system = mode == DigitsMode.Native ? 1 : mode == DigitsMode.Latin ? 2 : 0;
            return Patterns[row[2 * system + length]];
        }

        /// <summary>The listed tags of a language more specific than the language (en → en-IN…).</summary>
        public static IEnumerable<string> RegionalTags(string language)
        {
            var list = new List<string>();
            foreach (var key in Table.Keys) if (key.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase)) list.Add(key);
            list.Sort(StringComparer.Ordinal);
            return list;
        }
    }
}
