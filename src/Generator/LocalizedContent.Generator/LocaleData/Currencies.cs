using System;
using System.Collections.Generic;
using System.Globalization;

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
            public static readonly Dictionary<string, string> Symbols = BuildSymbols();
            public static readonly Dictionary<string, int> Digits = BuildDigits();
        }

        private static Dictionary<string, string> BuildSymbols()
        {
            var table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (tag, code, symbols) in Rows) table[tag + "/" + code] = symbols;
            return table;
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
            var symbols = code + "|" + code;
            for (var current = tag; ; current = NumberingSystems.Parent(current))
            {
                if (SymbolTable.TryGetValue((current.Length == 0 ? "und" : current) + "/" + code, out var found)) { symbols = found; break; }
                if (current.Length == 0) break;
            }
            var bar = symbols.IndexOf('|');
            return width == Narrow ? symbols.Substring(bar + 1) : symbols.Substring(0, bar);
        }

        /// <summary>Text before and after a positive and a negative amount (4 strings) for a CLDR currency pattern
        /// (¤#,##0.00, ‏#,##0.00 ¤;‏-#,##0.00 ¤): the symbol in place of ¤, with CLDR's currency spacing (a no-break space
        /// between a symbol whose adjacent character is not a symbol or a space and the digits); a pattern without a
        /// negative part puts the minus sign before the positive prefix, as ICU does.</summary>
        public static string[] Affixes(string pattern, string symbol, string minus)
        {
            var semicolon = pattern.IndexOf(';');
            var positive = semicolon < 0 ? pattern : pattern.Substring(0, semicolon);
            var (prefix, suffix) = Split(positive, symbol);
            if (semicolon < 0) return new[] { prefix, suffix, minus + prefix, suffix };
            var (negativePrefix, negativeSuffix) = Split(pattern.Substring(semicolon + 1).Replace("-", minus), symbol);
            return new[] { prefix, suffix, negativePrefix, negativeSuffix };
        }

        /// <summary>The listed tags of a language more specific than the language (ar → ar-AE…) that have a symbol
        /// of their own for one of the currencies.</summary>
        public static IEnumerable<string> RegionalTags(string language, IEnumerable<string> codes)
        {
            var wanted = new HashSet<string>(codes, StringComparer.Ordinal);
            var list = new List<string>();
            foreach (var (tag, code, _) in Rows)
            {
                if (wanted.Contains(code) && tag.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase) && !list.Contains(tag)) list.Add(tag);
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
