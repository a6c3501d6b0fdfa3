namespace LocalizedContent.Generator.LocaleData
{
    /// <summary>The calendars date arguments are shown in, under ICU's names. The value is the index the generated
    /// code switches on.</summary>
    internal enum CalendarKind
    {
        Gregorian = 0,
        /// <summary>Solar Hijri, ICU's arithmetic (33-year cycle).</summary>
        Persian = 1,
        /// <summary>Umm al-Qura: ICU's table for 1300–1600 AH, islamic-civil outside it.</summary>
        IslamicUmalqura = 2,
        /// <summary>Tabular Hijri, Friday epoch (16 July 622 Julian).</summary>
        IslamicCivil = 3,
        /// <summary>Tabular Hijri, Thursday (astronomical) epoch, a day before islamic-civil.</summary>
        IslamicTbla = 4,
        /// <summary>Thai solar (Buddhist era): the Gregorian months and days, the year plus 543.</summary>
        Buddhist = 5,
    }

    /// <summary>
    /// CLDR calendar ids and each culture's default calendar: the first entry of calendarPreferenceData for the
    /// culture's region (likely subtags when it has none) that the generated code computes, from DateData's cal
    /// field (ar-SA → gregorian, fa and ps → persian, th → buddhist).
    /// </summary>
    internal static class Calendars
    {
        public const string Expected = "gregorian, persian, islamic-umalqura, islamic-civil, islamic-tbla or buddhist";

        /// <summary>Why a calendar id ICU knows is refused (islamic is computed astronomically by ICU), else null.</summary>
        public static string? Unsupported(string? id) => id?.Trim().ToLowerInvariant() switch
        {
            "islamic" => "ICU computes 'islamic' astronomically (moon sightings), which the generator does not; use islamic-umalqura, islamic-civil or islamic-tbla",
            "islamic-rgsa" => "ICU computes 'islamic-rgsa' astronomically, which the generator does not; use islamic-umalqura",
            _ => null,
        };

        /// <summary>The calendar for a CLDR id (case-insensitive), or null when unknown or not computed here.</summary>
        public static CalendarKind? Parse(string? id)
        {
            switch (id?.Trim().ToLowerInvariant())
            {
                case "gregorian": case "gregory": return CalendarKind.Gregorian;
                case "persian": return CalendarKind.Persian;
                case "islamic-umalqura": case "umalqura": return CalendarKind.IslamicUmalqura;
                case "islamic-civil": case "islamicc": return CalendarKind.IslamicCivil;
                case "islamic-tbla": return CalendarKind.IslamicTbla;
                case "buddhist": return CalendarKind.Buddhist;
                default: return null;
            }
        }

        public static string Id(CalendarKind kind) => kind switch
        {
            CalendarKind.Persian => "persian",
            CalendarKind.IslamicUmalqura => "islamic-umalqura",
            CalendarKind.IslamicCivil => "islamic-civil",
            CalendarKind.IslamicTbla => "islamic-tbla",
            CalendarKind.Buddhist => "buddhist",
            _ => "gregorian",
        };

        /// <summary>The prefix of the calendar's fields in DateData: the islamic variants share CLDR's islamic data.</summary>
        public static string DataId(CalendarKind kind) => kind switch
        {
            CalendarKind.Gregorian => "gregorian",
            CalendarKind.Persian => "persian",
            CalendarKind.Buddhist => "buddhist",
            _ => "islamic",
        };

        /// <summary>The CLDR default calendar of a culture tag (by its region's calendar preference).</summary>
        public static CalendarKind DefaultFor(string tag) => Parse(DateData.Field(tag, "cal")) ?? CalendarKind.Gregorian;
    }
}
