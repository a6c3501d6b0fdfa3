using System;
using System.Collections.Generic;
using System.Globalization;
using LocalizedContent.Naming;

namespace LocalizedContent.Generator.LocaleData
{
    /// <summary>
    /// CLDR's currency symbols per locale and fraction digits per currency (Generated/Currencies.Data.cs, written by
    /// eng/CldrImport from cldr-numbers-full and cldr-core's currencyData), and the text ICU writes around a currency
    /// amount: the locale's standard currency pattern with the symbol, currency spacing and the negative pattern.
    /// </summary>
    internal static partial class Currencies
    {
        /// <summary>How the currency is shown: its symbol (ICU's default, unit-width-short), its ISO code
        /// (unit-width-iso-code) or its narrow symbol (unit-width-narrow).</summary>
        public const int Symbol = 0, IsoCode = 1, Narrow = 2;

        private const char CurrencySign = '\u00A4';

        private static Dictionary<string, string> SymbolTable => Holder.Symbols;

        private static Dictionary<string, int> DigitTable => Holder.Digits;

        // Built on first use, after the generated partial's fields (see NumberingSystems).
        private static class Holder
        {
            public static readonly Dictionary<string, string> Symbols = ByTagAndCode(Rows);
            public static readonly Dictionary<string, int> Digits = BuildDigits();
            public static readonly Dictionary<string, string> Formats = ByTagAndCode(FormatRows);
            public static readonly Dictionary<string, string> Regions = BuildRegions();
        }

        private static Dictionary<string, string> BuildRegions()
        {
            var table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in RegionCurrencies.Split(' ')) table[pair.Substring(0, pair.IndexOf('='))] = pair.Substring(pair.IndexOf('=') + 1);
            return table;
        }

        /// <summary>The code that stands for the culture's own currency (the <c>currency</c> style); no ISO code.</summary>
        public const string OfCulture = "\u00A4\u00A4\u00A4";

        /// <summary>The currency ICU's MessageFormat shows for the <c>currency</c> style in a culture: that of the
        /// region the culture names (ucurr_forLocale infers none: fa-IR IRR, fa XXX, written ¤), or the code itself.</summary>
        public static string Resolve(string tag, string code) =>
            code != OfCulture ? code : CultureTag.Region(tag) is { } region && OfRegion(region) is { } regional ? regional : "XXX";

        /// <summary>The currency of a region (DE: EUR), as ICU picks it; null for a region without one (150).</summary>
        public static string? OfRegion(string region) => Holder.Regions.TryGetValue(region, out var code) ? code : null;

        /// <summary>
        /// The pattern, decimal and group separators ICU writes an amount of the currency with in a culture when CLDR
        /// gives currency-specific ones (DecimalFormatSymbols::setCurrency): the currency's own (ca: ESP ¤ #,##0.00), else
        /// those of the currency of the tag's own region, which ICU applies to every currency (en-DE: EUR's
        /// ¤#,##0.00 with '.' and ',', so IRR 1,235; pt-CV: CVE's '$' decimal); null where neither has any.
        /// </summary>
        public static (string Pattern, string Decimal, string Group)? FormatFor(string tag, string code)
        {
            var format = Find(Holder.Formats, tag, code);
            if (format is null && CultureTag.Region(tag) is { } region && OfRegion(region) is { } regional) format = Find(Holder.Formats, tag, regional);
            if (format is null) return null;
            var parts = format.Split('|');
            return (parts[0], parts[1], parts[2]);
        }

        private static Dictionary<string, string> ByTagAndCode((string Tag, string Code, string Value)[] rows)
        {
            var table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (tag, code, value) in rows) table[tag + "/" + code] = value;
            return table;
        }

        // The value of the nearest truncation of the tag (then und) that lists the currency, or null.
        private static string? Find(Dictionary<string, string> table, string tag, string code)
        {
            for (var current = tag; ; current = NumberingSystems.Parent(current))
            {
                if (table.TryGetValue((current.Length == 0 ? "und" : current) + "/" + code, out var found)) return found;
                if (current.Length == 0) return null;
            }
        }

        private static Dictionary<string, int> BuildDigits()
        {
            var table = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (code, digits) in DigitRows) table[code] = digits;
            return table;
        }

        /// <summary>The fraction digits ICU shows for the currency (IRR 0, KWD 3, most 2).</summary>
        public static int Digits(string code) => DigitTable.TryGetValue(code, out var digits) ? digits : 2;

        /// <summary>The symbol of the currency in a culture (the nearest truncation that has one, else root), as the width says.</summary>
        public static string SymbolFor(string tag, string code, int width)
        {
            if (width == IsoCode) return code;
            var symbols = Find(SymbolTable, tag, code) ?? code + "|" + code;
            var bar = symbols.IndexOf('|');
            return width == Narrow ? symbols.Substring(bar + 1) : symbols.Substring(0, bar);
        }

        /// <summary>What the runtime writes around an amount (6 strings): the text before and after a positive and a
        /// negative amount for a CLDR currency pattern (¤#,##0.00, ‏#,##0.00 ¤;‏-#,##0.00 ¤), and the decimal and group
        /// separators. The symbol takes the place of ¤, with CLDR's currency spacing (a no-break space between a symbol
        /// whose adjacent character is not a symbol or a space and the digits); a pattern without a negative part puts
        /// the minus sign before the positive prefix, as ICU does.</summary>
        public static string[] Affixes(string pattern, string symbol, string minus, string decimalSeparator, string group)
        {
            var semicolon = pattern.IndexOf(';');
            var positive = semicolon < 0 ? pattern : pattern.Substring(0, semicolon);
            var (prefix, suffix) = Split(positive, symbol);
            if (semicolon < 0) return new[] { prefix, suffix, minus + prefix, suffix, decimalSeparator, group };
            var (negativePrefix, negativeSuffix) = Split(pattern.Substring(semicolon + 1).Replace("-", minus), symbol);
            return new[] { prefix, suffix, negativePrefix, negativeSuffix, decimalSeparator, group };
        }

        /// <summary>The listed tags of a language more specific than the language (ar → ar-AE…) that have a symbol
        /// of their own for one of the currencies, or a currency-specific format (which may be their region's, shown
        /// for every currency).</summary>
        public static IEnumerable<string> RegionalTags(string language, IEnumerable<string> codes)
        {
            var wanted = new HashSet<string>(codes, StringComparer.Ordinal);
            var list = new List<string>();
            foreach (var (tag, code, _) in Rows)
            {
                if (wanted.Contains(code) && tag.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase) && !list.Contains(tag)) list.Add(tag);
            }
            foreach (var (tag, _, _) in FormatRows)
            {
                if (tag.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase) && !list.Contains(tag)) list.Add(tag);
            }
            list.Sort(StringComparer.Ordinal);
            return list;
        }

        /// <summary>Primary and secondary grouping of a currency pattern's number (¤#,##,##0.00: 3, 2; 0 for none).</summary>
        public static (int Primary, int Secondary) Grouping(string pattern)
        {
            var semicolon = pattern.IndexOf(';');
            var positive = semicolon < 0 ? pattern : pattern.Substring(0, semicolon);
            var first = positive.IndexOfAny(new[] { '#', '0' });
            var dot = positive.IndexOf('.', first);
            var integer = positive.Substring(first, (dot < 0 ? positive.LastIndexOf('0') + 1 : dot) - first);
            var groups = integer.Split(',');
            if (groups.Length == 1) return (0, 0);
            var primary = groups[groups.Length - 1].Length;
            return (primary, groups.Length > 2 ? groups[groups.Length - 2].Length : primary);
        }

        private static (string Prefix, string Suffix) Split(string part, string symbol)
        {
            var first = part.IndexOfAny(new[] { '#', '0' });
            var last = part.LastIndexOfAny(new[] { '#', '0' });
            var prefix = part.Substring(0, first);
            var suffix = part.Substring(last + 1);
            if (prefix.Length > 0 && prefix[prefix.Length - 1] == CurrencySign && Spaced(symbol, symbol.Length - 1)) prefix += "\u00A0";
            if (suffix.Length > 0 && suffix[0] == CurrencySign && Spaced(symbol, 0)) suffix = "\u00A0" + suffix;
            return (prefix.Replace(CurrencySign.ToString(), symbol), suffix.Replace(CurrencySign.ToString(), symbol));
        }

        /// <summary>CLDR's currencyMatch [[:^S:]&amp;[:^Z:]]: the symbol's character next to the digits is neither a
        /// symbol nor a separator (IRR, ریال: spaced; $, €: not).</summary>
        private static bool Spaced(string symbol, int index)
        {
            if (symbol.Length == 0) return false;
            if (index > 0 && char.IsLowSurrogate(symbol[index]) && char.IsHighSurrogate(symbol[index - 1])) index--;
            switch (CharUnicodeInfo.GetUnicodeCategory(symbol, index))
            {
                case UnicodeCategory.MathSymbol:
                case UnicodeCategory.CurrencySymbol:
                case UnicodeCategory.ModifierSymbol:
                case UnicodeCategory.OtherSymbol:
                case UnicodeCategory.SpaceSeparator:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                    return false;
                default:
                    return true;
            }
        }
    }
}
