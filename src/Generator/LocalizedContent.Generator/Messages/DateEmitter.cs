using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.LocaleData;
using LocalizedContent.Generator.Messages.Model;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>
    /// Writes the code for date and time arguments as <see cref="DateFormatBuilder"/> resolved them: per calendar
    /// the file can meet, straight-line appends over the calendar's year, month and day (computed by
    /// the runtime class as ICU does), with month and weekday names from CLDR data emitted as arrays; a switch over the numbering profile where
    /// cultures of one file write differently (ar-MA's month names, its 24-hour clock). No format string is parsed or passed
    /// to DateTime.ToString at run time, so the text does not depend on the machine's ICU or on CultureInfo's calendar.
    /// </summary>
    internal static class DateEmitter
    {
        /// <summary>True when an implementation has a date argument that shows a year, month or day: it declares
        /// the locals the calendar parts go to (a time-only message needs none).</summary>
        public static bool NeedsParts(EquatableArray<MessagePart> parts) =>
            parts.Any(p => (p is DateFormatPart d && d.NeedsParts)
                || (p is PluralPart pl && pl.Cases.Any(c => NeedsParts(c.Body)))
                || (p is SelectPart s && s.Cases.Any(c => NeedsParts(c.Body))));

        public static void Write(SourceWriter w, string value, DateFormatPart part)
        {
            var formats = part.Formats;
            var calendarExpression = formats.All(f => f.Calendar == formats[0].Calendar)
                ? ((int)formats[0].Calendar).ToString(CultureInfo.InvariantCulture) : "__LCCalendar[__num]";
            if (part.NeedsParts) w.Line("__LCDateParts(" + value + ", " + calendarExpression + ", out __y, out __m, out __d);");
            // One branch when every profile writes the same code (a time of day often reads the same in all of them).
            var code = formats.Select(f => Code(value, f)).ToList();
            if (code.All(c => c.SequenceEqual(code[0])))
            {
                foreach (var line in code[0]) w.Line(line);
                return;
            }
            w.Open("switch (__num)");
            for (var i = 1; i < formats.Count; i++)
            {
                foreach (var profile in formats[i].Profiles.Skip(1)) w.Line("case " + profile.ToString(CultureInfo.InvariantCulture) + ":");
                w.Open("case " + formats[i].Profiles[0].ToString(CultureInfo.InvariantCulture) + ": // " + Calendars.Id(formats[i].Calendar));
                foreach (var line in code[i]) w.Line(line);
                w.Line("break;");
                w.Close();
            }
            w.Open("default: // " + Calendars.Id(formats[0].Calendar));
            foreach (var line in code[0]) w.Line(line);
            w.Line("break;");
            w.Close();
            w.Close();
        }

        private static List<string> Code(string value, CalendarFormat format) =>
            format.Tokens.Select(token => Line(value, token, format.Calendar)).ToList();

        private static string Line(string value, DateToken token, CalendarKind calendar)
        {
            var width = token.Width.ToString(CultureInfo.InvariantCulture);
            switch (token.Kind)
            {
                case DateTokenKind.Literal:
                    return "__b.Append(" + (token.Text.Length == 1 ? MessageEmitter.CharLiteral(token.Text[0]) : CSharpLiteral.String(token.Text)) + ");";
                case DateTokenKind.Word:
                    return "__b.Append(" + CSharpLiteral.String(token.Text) + ");";
                case DateTokenKind.TwoDigitYear:
                    return "__b.AppendDigits(__y % 100, 2);";
                case DateTokenKind.Year:
                    return "__b.AppendDigits(__y, " + width + ");";
                case DateTokenKind.WeekYear:
                    var weekYear = "__LCWeekYear(" + value + ", " + ((int)calendar).ToString(CultureInfo.InvariantCulture) + ", " + token.Text + ", " + token.Text2 + ")";
                    return token.Width == 2 ? "__b.AppendDigits(" + weekYear + " % 100, 2);" : "__b.AppendDigits(" + weekYear + ", " + width + ");";
                case DateTokenKind.Month:
                    return "__b.AppendDigits(__m, " + width + ");";
                case DateTokenKind.MonthName:
                    return "__b.Append(" + token.Text + "[__m - 1]);";
                case DateTokenKind.Day:
                    return "__b.AppendDigits(__d, " + width + ");";
                case DateTokenKind.WeekdayName:
                    return "__b.Append(" + token.Text + "[(int)" + value + ".DayOfWeek]);";
                case DateTokenKind.Hour:
                    return "__b.AppendDigits(" + value + ".Hour, " + width + ");";
                case DateTokenKind.Hour12:
                    return "__b.AppendDigits((" + value + ".Hour + 11) % 12 + 1, " + width + ");";
                case DateTokenKind.Hour11:
                    return "__b.AppendDigits(" + value + ".Hour % 12, " + width + ");";
                case DateTokenKind.Hour24:
                    return "__b.AppendDigits(" + value + ".Hour == 0 ? 24 : " + value + ".Hour, " + width + ");";
                case DateTokenKind.Minute:
                    return "__b.AppendDigits(" + value + ".Minute, " + width + ");";
                case DateTokenKind.Second:
                    return "__b.AppendDigits(" + value + ".Second, " + width + ");";
                case DateTokenKind.FlexibleDayPeriod:
                    var byHour = token.Text + "[" + value + ".Hour]";
                    if (token.Text2.Length == 0) return "__b.Append(" + byHour + ");";
                    var noon = value + ".Hour == 12" + ((token.Width & 1) != 0 ? " && " + value + ".Minute == 0" : "") + ((token.Width & 2) != 0 ? " && " + value + ".Second == 0" : "");
                    return "__b.Append(" + noon + " ? " + CSharpLiteral.String(token.Text2) + " : " + byHour + ");";
                default: // DayPeriod
                    return "__b.Append(" + value + ".Hour < 12 ? " + CSharpLiteral.String(token.Text) + " : " + CSharpLiteral.String(token.Text2) + ");";
            }
        }

        /// <summary>The calendar of each profile and the name arrays (the calendar arithmetic is in the runtime class).</summary>
        public static void WriteData(SourceWriter w, MessageClassModel model)
        {
            w.Line();
            w.Line("// The calendar of each numbering profile (0 gregorian, 1 persian, 2 islamic-umalqura, 3 islamic-civil, 4 islamic-tbla, 5 buddhist):");
            w.Line("// CLDR's default for the requested culture's region (fa, ps → persian; th → buddhist) unless the Calendar option says otherwise.");
            w.Line("private static readonly int[] __LCCalendar = { " + string.Join(", ", model.Profiles.Select(p => ((int)p.Calendar).ToString(CultureInfo.InvariantCulture))) + " };");
            if (model.DateNames.Count > 0) w.Line();
            foreach (var names in model.DateNames)
            {
                w.Line("private static readonly string[] " + names.Name + " = { " + string.Join(", ", names.Values.Select(CSharpLiteral.String)) + " };");
            }
        }
    }
}
