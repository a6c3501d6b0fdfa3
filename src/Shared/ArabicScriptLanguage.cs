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
        /// <summary>Which kind of letter that tells Arabic from Persian <paramref name="c"/> is, if any: the one list of
        /// them (language detection here, LC0003 and its fix in the analyzers).</summary>
        public static LanguageLetters LetterOf(char c)
        {
            if (c < '\u0600' || c > '\u06FF') return LanguageLetters.None;
            switch (c)
            {
                case '\u067E': case '\u0686': case '\u0698': case '\u06AF': return LanguageLetters.PersianOnly; // پ چ ژ گ
                case '\u0629': return LanguageLetters.ArabicOnly;                                              // ة
                case '\u06CC': case '\u06A9': return LanguageLetters.PersianForms;                            // ی ک
                case '\u064A': case '\u0649': case '\u0643': return LanguageLetters.ArabicForms;             // ي ى ك
                default: return LanguageLetters.None;
            }
        }

        /// <summary>پ چ ژ گ ی ک: letters Persian writes and Arabic does not.</summary>
        public static bool IsPersianOnlyLetter(char c) => (LetterOf(c) & (LanguageLetters.PersianOnly | LanguageLetters.PersianForms)) != 0;

        /// <summary>ي ى ك ة: letters Arabic writes and Persian does not.</summary>
        public static bool IsArabicOnlyLetter(char c) => (LetterOf(c) & (LanguageLetters.ArabicOnly | LanguageLetters.ArabicForms)) != 0;

        public static ArabicScriptLanguage Detect(string text)
        {
            int persian = 0, arabic = 0;
            foreach (var c in text)
            {
                if (IsPersianOnlyLetter(c)) persian++;
                else if (IsArabicOnlyLetter(c)) arabic++;
            }
            if (persian == 0 && arabic == 0) return ArabicScriptLanguage.Unknown;
            return persian > arabic ? ArabicScriptLanguage.Persian : ArabicScriptLanguage.Arabic;
        }

        /// <summary>ي ى → ی and ك → ک; any other character as it is.</summary>
        public static char PersianFormOf(char c) => c == '\u064A' || c == '\u0649' ? '\u06CC' : c == '\u0643' ? '\u06A9' : c;

        /// <summary>ی → ي and ک → ك; any other character as it is.</summary>
        public static char ArabicFormOf(char c) => c == '\u06CC' ? '\u064A' : c == '\u06A9' ? '\u0643' : c;
    }

    /// <summary>The letters that tell Arabic from Persian (<see cref="ArabicScriptLanguages.LetterOf"/>), one flag per kind.</summary>
    [System.Flags]
    internal enum LanguageLetters
    {
        None = 0,
        /// <summary>پ چ ژ گ: only Persian writes them.</summary>
        PersianOnly = 1,
        /// <summary>ة: only Arabic writes it.</summary>
        ArabicOnly = 2,
        /// <summary>ی ک: Persian's yeh and kaf.</summary>
        PersianForms = 4,
        /// <summary>ي ى ك: Arabic's yeh, alef maksura and kaf.</summary>
        ArabicForms = 8,
    }
}
