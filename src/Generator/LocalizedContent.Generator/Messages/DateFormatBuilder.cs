using System.Collections.Generic;
using System.Linq;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.LocaleData;
using LocalizedContent.Generator.Messages.Model;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>
    /// Resolves a class's date arguments against CLDR data (<see cref="DatePatterns"/>, <see cref="DateLocaleData"/>)
    /// for each numbering profile a file can meet (its calendar and CLDR tag), so the model holds the tokens to write and the name
    /// arrays they index. Called by <see cref="MessageClassBuilder"/> for classes that have dates.
    /// </summary>
    internal sealed class DateFormatBuilder
    {
        private readonly SortedDictionary<string, string[]> _names = new SortedDictionary<string, string[]>(System.StringComparer.Ordinal);
        private readonly Dictionary<string, string> _namesByContent = new Dictionary<string, string>(System.StringComparer.Ordinal);
        private readonly IReadOnlyList<NumberingProfile> _profiles;

        /// <param name="profiles">The class's profiles: each holds the calendar and the CLDR tag its dates use.</param>
        public DateFormatBuilder(IReadOnlyList<NumberingProfile> profiles) => _profiles = profiles;

        /// <summary>True once a resolved argument can show an Umm al-Qura date (the runtime then carries ICU's table).</summary>
        public bool UsesUmmAlQura { get; private set; }

        /// <summary>True once a resolved argument shows a week-based year (Y): the runtime then carries WeekYear.</summary>
        public bool UsesWeekYear { get; private set; }

        /// <summary>The month and weekday name arrays the resolved arguments use, by name.</summary>
        public EquatableArray<DateNames> Names() =>
            _names.Select(pair => new DateNames(pair.Key, pair.Value.ToEquatableArray())).ToEquatableArray();

        /// <summary><paramref name="parts"/> with every date argument resolved for <paramref name="file"/> (the same
        /// array when there is none).</summary>
        public EquatableArray<MessagePart> Resolve(EquatableArray<MessagePart> parts, ClassFile file)
        {
            if (!parts.Any(HasDate)) return parts;
            return parts.Select(p => p switch
            {
                DateArgumentPart date => new DateFormatPart(date.Name, Formats(date, file)),
                PluralPart plural => plural with { Cases = Resolve(plural.Cases, file) },
                SelectPart select => select with { Cases = Resolve(select.Cases, file) },
                _ => p,
            }).ToEquatableArray();
        }

        private EquatableArray<MessageCase> Resolve(EquatableArray<MessageCase> cases, ClassFile file) =>
            cases.Select(c => c with { Body = Resolve(c.Body, file) }).ToEquatableArray();

        private static bool HasDate(MessagePart part) =>
            part is DateArgumentPart
            || (part is PluralPart plural && plural.Cases.Any(c => c.Body.Any(HasDate)))
            || (part is SelectPart select && select.Cases.Any(c => c.Body.Any(HasDate)));

        /// <summary>Per profile the file can meet (its default first): the calendar and the tokens of its CLDR tag;
        /// profiles that write the same are one format.</summary>
        private EquatableArray<CalendarFormat> Formats(DateArgumentPart part, ClassFile file)
        {
            var formats = new List<CalendarFormat>();
            foreach (var profile in new[] { file.DefaultProfile }.Concat(file.CultureProfiles.Select(c => c.Profile)).Distinct())
            {
                var calendar = part.Calendar ?? _profiles[profile].Calendar;
                if (calendar == CalendarKind.IslamicUmalqura) UsesUmmAlQura = true;
                var locale = DateLocaleData.Get(_profiles[profile].DateTag ?? file.Language, calendar);
                var pattern = DatePatterns.Resolve(part, locale);
                var tokens = pattern.Select(t => Token(t, locale, pattern)).ToEquatableArray();
                var same = formats.FindIndex(f => f.Calendar == calendar && f.Tokens.Equals(tokens));
                if (same >= 0) formats[same] = formats[same] with { Profiles = formats[same].Profiles.Append(profile).ToEquatableArray() };
                else formats.Add(new CalendarFormat(calendar, tokens, new[] { profile }.ToEquatableArray()));
            }
            return formats.ToEquatableArray();
        }

        private DateToken Token(PatternToken token, DateLocale locale, IReadOnlyList<PatternToken> pattern)
        {
            var n = token.Count;
            switch (token.IsText ? '\0' : token.Field)
            {
                case '\0':
                    return new DateToken(DateTokenKind.Literal, Text: token.Text);
                case 'G':
                    return new DateToken(DateTokenKind.Word, Text: locale.Text(n <= 3 ? "G" : n == 4 ? "GGGG" : "GGGGG"));
                case 'y':
                    return n == 2 ? new DateToken(DateTokenKind.TwoDigitYear, 2) : new DateToken(DateTokenKind.Year, n);
                case 'Y':
                    UsesWeekYear = true;
                    return new DateToken(DateTokenKind.WeekYear, n, locale.Week.Substring(0, 1), locale.Week.Substring(1));
                case 'M':
                case 'L':
                    if (n <= 2) return new DateToken(DateTokenKind.Month, n);
                    return new DateToken(DateTokenKind.MonthName, n, Use(locale, new string(token.Field, n > 5 ? 5 : n)));
                case 'd':
                    return new DateToken(DateTokenKind.Day, n);
                case 'E':
                    return new DateToken(DateTokenKind.WeekdayName, n, Use(locale, n <= 3 ? "E" : new string('E', n > 6 ? 6 : n)));
                case 'c' when n >= 3:
                    return new DateToken(DateTokenKind.WeekdayName, n, Use(locale, new string('c', n > 6 ? 6 : n)));
                case 'H':
                    return new DateToken(DateTokenKind.Hour, n);
                case 'h':
                    return new DateToken(DateTokenKind.Hour12, n);
                case 'K':
                    return new DateToken(DateTokenKind.Hour11, n);
                case 'k':
                    return new DateToken(DateTokenKind.Hour24, n);
                case 'm':
                    return new DateToken(DateTokenKind.Minute, n);
                case 's':
                    return new DateToken(DateTokenKind.Second, n);
                case 'a':
                    var periods = locale.List("a");
                    return new DateToken(DateTokenKind.DayPeriod, Text: periods[0], Text2: periods.Length > 1 ? periods[1] : periods[0]);
                case 'B' when locale.FlexibleDayPeriods is { } flexible:
                    // ICU writes noon only when the pattern's minutes and seconds (those it shows) are zero.
                    var shown = (pattern.Any(t => !t.IsText && t.Field == 'm') ? 1 : 0) | (pattern.Any(t => !t.IsText && t.Field == 's') ? 2 : 0);
                    return new DateToken(DateTokenKind.FlexibleDayPeriod, shown, Register("__LCDayPeriods_" + locale.Key, flexible.Take(24).ToArray()), flexible[24]);
                default:
                    // Letters the generator does not compute (zones) stay visible rather than dropped.
                    return new DateToken(DateTokenKind.Word, Text: new string(token.Field, n));
            }
        }

        /// <summary>The name of the array holding a CLDR name list (MMMM, LLL, E, cccc…); equal lists share one.</summary>
        private string Use(DateLocale locale, string key)
        {
            var values = locale.List(key);
            // A width CLDR leaves empty for a calendar would index past the array at run time: use the abbreviated one.
            var count = key[0] == 'E' || key[0] == 'c' ? 7 : 12;
            if (values.Length < count) values = locale.List(key[0] == 'L' ? "LLL" : key[0] == 'c' ? "ccc" : key[0] == 'E' ? "E" : "MMM");
            if (values.Length < count) values = Enumerable.Range(1, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var what = key[0] == 'E' || key[0] == 'c' ? "Days" : "Months";
            var width = key.Length == 4 ? "" : key.Length == 5 ? "Narrow" : key.Length == 6 ? "Short" : "Abbr";
            return Register("__LC" + what + width + (key[0] == 'L' || key[0] == 'c' ? "StandAlone" : "") + "_" + locale.Key, values);
        }

        /// <summary>The name of the array holding <paramref name="values"/>: an existing one with the same content, else
        /// <paramref name="name"/>.</summary>
        private string Register(string name, string[] values)
        {
            var content = string.Join("\n", values);
            if (_namesByContent.TryGetValue(content, out var existing)) return existing;
            _names[name] = values;
            _namesByContent[content] = name;
            return name;
        }
    }
}
