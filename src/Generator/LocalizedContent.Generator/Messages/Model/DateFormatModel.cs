using System.Linq;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.LocaleData;

namespace LocalizedContent.Generator.Messages.Model
{
    /// <summary>
    /// A date argument resolved by the class builder for the file it appears in: the tokens to write for each
    /// calendar the file can meet (the file's default calendar first). It replaces the parser's
    /// <see cref="DateArgumentPart"/> in the class model, so the emitter needs no CLDR data.
    /// </summary>
    internal sealed record DateFormatPart(string Name, EquatableArray<CalendarFormat> Formats) : MessagePart
    {
        /// <summary>True when a token shows a year, month or day: the calendar's parts are computed first.</summary>
        public bool NeedsParts => Formats.Any(f => f.Tokens.Any(t => t.NeedsParts));
    }

    /// <summary>What a date argument writes in one calendar for the profiles (indices into the class's numbering
    /// profiles) whose CLDR data and calendar give these tokens.</summary>
    internal sealed record CalendarFormat(CalendarKind Calendar, EquatableArray<DateToken> Tokens, EquatableArray<int> Profiles);

    internal enum DateTokenKind
    {
        /// <summary>Pattern text (Text).</summary>
        Literal = 0,
        /// <summary>A fixed word (an era, or a field the data does not define, kept visible): Text.</summary>
        Word = 1,
        /// <summary>The year in at least Width digits.</summary>
        Year = 2,
        /// <summary>The year's last two digits.</summary>
        TwoDigitYear = 3,
        /// <summary>The month number in at least Width digits.</summary>
        Month = 4,
        /// <summary>The month's name from the name array called Text.</summary>
        MonthName = 5,
        /// <summary>The day of the month in at least Width digits.</summary>
        Day = 6,
        /// <summary>The weekday's name from the name array called Text.</summary>
        WeekdayName = 7,
        /// <summary>The hour 0-23 in at least Width digits.</summary>
        Hour = 8,
        /// <summary>The hour 1-12 in at least Width digits.</summary>
        Hour12 = 9,
        Minute = 10,
        Second = 11,
        /// <summary>Text before noon, Text2 after.</summary>
        DayPeriod = 12,
        /// <summary>The hour 0-11 (K) in at least Width digits.</summary>
        Hour11 = 13,
        /// <summary>The hour 1-24 (k) in at least Width digits.</summary>
        Hour24 = 14,
        /// <summary>The week-based year (Y) in at least Width digits (its last two for Width 2): weeks start on day
        /// Text (0 Sunday), the first week of a year has at least Text2 days.</summary>
        WeekYear = 15,
        /// <summary>The flexible day period (B): the hour's name from the array called Text; Text2 at noon (12:00, and
        /// 0 minutes when Width has bit 1, 0 seconds when it has bit 2) when not empty.</summary>
        FlexibleDayPeriod = 16,
    }

    internal sealed record DateToken(DateTokenKind Kind, int Width = 0, string Text = "", string Text2 = "")
    {
        public bool NeedsParts => Kind is DateTokenKind.Year or DateTokenKind.TwoDigitYear or DateTokenKind.Month or DateTokenKind.MonthName or DateTokenKind.Day;
    }

    /// <summary>A month, weekday or day period name array the class's date arguments index (Sunday first for weekdays,
    /// hour 0 first for day periods).</summary>
    internal sealed record DateNames(string Name, EquatableArray<string> Values);
}
