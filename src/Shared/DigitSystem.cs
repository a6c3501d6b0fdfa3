namespace LocalizedContent.Text
{
    /// <summary>The three decimal digit systems met in Arabic and Persian text.</summary>
    internal enum DigitSystem
    {
        None = 0,
        /// <summary>0-9 (U+0030..U+0039).</summary>
        Latin = 1,
        /// <summary>٠-٩ (U+0660..U+0669), the Arabic default.</summary>
        ArabicIndic = 2,
        /// <summary>۰-۹ (U+06F0..U+06F9), the Persian (extended Arabic-Indic) digits.</summary>
        Persian = 4,
    }

    internal static class DigitSystems
    {
        public static DigitSystem Of(char c)
        {
            if (c >= '0' && c <= '9') return DigitSystem.Latin;
            if (c >= '\u0660' && c <= '\u0669') return DigitSystem.ArabicIndic;
            if (c >= '\u06F0' && c <= '\u06F9') return DigitSystem.Persian;
            return DigitSystem.None;
        }

        /// <summary>The value 0..9 of a digit of any of the three systems, or -1.</summary>
        public static int ValueOf(char c)
        {
            switch (Of(c))
            {
                case DigitSystem.Latin: return c - '0';
                case DigitSystem.ArabicIndic: return c - '\u0660';
                case DigitSystem.Persian: return c - '\u06F0';
                default: return -1;
            }
        }

        /// <summary>The character for <paramref name="value"/> (0..9) in <paramref name="system"/>.</summary>
        public static char Digit(DigitSystem system, int value)
        {
            switch (system)
            {
                case DigitSystem.ArabicIndic: return (char)('\u0660' + value);
                case DigitSystem.Persian: return (char)('\u06F0' + value);
                default: return (char)('0' + value);
            }
        }

        /// <summary>The set (flags) of digit systems used in <paramref name="text"/>.</summary>
        public static DigitSystem UsedIn(string text)
        {
            var used = DigitSystem.None;
            foreach (var c in text) used |= Of(c);
            return used;
        }

        /// <summary>True when more than one flag is set.</summary>
        public static bool IsMixed(DigitSystem used) => used != DigitSystem.None && (used & (used - 1)) != 0;

        /// <summary>Rewrites every digit of <paramref name="text"/> into <paramref name="target"/>; nothing else changes.</summary>
        public static string ConvertAll(string text, DigitSystem target)
        {
            var chars = text.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                var value = ValueOf(chars[i]);
                if (value >= 0) chars[i] = Digit(target, value);
            }
            return new string(chars);
        }
    }
}
