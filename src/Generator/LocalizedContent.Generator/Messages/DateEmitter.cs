using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LocalizedContent.Generator.Common;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>
    /// Writes the code for date and time arguments: per calendar the file can meet, straight-line appends over the
    /// calendar's year, month and day (computed by System.Globalization's calendar classes), with month and weekday
    /// names from CLDR data emitted as arrays. No format string is parsed or passed to DateTime.ToString at run
    /// time, so the text does not depend on the machine's ICU or on CultureInfo's calendar.
    /// </summary>
    internal static class DateEmitter
    {
        /// <summary>The calendars a date argument can be shown in, the file's default first.</summary>
        private static IReadOnlyList<CalendarKind> CalendarsOf(ClassFile file, DateArgumentPart part) =>
            part.Calendar is { } fixedCalendar ? new[] { fixedCalendar } : file.Calendars.Select(c => (CalendarKind)c).ToArray();

        /// <summary>True when an implementation has a date argument that shows a year, month or day: it declares
        /// the locals the calendar parts go to (a time-only message needs none).</summary>
        public static bool NeedsParts(ClassFile file, EquatableArray<MessagePart> parts) =>
            parts.Any(p => (p is DateArgumentPart d && NeedsParts(file, d))
                || (p is PluralPart pl && pl.Cases.Any(c => NeedsParts(file, c.Body)))
                || (p is SelectPart s && s.Cases.Any(c => NeedsParts(file, c.Body))));

        private static bool NeedsParts(ClassFile file, DateArgumentPart part) =>
            CalendarsOf(file, part).Any(c => Tokens(file, part, c).Any(t => t.Field == 'y' || t.Field == 'M' || t.Field == 'L' || t.Field == 'd'));

        private static IReadOnlyList<PatternToken> Tokens(ClassFile file, DateArgumentPart part, CalendarKind calendar) =>
            DatePatterns.Resolve(part, file.Language, DateLocaleData.Get(file.Language, calendar));

        public static void Write(SourceWriter w, ClassFile file, string value, DateArgumentPart part)
        {
            var calendars = CalendarsOf(file, part);
            var calendarExpression = calendars.Count == 1 ? ((int)calendars[0]).ToString(CultureInfo.InvariantCulture) : "__LCCalendar[__num]";
            if (NeedsParts(file, part)) w.Line("__LCDateParts(" + value + ", " + calendarExpression + ", out __y, out __m, out __d);");
            // One branch when every calendar writes the same code (a time of day reads the same in all of them).
            var code = calendars.Select(c => Code(file, value, part, c)).ToList();
            if (code.All(c => c.SequenceEqual(code[0])))
            {
                foreach (var line in code[0]) w.Line(line);
                return;
            }
            w.Open("switch (__LCCalendar[__num])");
            for (var i = 1; i < calendars.Count; i++)
            {
                w.Open("case " + ((int)calendars[i]).ToString(CultureInfo.InvariantCulture) + ": // " + Calendars.Id(calendars[i]));
                foreach (var line in code[i]) w.Line(line);
                w.Line("break;");
                w.Close();
            }
            w.Open("default: // " + Calendars.Id(calendars[0]));
            foreach (var line in code[0]) w.Line(line);
            w.Line("break;");
            w.Close();
            w.Close();
        }

        private static List<string> Code(ClassFile file, string value, DateArgumentPart part, CalendarKind calendar)
        {
            var lines = new List<string>();
            var sink = new SourceWriter();
            WriteTokens(sink, file, value, part, calendar);
            foreach (var line in sink.ToString().Split('\n')) if (line.Length > 0) lines.Add(line);
            return lines;
        }

        private static void WriteTokens(SourceWriter w, ClassFile file, string value, DateArgumentPart part, CalendarKind calendar)
        {
            var locale = DateLocaleData.Get(file.Language, calendar);
            foreach (var token in DatePatterns.Resolve(part, file.Language, locale))
            {
                var width = token.Count.ToString(CultureInfo.InvariantCulture);
                switch (token.IsText ? '\0' : token.Field)
                {
                    case '\0':
                        w.Line("__b.Append(" + (token.Text.Length == 1 ? MessageEmitter.CharLiteral(token.Text[0]) : CSharpLiteral.String(token.Text)) + ");");
                        break;
                    case 'y':
                        w.Line(token.Count == 2 ? "__LCAppendDigits(ref __b, __y % 100, 2, __LCZero[__num]);" : "__LCAppendDigits(ref __b, __y, " + width + ", __LCZero[__num]);");
                        break;
                    case 'M':
                    case 'L':
                        if (token.Count <= 2) w.Line("__LCAppendDigits(ref __b, __m, " + width + ", __LCZero[__num]);");
                        else w.Line("__b.Append(" + ArrayName(locale, token.Count >= 4 ? "Months" : "MonthsAbbr") + "[__m - 1]);");
                        break;
                    case 'd':
                        w.Line("__LCAppendDigits(ref __b, __d, " + width + ", __LCZero[__num]);");
                        break;
                    case 'E':
                    case 'c':
                        w.Line("__b.Append(" + ArrayName(locale, token.Count >= 4 ? "Days" : "DaysAbbr") + "[(int)" + value + ".DayOfWeek]);");
                        break;
                    case 'H':
                        w.Line("__LCAppendDigits(ref __b, " + value + ".Hour, " + width + ", __LCZero[__num]);");
                        break;
                    case 'h':
                        w.Line("__LCAppendDigits(ref __b, (" + value + ".Hour + 11) % 12 + 1, " + width + ", __LCZero[__num]);");
                        break;
                    case 'm':
                        w.Line("__LCAppendDigits(ref __b, " + value + ".Minute, " + width + ", __LCZero[__num]);");
                        break;
                    case 's':
                        w.Line("__LCAppendDigits(ref __b, " + value + ".Second, " + width + ", __LCZero[__num]);");
                        break;
                    case 'a':
                        w.Line("__b.Append(" + value + ".Hour < 12 ? " + CSharpLiteral.String(locale.Am) + " : " + CSharpLiteral.String(locale.Pm) + ");");
                        break;
                    case 'G':
                        w.Line("__b.Append(" + CSharpLiteral.String(locale.Era) + ");");
                        break;
                    default:
                        // CLDR data only holds the letters above; anything else is kept visible rather than dropped.
                        w.Line("__b.Append(" + CSharpLiteral.String(new string(token.Field, token.Count)) + ");");
                        break;
                }
            }
        }

        private static string ArrayName(DateLocale locale, string what) => "__LC" + what + "_" + locale.Key.Replace('-', '_');

        /// <summary>The name arrays the class's date arguments use, by name.</summary>
        private static SortedDictionary<string, string[]> UsedArrays(MessageClassModel model)
        {
            var used = new SortedDictionary<string, string[]>(System.StringComparer.Ordinal);
            void Walk(ClassFile file, EquatableArray<MessagePart> parts)
            {
                foreach (var part in parts)
                {
                    if (part is PluralPart pl) foreach (var c in pl.Cases) Walk(file, c.Body);
                    if (part is SelectPart s) foreach (var c in s.Cases) Walk(file, c.Body);
                    if (part is not DateArgumentPart date) continue;
                    foreach (var calendar in CalendarsOf(file, date))
                    {
                        var locale = DateLocaleData.Get(file.Language, calendar);
                        foreach (var token in DatePatterns.Resolve(date, file.Language, locale))
                        {
                            if ((token.Field == 'M' || token.Field == 'L') && token.Count >= 3)
                            {
                                used[ArrayName(locale, token.Count >= 4 ? "Months" : "MonthsAbbr")] = token.Count >= 4 ? locale.MonthsWide : locale.MonthsAbbreviated;
                            }
                            if (token.Field == 'E' || token.Field == 'c')
                            {
                                used[ArrayName(locale, token.Count >= 4 ? "Days" : "DaysAbbr")] = token.Count >= 4 ? locale.DaysWide : locale.DaysAbbreviated;
                            }
                        }
                    }
                }
            }
            foreach (var member in model.Members) foreach (var impl in member.Impls) Walk(model.Files[impl.File], impl.Parts);
            return used;
        }

        /// <summary>The calendar of each profile, the calendar instances, the names and the digit helper.</summary>
        public static void WriteData(SourceWriter w, MessageClassModel model)
        {
            w.Line("// The calendar of each numbering profile (0 gregorian, 1 persian, 2 islamic-umalqura, 3 islamic): CLDR's default");
            w.Line("// for the requested culture (fa → persian, ar-SA → islamic-umalqura) unless the Calendar option says otherwise.");
            w.Line("private static readonly int[] __LCCalendar = { " + string.Join(", ", model.Profiles.Select(p => ((int)p.Calendar).ToString(CultureInfo.InvariantCulture))) + " };");
            w.Line();
            w.Line("private static readonly global::System.Globalization.Calendar[] __LCCalendars =");
            w.Line("{");
            w.Line("    new global::System.Globalization.GregorianCalendar(),");
            w.Line("    new global::System.Globalization.PersianCalendar(),");
            w.Line("    new global::System.Globalization.UmAlQuraCalendar(),");
            w.Line("    new global::System.Globalization.HijriCalendar(),");
            w.Line("};");
            w.Line();
            foreach (var pair in UsedArrays(model))
            {
                w.Line("private static readonly string[] " + pair.Key + " = { " + string.Join(", ", pair.Value.Select(CSharpLiteral.String)) + " };");
            }
            w.Line();
            w.Line("// Year, month and day in the calendar; the calendar classes do the arithmetic (leap years, Umm al-Qura tables).");
            w.Open("private static void __LCDateParts(global::System.DateTime value, int calendar, out int year, out int month, out int day)");
            w.Open("if (calendar == 0)");
            w.Line("year = value.Year;");
            w.Line("month = value.Month;");
            w.Line("day = value.Day;");
            w.Line("return;");
            w.Close();
            w.Line("var c = __LCCalendars[calendar];");
            w.Line("year = c.GetYear(value);");
            w.Line("month = c.GetMonth(value);");
            w.Line("day = c.GetDayOfMonth(value);");
            w.Close();
            w.Line();
            w.Line("// A non-negative number without grouping, at least width digits, in the profile's digits (years are not grouped).");
            w.Open("private static void __LCAppendDigits(ref __LCBuilder b, int value, int width, char zero)");
            w.Line("var digits = 1;");
            w.Line("var scale = 1;");
            w.Line("for (var rest = value / 10; rest != 0; rest /= 10) { digits++; scale *= 10; }");
            w.Line("for (var k = digits; k < width; k++) b.Append(zero);");
            w.Line("for (; scale != 0; scale /= 10) b.Append((char)(zero + value / scale % 10));");
            w.Close();
            w.Line();
        }
    }
}
