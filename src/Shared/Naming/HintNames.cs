using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace LocalizedContent.Naming
{
    /// <summary>
    /// The hint names generated sources are added with. The compiler rejects a hint name with characters outside
    /// its set ('@' of a keyword namespace: CS8785, which drops all generated output), or two that differ only by
    /// case; EmitCompilerGeneratedFiles writes them as files, where a long name fails the build (CS0016). So a hint
    /// name is the class key in ASCII letters, digits, '_' and '.', at most <see cref="MaxReadableLength"/> of it,
    /// plus a hash of the exact key when anything was dropped or another key differs from it only by case.
    /// Each name depends only on its own key and the keys that collide with it, so adding a class leaves the
    /// others' names as they were.
    /// </summary>
    internal static class HintNames
    {
        internal const int MaxReadableLength = 60;

        /// <summary>A hint name for each of <paramref name="classKeys"/>, ending in <paramref name="suffix"/> (".g.cs").</summary>
        public static Dictionary<string, string> For(IEnumerable<string> classKeys, string suffix)
        {
            var keys = classKeys.Distinct(StringComparer.Ordinal).ToList();
            var readable = keys.ToDictionary(k => k, Readable, StringComparer.Ordinal);
            var clashes = new HashSet<string>(readable.Values.GroupBy(r => r, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key),
                StringComparer.OrdinalIgnoreCase);
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var key in keys.OrderBy(k => k, StringComparer.Ordinal))
            {
                var name = readable[key];
                if (name != key || clashes.Contains(name)) name += "_" + Hash(key);
                // Two hashes equal ignoring case: about one pair in four billion, but never CS8785.
                var unique = name;
                for (var n = 2; !used.Add(unique); n++) unique = name + "_" + n.ToString(CultureInfo.InvariantCulture);
                result[key] = unique + suffix;
            }
            return result;
        }

        private static string Readable(string key)
        {
            var builder = new StringBuilder(Math.Min(key.Length, MaxReadableLength));
            foreach (var c in key)
            {
                if (builder.Length == MaxReadableLength) break;
                var ascii = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_';
                builder.Append(ascii ? c : '_');
            }
            return builder.ToString();
        }

        /// <summary>FNV-1a over the UTF-16 code units, 8 hex digits: stable across runs and platforms
        /// (string.GetHashCode is not). For names that had to change and must stay apart.</summary>
        internal static string Hash(string key)
        {
            var hash = 2166136261u;
            foreach (var c in key)
            {
                hash = unchecked((hash ^ c) * 16777619u);
            }
            return hash.ToString("x8", CultureInfo.InvariantCulture);
        }
    }
}
