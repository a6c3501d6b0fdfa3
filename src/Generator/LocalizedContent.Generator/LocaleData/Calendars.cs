using System;
using System.Collections.Generic;

namespace LocalizedContent.Generator.LocaleData
{
    /// <summary>The calendars date arguments are shown in. The value is the index the generated code switches on.</summary>
    internal enum CalendarKind
    {
        Gregorian = 0,
        /// <summary>Solar Hijri (System.Globalization.PersianCalendar).</summary>
        Persian = 1,
        /// <summary>Umm al-Qura (System.Globalization.UmAlQuraCalendar), Saudi Arabia's civil calendar.</summary>
        IslamicUmalqura = 2,
        /// <summary>Tabular Hijri (System.Globalization.HijriCalendar).</summary>
        Islamic = 3,
    }

    /// <summary>
    /// CLDR calendar ids and each culture's default calendar (supplementalData calendarPreferenceData: IR and AF →
    /// persian, SA → islamic-umalqura, elsewhere gregorian first). Persian is the language of IR and AF here, so fa
    /// and its regions get persian; ar-SA gets Umm al-Qura; every other Arabic region the Gregorian calendar.
    /// </summary>
    internal static class Calendars
    {
        public const string Expected = "gregorian, persian, islamic-umalqura or islamic";

        private static readonly Dictionary<string, CalendarKind> Defaults = new Dictionary<string, CalendarKind>(StringComparer.OrdinalIgnoreCase)
        {
            ["fa"] = CalendarKind.Persian,
            ["ar-SA"] = CalendarKind.IslamicUmalqura,
        };

        /// <summary>The calendar for a CLDR id (case-insensitive), or null when unknown.</summary>
        public static CalendarKind? Parse(string? id)
        {
            switch (id?.Trim().ToLowerInvariant())
            {
                case "gregorian": case "gregory": return CalendarKind.Gregorian;
                case "persian": return CalendarKind.Persian;
                case "islamic-umalqura": case "umalqura": return CalendarKind.IslamicUmalqura;
                case "islamic": return CalendarKind.Islamic;
                default: return null;
            }
        }

        public static string Id(CalendarKind kind) => kind switch
        {
            CalendarKind.Persian => "persian",
            CalendarKind.IslamicUmalqura => "islamic-umalqura",
            CalendarKind.Islamic => "islamic",
            _ => "gregorian",
        };

        /// <summary>The CLDR default calendar of a culture tag: the most specific row (ar-SA, then ar), else Gregorian.</summary>
        public static CalendarKind DefaultFor(string tag)
        {
            for (var current = tag; current.Length > 0; current = Parent(current))
            {
                if (Defaults.TryGetValue(current, out var kind)) return kind;
            }
            return CalendarKind.Gregorian;
        }

        /// <summary>The tags of a language whose calendar differs from the language's own (ar → ar-SA).</summary>
        public static IEnumerable<string> RegionalTags(string language)
        {
            var list = new List<string>();
            foreach (var key in Defaults.Keys) if (key.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase)) list.Add(key);
            list.Sort(StringComparer.Ordinal);
            return list;
        }

        private static string Parent(string tag)
        {
            var dash = tag.LastIndexOf('-');
            return dash < 0 ? "" : tag.Substring(0, dash);
        }
    }
}
