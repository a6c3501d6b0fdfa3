using System.Collections.Generic;
using System.Linq;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.LocaleData;
using LocalizedContent.Generator.Messages.Model;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>
    /// Resolves a class's date arguments against CLDR data (<see cref="DatePatterns"/>, <see cref="DateLocaleData"/>)
    /// for each file's language and the calendars it can meet, so the model holds the tokens to write and the name
    /// arrays they index. Called by <see cref="MessageClassBuilder"/> for classes that have dates.
    /// </summary>
    internal sealed class DateFormatBuilder
    {
        private readonly SortedDictionary<string, string[]> _names = new SortedDictionary<string, string[]>(System.StringComparer.Ordinal);

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

        private EquatableArray<CalendarFormat> Formats(DateArgumentPart part, ClassFile file)
        {
            var calendars = part.Calendar is { } fixedCalendar ? new[] { fixedCalendar } : file.Calendars.Select(c => (CalendarKind)c).ToArray();
            return calendars.Select(calendar =>
            {
                var locale = DateLocaleData.Get(file.Language, calendar);
                var tokens = DatePatterns.Resolve(part, file.Language, locale).Select(t => Token(t, locale)).ToEquatableArray();
                return new CalendarFormat(calendar, tokens);
            }).ToEquatableArray();
        }

        private DateToken Token(PatternToken token, DateLocale locale)
        {
            switch (token.IsText ? '\0' : token.Field)
            {
                case '\0':
                    return new DateToken(DateTokenKind.Literal, Text: token.Text);
                case 'y':
                    return token.Count == 2 ? new DateToken(DateTokenKind.TwoDigitYear, 2) : new DateToken(DateTokenKind.Year, token.Count);
                case 'M':
                case 'L':
                    if (token.Count <= 2) return new DateToken(DateTokenKind.Month, token.Count);
                    return new DateToken(DateTokenKind.MonthName, token.Count, token.Count >= 4
                        ? Use(locale, "Months", locale.MonthsWide)
                        : Use(locale, "MonthsAbbr", locale.MonthsAbbreviated));
                case 'd':
                    return new DateToken(DateTokenKind.Day, token.Count);
                case 'E':
                case 'c':
                    return new DateToken(DateTokenKind.WeekdayName, token.Count, token.Count >= 4
                        ? Use(locale, "Days", locale.DaysWide)
                        : Use(locale, "DaysAbbr", locale.DaysAbbreviated));
                case 'H':
                    return new DateToken(DateTokenKind.Hour, token.Count);
                case 'h':
                    return new DateToken(DateTokenKind.Hour12, token.Count);
                case 'm':
                    return new DateToken(DateTokenKind.Minute, token.Count);
                case 's':
                    return new DateToken(DateTokenKind.Second, token.Count);
                case 'a':
                    return new DateToken(DateTokenKind.DayPeriod, Text: locale.Am, Text2: locale.Pm);
                case 'G':
                    return new DateToken(DateTokenKind.Word, Text: locale.Era);
                default:
                    // CLDR data only holds the letters above; anything else is kept visible rather than dropped.
                    return new DateToken(DateTokenKind.Word, Text: new string(token.Field, token.Count));
            }
        }

        private string Use(DateLocale locale, string what, string[] values)
        {
            var name = "__LC" + what + "_" + locale.Key.Replace('-', '_');
            _names[name] = values;
            return name;
        }
    }
}
