using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace LocalizedContent.Generator.LocaleData
{
    /// <summary>What one locale writes for one calendar (CLDR, through <see cref="DateData"/>): names, eras, AM/PM,
    /// styles, dateTimeFormats, availableFormats and the preferred hour of its region.</summary>
    internal sealed class DateLocale
    {
        private readonly string _prefix;

        public DateLocale(string tag, CalendarKind calendar)
        {
            Tag = tag;
            Calendar = calendar;
            _prefix = Calendars.DataId(calendar) + ".";
            Available = DateData.WithPrefix(tag, _prefix + "af:");
            if (calendar == CalendarKind.Buddhist)
            {
                foreach (var skeleton in new List<string>(Available.Keys))
                {
                    if (Available[skeleton] == SameAsGregorian) Available[skeleton] = DateData.Field(tag, "gregorian.af:" + skeleton) ?? "";
                }
            }
            var hour = DateData.Field(tag, "hc") ?? "H";
            PreferredHour = hour.Length > 0 ? hour[0] : 'H';
            var week = DateData.Field(tag, "wk") ?? "";
            Week = week.Length == 2 && char.IsDigit(week[0]) && char.IsDigit(week[1]) ? week : "11";
        }

        /// <summary>The flexible day period (B) of each hour 0–23, then noon's name ("" when the rules have no noon),
        /// or null when no pattern of the locale uses B.</summary>
        public string[]? FlexibleDayPeriods => DateData.Field(Tag, "B") is { } b && b.Split('|') is { Length: 25 } periods ? periods : null;

        /// <summary>The region's weekData as two digits: the first day of the week (0 Sunday) and the minimal days of a
        /// year's first week (the week-based year Y).</summary>
        public string Week { get; }

        /// <summary>The listed CLDR tag the data is from (ar-MA, ar, und).</summary>
        public string Tag { get; }

        public CalendarKind Calendar { get; }

        /// <summary>Names the generated name arrays: tag and calendar data (ar_MA_gregorian).</summary>
        public string Key => Tag.Replace('-', '_') + "_" + Calendars.DataId(Calendar);

        /// <summary>CLDR availableFormats: skeleton → pattern.</summary>
        public Dictionary<string, string> Available { get; }

        /// <summary>The region's preferred hour letter (timeData): h, H, K or k; what the skeleton letter j becomes.</summary>
        public char PreferredHour { get; }

        /// <summary>A field of the calendar (MMMM, E, a, G, date…), "" when CLDR has none.</summary>
        public string Text(string key)
        {
            var value = DateData.Field(Tag, _prefix + key) ?? "";
            return value == SameAsGregorian ? DateData.Field(Tag, "gregorian." + key) ?? "" : value;
        }

        /// <summary>What eng/CldrImport writes for a buddhist field equal to the locale's gregorian one.</summary>
        private const string SameAsGregorian = "~";

        /// <summary>A '|'-separated field as its parts (month names, weekdays Sunday first, AM|PM, the four styles).</summary>
        public string[] List(string key) => Text(key).Split('|');

        /// <summary>
        /// The atTime dateTimeFormat (0–3) ICU 78 joins a date and a time with: the calendar's own where CLDR has one
        /// (shn buddhist), else the locale's gregorian one, as ICU's calendar data falls back (fa persian: "{1} ساعت {0}";
        /// eng/CldrImport leaves out cldr-json's copies of a calendar's plain dateTimeFormats, "{1}، ساعت {0}").
        /// </summary>
        public string AtTime(int index)
        {
            var own = Text("atTime");
            var styles = (own.Length > 0 ? own : DateData.Field(Tag, "gregorian.atTime") ?? "").Split('|');
            return index < styles.Length ? styles[index] : "";
        }

        /// <summary>One of full, long, medium, short (0–3) of date, time, dateTime or atTime.</summary>
        public string Style(string key, int index)
        {
            var styles = List(key);
            return index < styles.Length ? styles[index] : "";
        }
    }

    /// <summary>The <see cref="DateLocale"/> of a culture tag and calendar, built once per listed tag.</summary>
    internal static class DateLocaleData
    {
        private static readonly ConcurrentDictionary<string, DateLocale> Cache = new ConcurrentDictionary<string, DateLocale>(StringComparer.Ordinal);

        public static DateLocale Get(string tag, CalendarKind calendar)
        {
            var listed = DateData.ListedTag(tag);
            return Cache.GetOrAdd(listed + "|" + (int)calendar, _ => new DateLocale(listed, calendar));
        }
    }
}
