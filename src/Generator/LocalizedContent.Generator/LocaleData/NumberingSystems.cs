using System;
using System.Collections.Generic;
using LocalizedContent.Generator.Messages.Model;

namespace LocalizedContent.Generator.LocaleData
{
    /// <summary>How a number is written: the digit zero (digits are contiguous) and the culture's symbols; and the
    /// calendar dates are shown in (chosen by the same run-time switch over culture names).</summary>
    internal sealed record NumberingProfile(char Zero, string Decimal, string Group, string Minus, CalendarKind Calendar = CalendarKind.Gregorian);

    /// <summary>
    /// CLDR's default numbering system and number symbols for the cultures met in Arabic-script and nearby
    /// locales (cldr-numbers-full main/*/numbers.json: defaultNumberingSystem, symbols-numberSystem-*). The
    /// Maghreb Arabic locales (ar-DZ, ar-EH, ar-LY, ar-MA, ar-TN) default to Latin digits; ar elsewhere to
    /// Arabic-Indic ٠-٩; fa and ps to extended Arabic-Indic ۰-۹. Cultures not listed use their language's row, or
    /// Latin digits with '.' and ','.
    /// </summary>
    internal static class NumberingSystems
    {
        private const char Latin = '0';
        private const char Arab = '\u0660';
        private const char ArabExt = '\u06F0';

        private static readonly NumberingProfile ArabArabic = new NumberingProfile(Arab, "\u066B", "\u066C", "\u061C-");
        private static readonly NumberingProfile ArabicLatin = new NumberingProfile(Latin, ".", ",", "\u200E-");
        private static readonly NumberingProfile MaghrebLatin = new NumberingProfile(Latin, ",", ".", "\u200E-");
        private static readonly NumberingProfile PersianExt = new NumberingProfile(ArabExt, "\u066B", "\u066C", "\u200E\u2212");
        private static readonly NumberingProfile PersianLatin = new NumberingProfile(Latin, ".", ",", "\u200E\u2212");
        private static readonly NumberingProfile PashtoExt = new NumberingProfile(ArabExt, "\u066B", "\u066C", "\u200E-\u200E");
        private static readonly NumberingProfile UrduLatin = new NumberingProfile(Latin, ".", ",", "\u200E-");
        private static readonly NumberingProfile Plain = new NumberingProfile(Latin, ".", ",", "-");
        private static readonly NumberingProfile CommaDecimalDot = new NumberingProfile(Latin, ",", ".", "-");
        private static readonly NumberingProfile CommaDecimalSpace = new NumberingProfile(Latin, ",", "\u00A0", "-");
        private static readonly NumberingProfile French = new NumberingProfile(Latin, ",", "\u202F", "-");
        private static readonly NumberingProfile Hebrew = new NumberingProfile(Latin, ".", ",", "\u200E-");

        // tag → (CLDR default, native, latin)
        private static readonly Dictionary<string, (NumberingProfile Default, NumberingProfile Native, NumberingProfile Latin)> Table =
            new Dictionary<string, (NumberingProfile, NumberingProfile, NumberingProfile)>(StringComparer.OrdinalIgnoreCase)
            {
                ["ar"] = (ArabArabic, ArabArabic, ArabicLatin),
                ["ar-DZ"] = (MaghrebLatin, ArabArabic, MaghrebLatin),
                ["ar-EH"] = (ArabicLatin, ArabArabic, ArabicLatin),
                ["ar-LY"] = (MaghrebLatin, ArabArabic, MaghrebLatin),
                ["ar-MA"] = (MaghrebLatin, ArabArabic, MaghrebLatin),
                ["ar-TN"] = (MaghrebLatin, ArabArabic, MaghrebLatin),
                ["fa"] = (PersianExt, PersianExt, PersianLatin),
                ["ps"] = (PashtoExt, PashtoExt, ArabicLatin),
                ["ur"] = (UrduLatin, PashtoExt, UrduLatin),
                ["ur-IN"] = (PashtoExt, PashtoExt, UrduLatin),
                ["ckb"] = (ArabArabic, ArabArabic, ArabicLatin),
                ["sd"] = (ArabArabic, ArabArabic, ArabicLatin),
                ["he"] = (Hebrew, Hebrew, Hebrew),
                ["de"] = (CommaDecimalDot, CommaDecimalDot, CommaDecimalDot),
                ["es"] = (CommaDecimalDot, CommaDecimalDot, CommaDecimalDot),
                ["id"] = (CommaDecimalDot, CommaDecimalDot, CommaDecimalDot),
                ["it"] = (CommaDecimalDot, CommaDecimalDot, CommaDecimalDot),
                ["nl"] = (CommaDecimalDot, CommaDecimalDot, CommaDecimalDot),
                ["tr"] = (CommaDecimalDot, CommaDecimalDot, CommaDecimalDot),
                ["pt"] = (CommaDecimalDot, CommaDecimalDot, CommaDecimalDot),
                ["fr"] = (French, French, French),
                ["ru"] = (CommaDecimalSpace, CommaDecimalSpace, CommaDecimalSpace),
                ["uk"] = (CommaDecimalSpace, CommaDecimalSpace, CommaDecimalSpace),
                ["pl"] = (CommaDecimalSpace, CommaDecimalSpace, CommaDecimalSpace),
            };

        /// <summary>The profile for a culture tag: the most specific row (ar-MA, then ar), else plain Latin.</summary>
        public static NumberingProfile Resolve(string tag, DigitsMode mode)
        {
            for (var current = tag; current.Length > 0; current = Parent(current))
            {
                if (Table.TryGetValue(current, out var row))
                {
                    return mode == DigitsMode.Native ? row.Native : mode == DigitsMode.Latin ? row.Latin : row.Default;
                }
            }
            return Plain;
        }

        /// <summary>The listed tags of a language more specific than the language itself (ar → ar-DZ, ar-EH…).</summary>
        public static IEnumerable<string> RegionalTags(string language)
        {
            var list = new List<string>();
            foreach (var key in Table.Keys) if (key.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase)) list.Add(key);
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
