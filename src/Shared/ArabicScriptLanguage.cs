namespace LocalizedContent.Text
{
    /// <summary>Which language an Arabic-script text is written in, judged by its letters.</summary>
    internal enum ArabicScriptLanguage
    {
        Unknown = 0,
        Arabic,
        Persian,
    }

    /// <summary>
    /// Tells Arabic from Persian by the letters that only one of them uses. Persian has پ چ ژ گ and writes
    /// yeh and kaf as ی (U+06CC) and ک (U+06A9); Arabic writes ي (U+064A), ى (U+0649), ك (U+0643) and uses ة.
    /// A few letters of the other kind are expected (the Persian seed has an Arabic ي), so the majority decides.
    /// </summary>
    internal static class ArabicScriptLanguages
    {
        public static bool IsPersianOnlyLetter(char c) =>
            c == '\u067E' || c == '\u0686' || c == '\u0698' || c == '\u06AF' || c == '\u06CC' || c == '\u06A9';

        /// <summary>ي ى ك: the Arabic forms that a Persian text should write as ی and ک.</summary>
        public static bool IsArabicFormOfPersianLetter(char c) => c == '\u064A' || c == '\u0649' || c == '\u0643';

        public static bool IsArabicOnlyLetter(char c) => IsArabicFormOfPersianLetter(c) || c == '\u0629';

        public static ArabicScriptLanguage Detect(string text)
        {
            int persian = 0, arabic = 0;
            foreach (var c in text)
            {
                if (c < '\u0600' || c > '\u06FF') continue;
                if (IsPersianOnlyLetter(c)) persian++;
                else if (IsArabicOnlyLetter(c)) arabic++;
            }
            if (persian == 0 && arabic == 0) return ArabicScriptLanguage.Unknown;
            return persian > arabic ? ArabicScriptLanguage.Persian : ArabicScriptLanguage.Arabic;
        }

        /// <summary>ي ى → ی and ك → ک; nothing else changes.</summary>
        public static string ToPersianLetterForms(string text) =>
            text.Replace('\u064A', '\u06CC').Replace('\u0649', '\u06CC').Replace('\u0643', '\u06A9');

        /// <summary>ی → ي and ک → ك; nothing else changes.</summary>
        public static string ToArabicLetterForms(string text) =>
            text.Replace('\u06CC', '\u064A').Replace('\u06A9', '\u0643');
    }
}
