using System.Linq;
using LocalizedContent.Generator.LocaleData;
using LocalizedContent.Generator.Messages.Model;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>
    /// The number styles and ICU skeleton stems the generator writes (ICU's MessageFormat semantics): the
    /// <c>integer</c>, <c>percent</c> and <c>currency</c> styles, and skeletons of <c>percent</c>, <c>%</c>, <c>scale/100</c> (with a percent),
    /// <c>%x100</c>, <c>currency/XXX</c> (with <c>unit-width-iso-code</c>, <c>unit-width-narrow</c>), <c>precision-integer</c>, fraction precision (<c>.00</c>, <c>.0#</c>, <c>.##</c>)
    /// and <c>compact-short</c> (<c>K</c>) and <c>compact-long</c> (<c>KK</c>), alone or with a precision stem.
    /// </summary>
    internal static class NumberSkeletons
    {
        public const string Supported = "integer, percent, currency, or a skeleton of ::percent, ::%, ::percent scale/100, ::%x100, ::currency/XXX (with unit-width-iso-code or unit-width-narrow), ::precision-integer and fraction precision such as ::.00, ::.0# or ::.##, or ::compact-short or ::compact-long, alone or with precision-integer or a fraction precision";

        // decimal.Round takes at most 28; 20 is far beyond what a message shows and what Intl checks.
        private const int MaxFractionDigits = 20;

        /// <summary>The style of <c>{n, number, format}</c>, or null with the reason it cannot be written.</summary>
        public static NumberStyle? Parse(string format, out string? problem)
        {
            problem = null;
            switch (format)
            {
                // ICU's MessageFormat: createIntegerFormat (no fraction digits) and createPercentInstance (× 100, no fraction digits).
                case "integer": return new NumberStyle(0, 0);
                case "percent": return new NumberStyle(0, 0, Percent: true, Scale: true);
                // createCurrencyInstance: the culture's currency (its region's), with that currency's digits.
                case "currency": return new NumberStyle(-1, -1, Currency: Currencies.OfCulture);
            }
            if (!format.StartsWith("::", System.StringComparison.Ordinal))
            {
                problem = "'" + format + "' is not a supported number style (" + Supported + ")";
                return null;
            }
            // A skeleton without a precision stem shows up to 6 fraction digits (ICU's NumberFormatter default).
            int min = 0, max = 6, width = Currencies.Symbol;
            bool percent = false, scale = false, precision = false;
            string? currency = null;
            var stems = format.Substring(2).Split(new[] { ' ', '\t', '\n', '\r' }, System.StringSplitOptions.RemoveEmptyEntries);
            // Compact notation: ICU's rounding (whole numbers, at least 2 significant digits) and the locale's patterns.
            var compact = stems.Any(s => s is "compact-short" or "K") ? 1 + Compact.Short : stems.Any(s => s is "compact-long" or "KK") ? 1 + Compact.Long : 0;
            if (compact != 0)
            {
                // Alone: ICU's compact rounding (-1); a precision stem replaces it (::K .0#: 1.23K, 1.0K).
                var others = stems.Where(s => s is not ("compact-short" or "K" or "compact-long" or "KK")).ToList();
                if (others.Count == 0) return new NumberStyle(-1, -1, Compact: compact);
                if (others.Count == 1 && (others[0] == "precision-integer" ? (min = max = 0) == 0 : Fraction(others[0], out min, out max))) return new NumberStyle(min, max, Compact: compact);
                problem = "compact notation is supported alone or with one precision stem (::compact-short .0#), not with '" + string.Join(" ", others) + "' (" + Supported + ")";
                return null;
            }
            foreach (var stem in stems)
            {
                switch (stem)
                {
                    case "percent": case "%": percent = true; break;
                    case "%x100": percent = true; scale = true; break;
                    case "scale/100": scale = true; break;
                    case "precision-integer": min = 0; max = 0; precision = true; break;
                    case "unit-width-short": width = Currencies.Symbol; break;
                    case "unit-width-iso-code": width = Currencies.IsoCode; break;
                    case "unit-width-narrow": width = Currencies.Narrow; break;
                    default:
                        if (stem.StartsWith("currency/", System.StringComparison.Ordinal))
                        {
                            currency = stem.Substring("currency/".Length);
                            if (currency.Length != 3 || !currency.All(c => c >= 'A' && c <= 'Z'))
                            {
                                problem = "'" + currency + "' is not an ISO 4217 currency code of three capital letters (::currency/IRR)";
                                return null;
                            }
                            break;
                        }
                        precision = true;
                        if (!Fraction(stem, out min, out max))
                        {
                            problem = "the number skeleton stem '" + stem + "' is not supported (" + Supported + ")";
                            return null;
                        }
                        break;
                }
            }
            if (scale && !percent)
            {
                problem = "scale/100 is supported with percent only (::percent scale/100; " + Supported + ")";
                return null;
            }
            if (currency is not null && percent)
            {
                problem = "a skeleton is a currency or a percent, not both (" + Supported + ")";
                return null;
            }
            // A currency shows its own fraction digits (IRR 0, USD 2, KWD 3) unless the skeleton says otherwise.
            if (currency is not null && !precision) min = max = Currencies.Digits(currency);
            return new NumberStyle(min, max, percent, scale, currency, currency is null ? Currencies.Symbol : width);
        }

        /// <summary>Minimum and maximum fraction digits: .00 (2, 2), .0# (1, 2), .## (0, 2); required zeros, then optional #.</summary>
        private static bool Fraction(string stem, out int min, out int max)
        {
            min = 0;
            max = 0;
            if (stem.Length < 2 || stem[0] != '.') return false;
            var k = 1;
            while (k < stem.Length && stem[k] == '0') k++;
            min = k - 1;
            while (k < stem.Length && stem[k] == '#') k++;
            max = k - 1;
            return k == stem.Length && max <= MaxFractionDigits;
        }
    }
}
