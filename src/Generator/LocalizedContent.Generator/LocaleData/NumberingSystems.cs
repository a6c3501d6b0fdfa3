using System;
using System.Collections.Generic;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.Messages.Model;

namespace LocalizedContent.Generator.LocaleData
{
    /// <summary>How a number is written: the digit zero (digits are contiguous), the culture's symbols and grouping
    /// (primary and secondary group sizes, 0 for none; grouping starts at MinimumGrouping digits before the first
    /// separator); and the calendar dates are shown in and the CLDR tag whose date data they use (DateTag, null in
    /// classes without dates), chosen by the same run-time switch over culture names; the text around the number in the
    /// percent pattern, percent sign included, and its grouping (the defaults in classes without percents); the standard
    /// currency pattern and CLDR's currencyDecimal and currencyGroup (null: the decimal and group), and in classes with
    /// currencies per currency they show the text around a positive and a negative amount and its decimal and group
    /// separators (<see cref="Currencies.Affixes"/>), and the digits of the culture's currency (the currency style); in classes with compact numbers the
    /// compact patterns, short then long ("" for a length the class does not show: <see cref="LocaleData.Compact"/>).</summary>
    internal sealed record NumberingProfile(char Zero, string Decimal, string Group, string Minus, CalendarKind Calendar = CalendarKind.Gregorian,
        int PrimaryGrouping = 3, int SecondaryGrouping = 3, int MinimumGrouping = 1, string? DateTag = null, string PercentPrefix = "", string PercentSuffix = "%",
        int PercentPrimaryGrouping = 3, int PercentSecondaryGrouping = 3, string CurrencyPattern = NumberingProfile.DefaultCurrencyPattern,
        EquatableArray<string> CurrencyAffixes = default, EquatableArray<string> Compact = default, string? CurrencyDecimal = null, string? CurrencyGroup = null,
        int CultureCurrencyDigits = 2)
    {
        public const string DefaultCurrencyPattern = "\u00A4#,##0.00";
    }

    /// <summary>
    /// CLDR's default, native and Latin numbering systems with their symbols and decimal pattern, per locale
    /// (Generated/NumberingSystems.Data.cs, written by eng/CldrImport from cldr-numbers-full with inheritance
    /// resolved). A tag not listed uses the nearest listed truncation (ar-SA-u-nu-latn → ar-SA, xx-YY → xx), then
    /// CLDR's root: Latin digits with '.' and ','.
    /// </summary>
    internal static partial class NumberingSystems
    {
        private static Dictionary<string, (NumberingProfile Default, NumberingProfile Native, NumberingProfile Latin)> Table => Holder.Table;

        // Built on first use, after every static field of the partial class: C# leaves the order of field
        // initializers across partial declarations (this file and the generated one) unspecified.
        private static class Holder
        {
            public static readonly Dictionary<string, (NumberingProfile Default, NumberingProfile Native, NumberingProfile Latin)> Table = Build();
        }

        private static Dictionary<string, (NumberingProfile, NumberingProfile, NumberingProfile)> Build()
        {
            var table = new Dictionary<string, (NumberingProfile, NumberingProfile, NumberingProfile)>(StringComparer.OrdinalIgnoreCase);
            foreach (var (tag, d, n, l) in Rows) table[tag] = (Profiles[d], Profiles[n], Profiles[l]);
            return table;
        }

        /// <summary>The profile for a culture tag: the most specific row (ar-SA, then ar), else CLDR's root.</summary>
        public static NumberingProfile Resolve(string tag, DigitsMode mode)
        {
            for (var current = tag; current.Length > 0; current = Parent(current))
            {
                if (Table.TryGetValue(current, out var row)) return Pick(row, mode);
            }
            return Pick(Table["und"], mode);
        }

        private static NumberingProfile Pick((NumberingProfile Default, NumberingProfile Native, NumberingProfile Latin) row, DigitsMode mode) =>
            mode == DigitsMode.Native ? row.Native : mode == DigitsMode.Latin ? row.Latin : row.Default;

        /// <summary>The listed tags of a language more specific than the language itself (ar → ar-BH, ar-DJ…), which
        /// differ from their truncation in some numbering system.</summary>
        public static IEnumerable<string> RegionalTags(string language)
        {
            var list = new List<string>();
            foreach (var key in Table.Keys) if (key.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase)) list.Add(key);
            list.Sort(StringComparer.Ordinal);
            return list;
        }

        /// <summary>The truncation parent (ar-SA → ar), or "" for a language.</summary>
        /// <summary>The locale of <see cref="SupplementaryDigitLocales"/> that <paramref name="tag"/> is or takes its
        /// digits from by truncation (ff-Adlm-GN → ff-Adlm), or null.</summary>
        public static string? SupplementaryDigitsOf(string tag)
        {
            for (var current = tag; current.Length > 0; current = Parent(current))
                foreach (var listed in SupplementaryDigitLocales)
                    if (string.Equals(listed, current, StringComparison.OrdinalIgnoreCase)) return listed;
            return null;
        }

        public static string Parent(string tag)
        {
            var dash = tag.LastIndexOf('-');
            return dash < 0 ? "" : tag.Substring(0, dash);
        }
    }
}
