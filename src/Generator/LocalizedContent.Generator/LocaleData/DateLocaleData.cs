using System.Collections.Generic;

namespace LocalizedContent.Generator.LocaleData
{
    /// <summary>What one language writes for one calendar: names, styles and skeleton patterns (CLDR).</summary>
    internal sealed class DateLocale
    {
        public DateLocale(string key, string[] monthsWide, string[] monthsAbbreviated, string[] daysWide, string[] daysAbbreviated,
            string am, string pm, string era, string[] dateStyles, string[] timeStyles, Dictionary<string, string> available, string glue)
        {
            Key = key;
            MonthsWide = monthsWide;
            MonthsAbbreviated = monthsAbbreviated;
            DaysWide = daysWide;
            DaysAbbreviated = daysAbbreviated;
            Am = am;
            Pm = pm;
            Era = era;
            DateStyles = dateStyles;
            TimeStyles = timeStyles;
            Available = available;
            Glue = glue;
        }

        /// <summary>language_calendar, used to name the generated name arrays (fa_persian).</summary>
        public string Key { get; }
        public string[] MonthsWide { get; }
        public string[] MonthsAbbreviated { get; }
        /// <summary>Sunday first, as System.DayOfWeek.</summary>
        public string[] DaysWide { get; }
        public string[] DaysAbbreviated { get; }
        public string Am { get; }
        public string Pm { get; }
        public string Era { get; }
        /// <summary>full, long, medium, short.</summary>
        public string[] DateStyles { get; }
        /// <summary>medium, short (full and long need a time zone name, which the generator does not write).</summary>
        public string[] TimeStyles { get; }
        /// <summary>CLDR availableFormats: skeleton → pattern.</summary>
        public Dictionary<string, string> Available { get; }
        /// <summary>Joins a date and a time when a skeleton has both and no single pattern fits (dateTimeFormats medium).</summary>
        public string Glue { get; }
    }

    /// <summary>
    /// CLDR date data for the languages the package targets, written out here so the generated text never depends
    /// on the ICU of the machine that runs it. Source: unicode-org/cldr-json, cldr-dates-full main/{en,ar,fa}/
    /// ca-gregorian.json, cldr-cal-persian-full main/fa/ca-persian.json, cldr-cal-islamic-full main/{ar,fa}/
    /// ca-islamic.json (Umm al-Qura and tabular Hijri share the islamic names). The English Persian and Hijri month
    /// names are CLDR root/en's; ar's Persian month names are CLDR ar's ca-persian. Other languages use English data.
    /// Persian names keep their zero-width non-joiners (سه‌شنبه) and Persian ی and ک.
    /// </summary>
    internal static class DateLocaleData
    {
        private static readonly string[] EnDays = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
        private static readonly string[] EnDaysAbbr = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
        private static readonly string[] ArDays = { "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت" };
        private static readonly string[] FaDays = { "یکشنبه", "دوشنبه", "سه\u200Cشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه" };

        private static readonly string[] EnGregorian = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };
        private static readonly string[] EnGregorianAbbr = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
        private static readonly string[] EnPersian = { "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand" };
        private static readonly string[] EnIslamic = { "Muharram", "Safar", "Rabiʻ I", "Rabiʻ II", "Jumada I", "Jumada II", "Rajab", "Shaʻban", "Ramadan", "Shawwal", "Dhuʻl-Qiʻdah", "Dhuʻl-Hijjah" };
        private static readonly string[] EnIslamicAbbr = { "Muh.", "Saf.", "Rab. I", "Rab. II", "Jum. I", "Jum. II", "Raj.", "Sha.", "Ram.", "Shaw.", "Dhuʻl-Q.", "Dhuʻl-H." };
        private static readonly string[] ArGregorian = { "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر" };
        private static readonly string[] ArIslamic = { "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة" };
        private static readonly string[] ArPersian = { "فرفردن", "أذربيهشت", "خرداد", "تار", "مرداد", "شهرفار", "مهر", "آيان", "آذر", "دي", "بهمن", "اسفندار" };
        private static readonly string[] FaPersian = { "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند" };
        private static readonly string[] FaGregorian = { "ژانویهٔ", "فوریهٔ", "مارس", "آوریل", "مهٔ", "ژوئن", "ژوئیهٔ", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر" };
        private static readonly string[] FaGregorianAbbr = { "ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر" };
        private static readonly string[] FaIslamic = { "محرم", "صفر", "ربیع\u200Cالاول", "ربیع\u200Cالثانی", "جمادی\u200Cالاول", "جمادی\u200Cالثانی", "رجب", "شعبان", "رمضان", "شوال", "ذیقعده", "ذیحجه" };

        private const string NarrowNbsp = "\u202F"; // CLDR en puts a narrow no-break space before AM/PM

        private static readonly Dictionary<string, string> EnAvailable = new Dictionary<string, string>
        {
            ["d"] = "d", ["E"] = "ccc", ["Ed"] = "d E", ["y"] = "y", ["yM"] = "M/y", ["yMd"] = "M/d/y", ["yMEd"] = "E, M/d/y",
            ["yMMM"] = "MMM y", ["yMMMd"] = "MMM d, y", ["yMMMEd"] = "E, MMM d, y", ["yMMMM"] = "MMMM y", ["M"] = "L", ["Md"] = "M/d",
            ["MEd"] = "E, M/d", ["MMM"] = "LLL", ["MMMd"] = "MMM d", ["MMMEd"] = "E, MMM d", ["MMMMd"] = "MMMM d",
            ["H"] = "HH", ["h"] = "h" + NarrowNbsp + "a", ["Hm"] = "HH:mm", ["hm"] = "h:mm" + NarrowNbsp + "a", ["Hms"] = "HH:mm:ss",
            ["hms"] = "h:mm:ss" + NarrowNbsp + "a", ["ms"] = "mm:ss", ["EHm"] = "E HH:mm", ["Ehm"] = "E h:mm" + NarrowNbsp + "a",
        };

        private static readonly Dictionary<string, string> ArAvailable = new Dictionary<string, string>
        {
            ["d"] = "d", ["E"] = "ccc", ["Ed"] = "E، d", ["y"] = "y", ["yM"] = "M/y", ["yMd"] = "d/M/y", ["yMEd"] = "E، d/M/y",
            ["yMMM"] = "MMM y", ["yMMMd"] = "d MMM y", ["yMMMEd"] = "E، d MMM y", ["yMMMM"] = "MMMM y", ["M"] = "L", ["Md"] = "d/M",
            ["MEd"] = "E، d/M", ["MMM"] = "LLL", ["MMMd"] = "d MMM", ["MMMEd"] = "E، d MMM", ["MMMMd"] = "d MMMM", ["MMMMEd"] = "E، d MMMM",
            ["H"] = "HH", ["h"] = "h a", ["Hm"] = "HH:mm", ["hm"] = "h:mm a", ["Hms"] = "HH:mm:ss", ["hms"] = "h:mm:ss a", ["ms"] = "mm:ss",
            ["EHm"] = "E HH:mm", ["Ehm"] = "E h:mm a",
        };

        private static readonly Dictionary<string, string> FaAvailable = new Dictionary<string, string>
        {
            ["d"] = "d", ["E"] = "ccc", ["Ed"] = "E d", ["y"] = "y", ["yM"] = "y/M", ["yMd"] = "y/M/d", ["yMEd"] = "E y/M/d",
            ["yMMM"] = "MMM y", ["yMMMd"] = "d MMM y", ["yMMMEd"] = "E d MMM y", ["yMMMM"] = "MMMM y", ["yMMMMEEEEd"] = "EEEE d MMMM y",
            ["M"] = "L", ["Md"] = "M/d", ["MEd"] = "E M/d", ["MMM"] = "LLL", ["MMMd"] = "d LLL", ["MMMEd"] = "E d LLL", ["MMMMd"] = "d LLLL",
            ["MMMMEd"] = "E d LLLL", ["H"] = "H", ["h"] = "h a", ["Hm"] = "H:mm", ["hm"] = "h:mm a", ["Hms"] = "H:mm:ss", ["hms"] = "h:mm:ss a",
            ["ms"] = "m:ss", ["EHm"] = "E H:mm", ["Ehm"] = "E h:mm a",
        };

        private static readonly string[] EnTime = { "h:mm:ss" + NarrowNbsp + "a", "h:mm" + NarrowNbsp + "a" };
        private static readonly string[] ArTime = { "h:mm:ss a", "h:mm a" };
        private static readonly string[] FaTime = { "H:mm:ss", "H:mm" };

        private static readonly Dictionary<string, DateLocale> Table = new Dictionary<string, DateLocale>
        {
            ["en_gregorian"] = new DateLocale("en_gregorian", EnGregorian, EnGregorianAbbr, EnDays, EnDaysAbbr, "AM", "PM", "AD",
                new[] { "EEEE, MMMM d, y", "MMMM d, y", "MMM d, y", "M/d/yy" }, EnTime, EnAvailable, ", "),
            ["en_persian"] = new DateLocale("en_persian", EnPersian, EnPersian, EnDays, EnDaysAbbr, "AM", "PM", "AP",
                new[] { "EEEE, MMMM d, y G", "MMMM d, y G", "MMM d, y G", "M/d/y GGGGG" }, EnTime, EnAvailable, ", "),
            ["en_islamic"] = new DateLocale("en_islamic", EnIslamic, EnIslamicAbbr, EnDays, EnDaysAbbr, "AM", "PM", "AH",
                new[] { "EEEE, MMMM d, y G", "MMMM d, y G", "MMM d, y G", "M/d/y GGGGG" }, EnTime, EnAvailable, ", "),
            ["ar_gregorian"] = new DateLocale("ar_gregorian", ArGregorian, ArGregorian, ArDays, ArDays, "ص", "م", "م",
                new[] { "EEEE، d MMMM y", "d MMMM y", "dd/MM/y", "d/M/y" }, ArTime, ArAvailable, "، "),
            ["ar_persian"] = new DateLocale("ar_persian", ArPersian, ArPersian, ArDays, ArDays, "ص", "م", "ه\u200D.ش",
                new[] { "EEEE، d MMMM y G", "d MMMM y G", "d MMM y G", "d/M/y GGGGG" }, ArTime, ArAvailable, "، "),
            ["ar_islamic"] = new DateLocale("ar_islamic", ArIslamic, ArIslamic, ArDays, ArDays, "ص", "م", "هـ",
                new[] { "EEEE، d MMMM y G", "d MMMM y G", "d MMM y G", "d/M/y GGGGG" }, ArTime, ArAvailable, "، "),
            ["fa_persian"] = new DateLocale("fa_persian", FaPersian, FaPersian, FaDays, FaDays, "ق.ظ.", "ب.ظ.", "ه.ش.",
                new[] { "y MMMM d, EEEE", "d MMMM y", "d MMM y", "y/M/d" }, FaTime, FaAvailable, "، "),
            ["fa_gregorian"] = new DateLocale("fa_gregorian", FaGregorian, FaGregorianAbbr, FaDays, FaDays, "ق.ظ.", "ب.ظ.", "م.",
                new[] { "EEEE d MMMM y", "d MMMM y", "d MMM y", "y/M/d" }, FaTime, FaAvailable, "، "),
            ["fa_islamic"] = new DateLocale("fa_islamic", FaIslamic, FaIslamic, FaDays, FaDays, "ق.ظ.", "ب.ظ.", "ه.ق.",
                new[] { "EEEE d MMMM y G", "d MMMM y G", "d MMM y G", "y/M/d G" }, FaTime, FaAvailable, "، "),
        };

        /// <summary>The data for a language (en, ar, fa; others get en) and calendar (both Hijri kinds share names).</summary>
        public static DateLocale Get(string language, CalendarKind calendar)
        {
            var lang = language == "ar" || language == "fa" ? language : "en";
            var cal = calendar == CalendarKind.Persian ? "persian" : calendar == CalendarKind.Gregorian ? "gregorian" : "islamic";
            return Table[lang + "_" + cal];
        }
    }
}
