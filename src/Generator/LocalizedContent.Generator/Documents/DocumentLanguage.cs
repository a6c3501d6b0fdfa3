using LocalizedContent.Naming;
using LocalizedContent.Text;

namespace LocalizedContent.Generator.Documents
{
    /// <summary>
    /// A document's language and direction, from its culture and its letters — never from its first strong
    /// character: the Arabic seed's title starts with the Latin word "WeChat" and is still right to left.
    /// </summary>
    internal static class DocumentLanguage
    {
        /// <summary>
        /// For a culture file, the culture decides (fa-IR → "fa", right to left). For the neutral file the
        /// letters decide: mostly R/AL letters is right to left, and Arabic-script letters tell Arabic from Persian.
        /// </summary>
        public static (string Language, bool IsRightToLeft) Of(string? culture, string text)
        {
            if (culture is not null) return (CultureTag.Language(culture), CultureTag.IsRightToLeft(culture));

            int rtl = 0, other = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var codePoint = (int)c;
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    codePoint = char.ConvertToUtf32(c, text[++i]);
                }
                else if (!char.IsLetter(c))
                {
                    continue;
                }
                if (RtlLetters.IsRtlLetter(codePoint)) rtl++;
                else if (codePoint <= 0xFFFF || char.IsLetter(char.ConvertFromUtf32(codePoint), 0)) other++;
            }
            var isRightToLeft = rtl > other;
            var language = !isRightToLeft ? "" : ArabicScriptLanguages.Detect(text) switch
            {
                ArabicScriptLanguage.Arabic => "ar",
                ArabicScriptLanguage.Persian => "fa",
                _ => "",
            };
            return (language, isRightToLeft);
        }

        /// <summary>
        /// When the culture is Arabic or Persian and the letters say the other one, the language the letters say
        /// and the offset of the first letter that says so; else null. Other Arabic-script languages (Urdu,
        /// Pashto, Kurdish) share Persian letter forms and are not judged.
        /// </summary>
        public static (string Language, int Offset)? Contradiction(string culture, string text)
        {
            var language = CultureTag.Language(culture);
            if (language != "ar" && language != "fa") return null;
            var detected = ArabicScriptLanguages.Detect(text);
            if (language == "ar" && detected == ArabicScriptLanguage.Persian)
            {
                return ("Persian", IndexOf(text, ArabicScriptLanguages.IsPersianOnlyLetter));
            }
            if (language == "fa" && detected == ArabicScriptLanguage.Arabic)
            {
                return ("Arabic", IndexOf(text, ArabicScriptLanguages.IsArabicOnlyLetter));
            }
            return null;
        }

        private static int IndexOf(string text, System.Func<char, bool> predicate)
        {
            for (var i = 0; i < text.Length; i++) if (predicate(text[i])) return i;
            return 0;
        }
    }
}
