using System.Collections.Generic;
using LocalizedContent.Text;

namespace LocalizedContent.Analyzers
{
    /// <summary>The content checks shared by the C# literal analyzers, the content-file checks and the code fixes.</summary>
    internal static class TextChecks
    {
        /// <summary>LRE, RLE, PDF, LRO, RLO (U+202A–U+202E) and LRI, RLI, FSI, PDI (U+2066–U+2069).</summary>
        public static bool IsBidiControl(char c) => (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

        /// <summary>LRM (U+200E), RLM (U+200F) and ALM (U+061C).</summary>
        public static bool IsDirectionMark(char c) => c == '\u200E' || c == '\u200F' || c == '\u061C';

        public static string BidiName(char c)
        {
            switch (c)
            {
                case '\u202A': return "LEFT-TO-RIGHT EMBEDDING (U+202A)";
                case '\u202B': return "RIGHT-TO-LEFT EMBEDDING (U+202B)";
                case '\u202C': return "POP DIRECTIONAL FORMATTING (U+202C)";
                case '\u202D': return "LEFT-TO-RIGHT OVERRIDE (U+202D)";
                case '\u202E': return "RIGHT-TO-LEFT OVERRIDE (U+202E)";
                case '\u2066': return "LEFT-TO-RIGHT ISOLATE (U+2066)";
                case '\u2067': return "RIGHT-TO-LEFT ISOLATE (U+2067)";
                case '\u2068': return "FIRST STRONG ISOLATE (U+2068)";
                case '\u2069': return "POP DIRECTIONAL ISOLATE (U+2069)";
                case '\u200E': return "LEFT-TO-RIGHT MARK (U+200E)";
                case '\u200F': return "RIGHT-TO-LEFT MARK (U+200F)";
                case '\u061C': return "ARABIC LETTER MARK (U+061C)";
                default: return "U+" + ((int)c).ToString("X4");
            }
        }

        /// <summary>True when <paramref name="text"/> is ASCII without a backslash (so no escape can stand for
        /// a non-ASCII character either): the fast path of the literal rules, which costs no allocation.</summary>
        public static bool IsAscii(string text) => IsAscii(text, 0, text.Length);

        /// <summary>The same for <paramref name="length"/> characters from <paramref name="start"/>.</summary>
        public static bool IsAscii(string text, int start, int length)
        {
            for (var i = start; i < start + length; i++)
                if (text[i] >= 0x80 || text[i] == '\\') return false;
            return true;
        }

        // ---- LC0002 -------------------------------------------------------------------------------------------

        public static string DigitSystemName(DigitSystem system)
        {
            switch (system)
            {
                case DigitSystem.Latin: return "Latin (0-9)";
                case DigitSystem.ArabicIndic: return "Arabic-Indic (٠-٩)";
                case DigitSystem.Persian: return "Persian (۰-۹)";
                default: return "no";
            }
        }

        /// <summary>"Persian (۰-۹) and Latin (0-9)": the systems used in <paramref name="used"/>.</summary>
        public static string DescribeDigitSystems(DigitSystem used)
        {
            var names = new List<string>(3);
            foreach (var system in AllSystems)
                if ((used & system) != 0) names.Add(DigitSystemName(system));
            return names.Count <= 1 ? string.Concat(names) : string.Join(", ", names.GetRange(0, names.Count - 1)) + " and " + names[names.Count - 1];
        }

        private static readonly DigitSystem[] AllSystems = { DigitSystem.Persian, DigitSystem.ArabicIndic, DigitSystem.Latin };

        /// <summary>
        /// The digit systems a mixed text can be converted to, best first: the system of the text's letters
        /// (Persian letters → Persian digits, Arabic letters → Arabic-Indic digits) when it has Arabic-script letters,
        /// then the systems already used, most used first.
        /// </summary>
        public static List<DigitSystem> DigitTargets(string text)
        {
            int latin = 0, arabicIndic = 0, persian = 0;
            foreach (var c in text)
            {
                switch (DigitSystems.Of(c))
                {
                    case DigitSystem.Latin: latin++; break;
                    case DigitSystem.ArabicIndic: arabicIndic++; break;
                    case DigitSystem.Persian: persian++; break;
                }
            }
            var targets = new List<DigitSystem>(3);
            switch (LanguageByLetters(text))
            {
                case ArabicScriptLanguage.Persian: targets.Add(DigitSystem.Persian); break;
                case ArabicScriptLanguage.Arabic: targets.Add(DigitSystem.ArabicIndic); break;
            }
            // The remaining used systems, most used first; ties keep the order Persian, Arabic-Indic, Latin.
            var counts = new[] { (DigitSystem.Persian, persian), (DigitSystem.ArabicIndic, arabicIndic), (DigitSystem.Latin, latin) };
            for (var round = 0; round < 3; round++)
            {
                var best = -1;
                for (var i = 0; i < counts.Length; i++)
                {
                    if (counts[i].Item2 == 0 || targets.Contains(counts[i].Item1)) continue;
                    if (best < 0 || counts[i].Item2 > counts[best].Item2) best = i;
                }
                if (best < 0) break;
                targets.Add(counts[best].Item1);
            }
            return targets;
        }

        // ---- LC0003 -------------------------------------------------------------------------------------------

        /// <summary>
        /// The language of a text by its letters, stricter than <see cref="ArabicScriptLanguages.Detect"/>. A letter that
        /// only one language writes decides: پ چ ژ گ mean Persian, ة means Arabic (when both kinds appear, or neither,
        /// they do not decide). Otherwise the forms of yeh and kaf vote: ی ک for Persian against ي ى ك for Arabic; a
        /// tie is <see cref="ArabicScriptLanguage.Unknown"/>, and so is a text without any of these letters.
        /// </summary>
        public static ArabicScriptLanguage LanguageByLetters(string text)
        {
            int persianForms = 0, arabicForms = 0, persianOnly = 0, arabicOnly = 0;
            foreach (var c in text)
            {
                switch (ArabicScriptLanguages.LetterOf(c))
                {
                    case LanguageLetters.PersianOnly: persianOnly++; break;
                    case LanguageLetters.ArabicOnly: arabicOnly++; break;
                    case LanguageLetters.PersianForms: persianForms++; break;
                    case LanguageLetters.ArabicForms: arabicForms++; break;
                }
            }
            if (persianOnly > 0 && arabicOnly == 0) return ArabicScriptLanguage.Persian;
            if (arabicOnly > 0 && persianOnly == 0) return ArabicScriptLanguage.Arabic;
            if (persianForms > arabicForms) return ArabicScriptLanguage.Persian;
            if (arabicForms > persianForms) return ArabicScriptLanguage.Arabic;
            return ArabicScriptLanguage.Unknown;
        }

        /// <summary>
        /// Whether a text holding these kinds of letters can have letters of the other language's forms (LC0003): wrong
        /// forms are the other language's yeh or kaf, in a text that something makes this language (a letter only it
        /// writes, or more of its own forms). A text without both is never reported, whatever else it holds.
        /// </summary>
        public static bool MayMismatch(LanguageLetters letters) =>
            ((letters & LanguageLetters.ArabicForms) != 0 && (letters & (LanguageLetters.PersianOnly | LanguageLetters.PersianForms)) != 0)
            || ((letters & LanguageLetters.PersianForms) != 0 && (letters & (LanguageLetters.ArabicOnly | LanguageLetters.ArabicForms)) != 0);

        /// <summary>ي ى ك in Persian text; ی ک in Arabic text.</summary>
        public static bool IsWrongLetterForm(char c, ArabicScriptLanguage language)
        {
            switch (language)
            {
                case ArabicScriptLanguage.Persian: return ArabicScriptLanguages.LetterOf(c) == LanguageLetters.ArabicForms;
                case ArabicScriptLanguage.Arabic: return ArabicScriptLanguages.LetterOf(c) == LanguageLetters.PersianForms;
                default: return false;
            }
        }

        /// <summary>The right form of a wrong one: ي ى → ی, ك → ک in Persian; ی → ي, ک → ك in Arabic.</summary>
        public static char RightLetterForm(char c, ArabicScriptLanguage language)
        {
            if (!IsWrongLetterForm(c, language)) return c;
            return language == ArabicScriptLanguage.Persian ? ArabicScriptLanguages.PersianFormOf(c) : ArabicScriptLanguages.ArabicFormOf(c);
        }

        /// <summary>"ي (U+064A), ك (U+0643)": the distinct wrong letters of <paramref name="text"/>.</summary>
        public static string DescribeWrongLetters(string text, ArabicScriptLanguage language)
        {
            var seen = new List<char>(3);
            foreach (var c in text)
                if (IsWrongLetterForm(c, language) && !seen.Contains(c)) seen.Add(c);
            var parts = new List<string>(seen.Count);
            foreach (var c in seen) parts.Add(c + " (U+" + ((int)c).ToString("X4") + ")");
            return string.Join(", ", parts);
        }

        public static string LanguageName(ArabicScriptLanguage language) => language == ArabicScriptLanguage.Persian ? "Persian" : "Arabic";

        public static string RightFormsHint(ArabicScriptLanguage language) =>
            language == ArabicScriptLanguage.Persian ? "Persian writes ی (U+06CC) and ک (U+06A9)" : "Arabic writes ي (U+064A) and ك (U+0643)";
    }
}
