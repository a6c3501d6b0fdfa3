using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using LocalizedContent.Generator.Messages.Model;

namespace LocalizedContent.Generator.LocaleData
{
    /// <summary>One piece of a CLDR date pattern: a field (letter repeated Count times) or literal text.</summary>
    internal sealed record PatternToken(char Field, int Count, string Text)
    {
        public bool IsText => Field == '\0';
    }

    /// <summary>
    /// CLDR date patterns and ICU skeletons, resolved at generation time into tokens the emitter turns into
    /// straight-line code: nothing parses a pattern at run time. A skeleton is matched like ICU's
    /// DateTimePatternGenerator does in the simple cases: the availableFormats entry with the same fields (and the
    /// same numeric or textual month) is taken and its field widths are set to the requested ones (yMMMMd in fa →
    /// "d MMM y" → "d MMMM y"; hours, minutes and seconds are only ever widened). With no entry, the date and time halves are matched apart and joined.
    /// </summary>
    internal static class DatePatterns
    {
        public static readonly string[] DateStyleNames = { "full", "long", "medium", "short" };
        public static readonly string[] TimeStyleNames = { "medium", "short" };

        /// <summary>Skeleton letters the generator writes, with the widths accepted.</summary>
        private static readonly Dictionary<char, int> MaxWidth = new Dictionary<char, int>
        {
            ['y'] = 4, ['M'] = 4, ['L'] = 4, ['d'] = 2, ['E'] = 4, ['c'] = 4,
            ['H'] = 2, ['h'] = 2, ['j'] = 2, ['a'] = 1, ['m'] = 2, ['s'] = 2,
        };

        /// <summary>Null when the skeleton is one the generator can write, else why not.</summary>
        public static string? CheckSkeleton(string skeleton)
        {
            if (skeleton.Length == 0) return "the skeleton is empty (write ::yMMMMd, ::Hm…)";
            foreach (var (field, count) in Fields(skeleton))
            {
                if (!MaxWidth.TryGetValue(field, out var max))
                {
                    return "skeleton field '" + field + "' is not supported (y, M, d, E, H, h, a, m, s and j are)";
                }
                if (count > max || (field == 'y' && count == 3)) return "skeleton field '" + new string(field, count) + "' is not supported";
            }
            return null;
        }

        /// <summary>The tokens for a date argument in one language and calendar.</summary>
        public static IReadOnlyList<PatternToken> Resolve(DateArgumentPart part, string language, DateLocale locale)
        {
            if (part.Skeleton is null)
            {
                var names = part.IsTime ? TimeStyleNames : DateStyleNames;
                var index = Array.IndexOf(names, part.Style);
                if (index < 0) index = Array.IndexOf(names, "medium");
                return Tokenize((part.IsTime ? locale.TimeStyles : locale.DateStyles)[index]);
            }
            return FromSkeleton(part.Skeleton, language, locale);
        }

        private static IReadOnlyList<PatternToken> FromSkeleton(string skeleton, string language, DateLocale locale)
        {
            // Canonical request: L → M, c → E, j → the language's preferred hour (fa H; ar, en h), a implied by h.
            var wanted = new Dictionary<char, int>();
            foreach (var (field, count) in Fields(skeleton))
            {
                var f = field == 'L' ? 'M' : field == 'c' ? 'E' : field == 'j' ? (language == "fa" ? 'H' : 'h') : field;
                if (f == 'a') continue;
                wanted[f] = Math.Max(count, wanted.TryGetValue(f, out var c) ? c : 0);
            }
            var match = Match(wanted, locale);
            if (match is not null) return match;
            var date = wanted.Where(p => "yMdE".IndexOf(p.Key) >= 0).ToDictionary(p => p.Key, p => p.Value);
            var time = wanted.Where(p => "Hhms".IndexOf(p.Key) >= 0).ToDictionary(p => p.Key, p => p.Value);
            var result = new List<PatternToken>();
            if (date.Count > 0) result.AddRange(Match(date, locale) ?? Fallback(date, language));
            if (date.Count > 0 && time.Count > 0) result.Add(new PatternToken('\0', 0, locale.Glue));
            if (time.Count > 0) result.AddRange(Match(time, locale) ?? Fallback(time, language));
            return result;
        }

        /// <summary>The availableFormats entry with the same fields, widths set to the wanted ones; null if none.</summary>
        private static IReadOnlyList<PatternToken>? Match(Dictionary<char, int> wanted, DateLocale locale)
        {
            string? best = null;
            var bestDistance = int.MaxValue;
            foreach (var entry in locale.Available.Keys.OrderBy(k => k, StringComparer.Ordinal))
            {
                var have = new Dictionary<char, int>();
                foreach (var (field, count) in Fields(entry)) have[field] = count;
                if (have.Count != wanted.Count) continue;
                var distance = 0;
                var fits = true;
                foreach (var pair in wanted)
                {
                    if (!have.TryGetValue(pair.Key, out var count) || (pair.Key == 'M' && (count >= 3) != (pair.Value >= 3))) { fits = false; break; }
                    distance += Math.Abs(count - pair.Value);
                }
                if (fits && distance < bestDistance)
                {
                    best = entry;
                    bestDistance = distance;
                }
            }
            if (best is null) return null;
            var tokens = new List<PatternToken>();
            foreach (var token in Tokenize(locale.Available[best]))
            {
                var key = token.Field == 'L' ? 'M' : token.Field == 'c' ? 'E' : token.Field;
                if (token.IsText || !wanted.TryGetValue(key, out var count))
                {
                    tokens.Add(token);
                    continue;
                }
                // Hours, minutes and seconds keep the locale's padding (ICU does not shorten them: Hm is "HH:mm" in en)
                // but a skeleton can ask for more (HHmm in fa gives ۰۷:۰۵); other fields take the requested width.
                tokens.Add(token with { Count = "Hhms".IndexOf(key) >= 0 ? Math.Max(count, token.Count) : count });
            }
            return tokens;
        }

        /// <summary>No CLDR entry: the fields in a fixed order (day before month in ar and fa), separated by spaces.</summary>
        private static IReadOnlyList<PatternToken> Fallback(Dictionary<char, int> fields, string language)
        {
            var order = fields.ContainsKey('H') || fields.ContainsKey('h') ? "Hhms" : language == "en" ? "EMdy" : "EdMy";
            var tokens = new List<PatternToken>();
            foreach (var f in order)
            {
                if (!fields.TryGetValue(f, out var count)) continue;
                if (tokens.Count > 0) tokens.Add(new PatternToken('\0', 0, f == 'm' || f == 's' ? ":" : " "));
                tokens.Add(new PatternToken(f, f == 'm' || f == 's' ? Math.Max(count, 2) : count, ""));
            }
            if (fields.ContainsKey('h')) tokens.Add(new PatternToken('\0', 0, " "));
            if (fields.ContainsKey('h')) tokens.Add(new PatternToken('a', 1, ""));
            return tokens;
        }

        /// <summary>Splits a CLDR pattern into fields and literal text ('quoted' text and '' as an apostrophe).</summary>
        public static List<PatternToken> Tokenize(string pattern)
        {
            var tokens = new List<PatternToken>();
            var text = new StringBuilder();
            void Flush()
            {
                if (text.Length == 0) return;
                tokens.Add(new PatternToken('\0', 0, text.ToString()));
                text.Clear();
            }
            for (var i = 0; i < pattern.Length;)
            {
                var c = pattern[i];
                if (c == '\'')
                {
                    if (i + 1 < pattern.Length && pattern[i + 1] == '\'') { text.Append('\''); i += 2; continue; }
                    var end = pattern.IndexOf('\'', i + 1);
                    if (end < 0) end = pattern.Length;
                    text.Append(pattern, i + 1, end - i - 1);
                    i = end + 1;
                    continue;
                }
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                {
                    var j = i;
                    while (j < pattern.Length && pattern[j] == c) j++;
                    Flush();
                    tokens.Add(new PatternToken(c, j - i, ""));
                    i = j;
                    continue;
                }
                text.Append(c);
                i++;
            }
            Flush();
            return tokens;
        }

        private static IEnumerable<(char Field, int Count)> Fields(string skeleton)
        {
            for (var i = 0; i < skeleton.Length;)
            {
                var j = i;
                while (j < skeleton.Length && skeleton[j] == skeleton[i]) j++;
                yield return (skeleton[i], j - i);
                i = j;
            }
        }
    }
}
