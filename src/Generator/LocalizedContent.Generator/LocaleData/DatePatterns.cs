using System;
using System.Collections.Generic;
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
    /// straight-line code: nothing parses a pattern at run time. Styles are the locale's dateFormats and timeFormats;
    /// skeletons go through <see cref="SkeletonMatcher"/> (UTS #35 matching as ICU's DateTimePatternGenerator does it).
    /// </summary>
    internal static class DatePatterns
    {
        public static readonly string[] DateStyleNames = { "full", "long", "medium", "short" };
        public static readonly string[] TimeStyleNames = { "medium", "short" };

        /// <summary>Skeleton letters the generator writes, with the widths accepted.</summary>
        private static readonly Dictionary<char, int> MaxWidth = new Dictionary<char, int>
        {
            ['G'] = 5, ['y'] = 4, ['M'] = 5, ['L'] = 5, ['d'] = 2, ['E'] = 6, ['c'] = 6,
            ['H'] = 2, ['h'] = 2, ['K'] = 2, ['k'] = 2, ['j'] = 2, ['a'] = 1, ['m'] = 2, ['s'] = 2,
        };

        /// <summary>Null when the skeleton is one the generator can write, else why not.</summary>
        public static string? CheckSkeleton(string skeleton)
        {
            if (skeleton.Length == 0) return "the skeleton is empty (write ::yMMMMd, ::Hm…)";
            foreach (var (field, count) in Fields(skeleton))
            {
                if (!MaxWidth.TryGetValue(field, out var max))
                {
                    return "skeleton field '" + field + "' is not supported (G, y, M, L, d, E, c, H, h, K, k, j, a, m and s are)";
                }
                if (count > max || (field == 'y' && count == 3) || (field == 'c' && count < 3)) return "skeleton field '" + new string(field, count) + "' is not supported";
            }
            return null;
        }

        /// <summary>The tokens for a date argument in one locale and calendar.</summary>
        public static IReadOnlyList<PatternToken> Resolve(DateArgumentPart part, DateLocale locale)
        {
            if (part.Skeleton is not null) return SkeletonMatcher.BestPattern(part.Skeleton, locale);
            var names = part.IsTime ? TimeStyleNames : DateStyleNames;
            var index = Array.IndexOf(names, part.Style);
            if (index < 0) index = Array.IndexOf(names, "medium");
            // timeFormats hold full, long, medium, short like dateFormats; the parser allows medium and short only.
            return Tokenize(locale.Style(part.IsTime ? "time" : "date", part.IsTime ? index + 2 : index));
        }

        /// <summary>A skeleton's fields in order: letter and repeat count.</summary>
        public static IEnumerable<(char Field, int Count)> Fields(string skeleton)
        {
            for (var i = 0; i < skeleton.Length;)
            {
                var j = i;
                while (j < skeleton.Length && skeleton[j] == skeleton[i]) j++;
                yield return (skeleton[i], j - i);
                i = j;
            }
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
    }
}
