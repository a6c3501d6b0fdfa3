using System.Globalization;

namespace LocalizedContent.Text
{
    /// <summary>
    /// Finds letters whose Unicode Bidi class is R or AL (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic,
    /// and the right-to-left scripts of the supplementary planes). .NET exposes no Bidi class API, so the ranges
    /// below are the blocks whose letters are all R or AL in UnicodeData.txt; a code point counts only when it is
    /// also a letter, which leaves out the Arabic-Indic digits (class AN) and the combining marks (NSM).
    /// </summary>
    internal static class RtlLetters
    {
        public static bool IsRtlLetter(int codePoint)
        {
            if (codePoint < 0x0590) return false; // the fast path: ASCII, Latin, Greek, Cyrillic
            return IsInRtlBlock(codePoint) && IsLetter(codePoint);
        }

        /// <summary>True when <paramref name="text"/> holds at least one R or AL letter.</summary>
        public static bool ContainsRtlLetter(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c < 0x0590) continue;
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    if (IsRtlLetter(char.ConvertToUtf32(c, text[i + 1]))) return true;
                    i++;
                    continue;
                }
                if (IsRtlLetter(c)) return true;
            }
            return false;
        }

        private static bool IsInRtlBlock(int cp) =>
            (cp >= 0x0590 && cp <= 0x08FF)      // Hebrew, Arabic, Syriac, Arabic Supplement, Thaana, N'Ko, Samaritan, Mandaic, Syriac Sup., Arabic Ext-A/B
            || (cp >= 0xFB1D && cp <= 0xFDFF)   // Hebrew and Arabic presentation forms A
            || (cp >= 0xFE70 && cp <= 0xFEFF)   // Arabic presentation forms B
            || (cp >= 0x10800 && cp <= 0x10FFF) // Cypriot ... Old Uyghur, Hanifi Rohingya, Arabic Ext-C, Sogdian, Elymaic
            || (cp >= 0x1E800 && cp <= 0x1EFFF); // Mende Kikakui, Adlam, Indic/Ottoman Siyaq, Arabic Mathematical

        private static bool IsLetter(int cp)
        {
            var category = cp <= 0xFFFF
                ? CharUnicodeInfo.GetUnicodeCategory((char)cp)
                : CharUnicodeInfo.GetUnicodeCategory(char.ConvertFromUtf32(cp), 0);
            switch (category)
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                    return true;
                default:
                    return false;
            }
        }
    }
}
