using System;
using System.Collections.Generic;
using System.Linq;

namespace LocalizedContent.Generator.LocaleData
{
    /// <summary>
    /// UTS #35 skeleton matching as ICU's DateTimePatternGenerator does it for MessageFormat (getBestPattern without
    /// options): the candidate patterns (availableFormats, the locale's date and time styles, single fields) closest
    /// by field-type distance; field widths then set to the requested ones except hours, minutes and seconds; a
    /// skeleton no candidate covers is split into date and time, matched apart and joined with the dateTimeFormat
    /// (CLDR's atTime set, as ICU 78 reads it) its month and weekday widths select.
    /// </summary>
    internal static class SkeletonMatcher
    {
        private const int Era = 0, Year = 1, Month = 2, Weekday = 3, Day = 4, DayPeriod = 5, Hour = 6, Minute = 7, Second = 8, FieldCount = 9;
        private const int DateMask = (1 << DayPeriod) - 1, TimeMask = ((1 << FieldCount) - 1) & ~DateMask;
        private const int ExtraField = 0x10000, MissingField = 0x1000;

        /// <summary>A skeleton as ICU's DateTimeMatcher sees it: per field the letter, width and type value.</summary>
        private sealed class Skeleton
        {
            public readonly char[] Letter = new char[FieldCount];
            public readonly int[] Length = new int[FieldCount];
            public readonly int[] Type = new int[FieldCount];

            public int Mask
            {
                get
                {
                    var mask = 0;
                    for (var i = 0; i < FieldCount; i++) if (Type[i] != 0) mask |= 1 << i;
                    return mask;
                }
            }
        }

        private sealed record Candidate(Skeleton Skeleton, string Pattern, bool Specified);

        public static IReadOnlyList<PatternToken> BestPattern(string skeleton, DateLocale locale)
        {
            var request = Parse(skeleton.Replace('j', locale.PreferredHour));
            var candidates = Candidates(locale);
            var (best, _, missing, extra) = BestRaw(candidates, request, (1 << FieldCount) - 1);
            if (best is not null && missing == 0 && extra == 0) return Adjust(best, request);
            var date = BestAppending(candidates, request, DateMask);
            var time = BestAppending(candidates, request, TimeMask);
            if (date.Count == 0) return time;
            if (time.Count == 0) return date;
            var style = request.Length[Month] == 4 ? (request.Length[Weekday] >= 4 ? 0 : 1) : request.Length[Month] == 3 ? 2 : 3;
            // ICU 78 joins with CLDR 48's atTime dateTimeFormats (all four lengths), the plain ones where a locale has none.
            var glue = locale.AtTime(style).Length > 0 ? locale.AtTime(style) : locale.Style("dateTime", style);
            return Glue(glue, time, date);
        }

        /// <summary>Candidates as ICU adds them: single fields, then the patterns of the date and time styles, then
        /// availableFormats, which replace a style pattern of the same skeleton (ICU lets every non-root bundle's
        /// entries do so; the resolved CLDR JSON does not say which bundle an entry is from, and taking them all
        /// matches ICU on every covered locale).</summary>
        private static List<Candidate> Candidates(DateLocale locale)
        {
            var list = new List<Candidate>();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            void Add(string skeletonText, string pattern, bool specified, bool replace)
            {
                var skeleton = Parse(skeletonText);
                var key = Key(skeleton);
                if (!index.TryGetValue(key, out var at))
                {
                    index[key] = list.Count;
                    list.Add(new Candidate(skeleton, pattern, specified));
                }
                else if (replace)
                {
                    list[at] = new Candidate(skeleton, pattern, specified);
                }
            }
            foreach (var single in new[] { "G", "y", "M", "E", "d", "a", "H", "m", "s" }) Add(single, single, false, false);
            var styles = new List<string>();
            for (var i = 0; i < 4; i++) styles.Add(locale.Style("date", i));
            for (var i = 0; i < 4; i++) styles.Add(locale.Style("time", i));
            foreach (var pattern in styles)
            {
                var letters = string.Concat(DatePatterns.Tokenize(pattern).Where(t => !t.IsText).Select(t => new string(t.Field, t.Count)));
                if (letters.Length > 0 && letters.All(c => FieldOf(c) >= 0)) Add(letters, pattern, false, false);
            }
            foreach (var pair in locale.Available.OrderBy(p => p.Key, StringComparer.Ordinal)) Add(pair.Key, pair.Value, true, replace: true);
            return list;
        }

        private static string Key(Skeleton s) => string.Join(",", s.Type);

        private static (Candidate? Best, int Distance, int Missing, int Extra) BestRaw(List<Candidate> candidates, Skeleton request, int includeMask)
        {
            Candidate? best = null;
            int bestDistance = int.MaxValue, bestMissing = 0, bestExtra = 0;
            foreach (var candidate in candidates)
            {
                int distance = 0, missing = 0, extra = 0;
                for (var i = 0; i < FieldCount; i++)
                {
                    var wanted = (includeMask & (1 << i)) == 0 ? 0 : request.Type[i];
                    var have = candidate.Skeleton.Type[i];
                    if (wanted == have) continue;
                    if (wanted == 0) { distance += ExtraField; extra |= 1 << i; }
                    else if (have == 0) { distance += MissingField; missing |= 1 << i; }
                    else distance += Math.Abs(wanted - have);
                }
                if (distance < bestDistance)
                {
                    (best, bestDistance, bestMissing, bestExtra) = (candidate, distance, missing, extra);
                    if (distance == 0) break;
                }
            }
            return (best, bestDistance, bestMissing, bestExtra);
        }

        /// <summary>The pattern for the request's fields in <paramref name="mask"/>; fields no candidate has are
        /// appended ("{0} {1}").</summary>
        private static IReadOnlyList<PatternToken> BestAppending(List<Candidate> candidates, Skeleton request, int mask)
        {
            if ((request.Mask & mask) == 0) return Array.Empty<PatternToken>();
            var (best, _, missing, _) = BestRaw(candidates, request, request.Mask & mask);
            if (best is null) return Array.Empty<PatternToken>();
            var result = new List<PatternToken>(Adjust(best, request));
            for (var guard = 0; missing != 0 && guard < FieldCount; guard++)
            {
                var (more, _, stillMissing, _) = BestRaw(candidates, request, missing);
                if (more is null || stillMissing == missing) break;
                result.Add(new PatternToken('\0', 0, " "));
                result.AddRange(Adjust(more, request));
                missing = stillMissing;
            }
            return result;
        }

        /// <summary>ICU's adjustFieldTypes: the request's widths, except hours, minutes and seconds (MessageFormat
        /// asks for no hour, minute or second length matching), and except where the candidate's own skeleton already
        /// has the requested width or differs from the pattern in being numeric.</summary>
        private static IReadOnlyList<PatternToken> Adjust(Candidate candidate, Skeleton request)
        {
            var tokens = new List<PatternToken>();
            foreach (var token in DatePatterns.Tokenize(candidate.Pattern))
            {
                var field = token.IsText ? -1 : FieldOf(token.Field);
                if (field < 0 || request.Length[field] == 0 || field == Hour || field == Minute || field == Second)
                {
                    tokens.Add(token);
                    continue;
                }
                var wanted = request.Length[field];
                if (candidate.Specified)
                {
                    var patternNumeric = TypeOf(token.Field, token.Count) > 0;
                    var skeletonNumeric = candidate.Skeleton.Type[field] > 0;
                    if (candidate.Skeleton.Length[field] == wanted || patternNumeric != skeletonNumeric)
                    {
                        tokens.Add(token);
                        continue;
                    }
                }
                // Month, weekday and hour keep the pattern's letter (L, c stay stand-alone); others take the request's.
                var letter = field == Month || field == Weekday ? token.Field : request.Letter[field];
                tokens.Add(new PatternToken(letter, wanted, ""));
            }
            return tokens;
        }

        /// <summary>A dateTimeFormat ("{1}, {0}", "{1} 'at' {0}") with the time as {0} and the date as {1}.</summary>
        private static IReadOnlyList<PatternToken> Glue(string format, IReadOnlyList<PatternToken> time, IReadOnlyList<PatternToken> date)
        {
            var result = new List<PatternToken>();
            var rest = format.Length == 0 ? "{1} {0}" : format;
            while (rest.Length > 0)
            {
                var zero = rest.IndexOf("{0}", StringComparison.Ordinal);
                var one = rest.IndexOf("{1}", StringComparison.Ordinal);
                var next = zero < 0 ? one : one < 0 ? zero : Math.Min(zero, one);
                if (next < 0)
                {
                    result.AddRange(DatePatterns.Tokenize(rest));
                    break;
                }
                result.AddRange(DatePatterns.Tokenize(rest.Substring(0, next)));
                result.AddRange(next == zero ? time : date);
                rest = rest.Substring(next + 3);
            }
            return result;
        }

        /// <summary>A skeleton's fields with ICU's type values; a 12-hour clock implies the day period, a 24-hour
        /// clock drops it (ICU #13183).</summary>
        private static Skeleton Parse(string skeleton)
        {
            var s = new Skeleton();
            foreach (var (letter, count) in DatePatterns.Fields(skeleton))
            {
                var field = FieldOf(letter);
                if (field < 0) continue;
                s.Letter[field] = letter;
                s.Length[field] = count;
                s.Type[field] = TypeOf(letter, count);
            }
            if (s.Type[Hour] != 0 && (s.Letter[Hour] == 'h' || s.Letter[Hour] == 'K'))
            {
                if (s.Type[DayPeriod] == 0) (s.Letter[DayPeriod], s.Length[DayPeriod], s.Type[DayPeriod]) = ('a', 1, TypeOf('a', 1));
            }
            else if (s.Type[Hour] != 0)
            {
                (s.Letter[DayPeriod], s.Length[DayPeriod], s.Type[DayPeriod]) = ('\0', 0, 0);
            }
            return s;
        }

        private static int FieldOf(char letter) => letter switch
        {
            'G' => Era,
            'y' or 'Y' => Year,
            'M' or 'L' => Month,
            'E' or 'c' => Weekday,
            'd' => Day,
            'a' => DayPeriod,
            'H' or 'h' or 'K' or 'k' => Hour,
            'm' => Minute,
            's' => Second,
            _ => -1,
        };

        // ICU's dtTypes: numeric fields 0x100 + width (plus 0x10 steps between letters of one field), names
        // -0x101 narrow, -0x102 shorter, -0x103 short, -0x104 long.
        private static int TypeOf(char letter, int count)
        {
            int Text(int delta) => (count >= 5 ? -0x101 : count == 4 ? -0x104 : -0x103) - delta;
            return letter switch
            {
                'G' => Text(0),
                'y' => 0x100 + count,
                'Y' => 0x110 + count,
                'M' => count <= 2 ? 0x100 + count : Text(0),
                'L' => count <= 2 ? 0x110 + count : Text(0x10),
                'E' => count == 6 ? -0x102 : Text(0),
                'c' => count <= 2 ? 0x120 + count : Text(0x20),
                'a' => -0x103,
                'h' => 0x100 + count,
                'K' => 0x110 + count,
                'H' => 0x1A0 + count,
                'k' => 0x1B0 + count,
                _ => 0x100 + count,
            };
        }
    }
}
