using System;
using System.Collections.Generic;
using System.Linq;
using LocalizedContent.Naming;
using LocalizedContent.Text;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.CodeFixes.MoveToResource
{
    /// <summary>
    /// Which .resx file a literal moves to: the file of the chosen resource set whose culture is the text's language.
    /// </summary>
    internal static class ResourceTarget
    {
        /// <summary>Names the resource set (the generated class name, e.g. <c>Strings</c>) the fix writes to.</summary>
        public const string ResourceSetOption = "localized_content.LC0001.resource_set";

        /// <summary>
        /// The target file, or null when no set or no file of the text's language exists. With the option, only the
        /// named set is considered; without it, a set named Strings first, then the others in namespace order.
        /// </summary>
        public static ResourceFile? Choose(IReadOnlyList<ResourceSet> sets, string text, Func<string> documentText,
            AnalyzerConfigOptions documentOptions, AnalyzerConfigOptions globalOptions)
        {
            if (sets.Count == 0) return null;
            var languages = Languages(text, documentText);
            if (languages.Count == 0) return null;
            var neutral = ResourceSets.Get(globalOptions, "build_property.NeutralLanguage")?.Trim();
            var neutralLanguage = string.IsNullOrEmpty(neutral) || !CultureTag.IsValid(neutral!) ? null : CultureTag.Language(neutral!);

            var wanted = ResourceSets.Get(documentOptions, ResourceSetOption)?.Trim();
            IEnumerable<ResourceSet> candidates;
            if (!string.IsNullOrEmpty(wanted))
            {
                candidates = sets.Where(s => string.Equals(s.ClassName, wanted, StringComparison.Ordinal)
                                          || string.Equals(s.FullName, wanted, StringComparison.Ordinal));
            }
            else
            {
                candidates = sets.OrderBy(s => s.ClassName == "Strings" ? 0 : 1);
            }

            foreach (var set in candidates)
            {
                foreach (var language in languages)
                {
                    // fa before fa-IR: the language's own file serves every region.
                    var file = set.Files
                        .Where(f => f.Culture != null && CultureTag.Language(f.Culture) == language)
                        .OrderBy(f => f.Culture!.Length)
                        .FirstOrDefault();
                    if (file != null) return file;
                    if (neutralLanguage == language)
                    {
                        var neutralFile = set.Files.FirstOrDefault(f => f.Culture == null);
                        if (neutralFile != null) return neutralFile;
                    }
                }
            }
            return null;
        }

        /// <summary>
        /// The languages the text may be in, most likely first. Arabic script: Persian or Arabic by the letters only
        /// one of them uses (ArabicScriptLanguages); text with no such letter (سلام) may be either: the language of the
        /// whole source file comes first, else Arabic. Hebrew letters: he, then yi.
        /// </summary>
        internal static IReadOnlyList<string> Languages(string text, Func<string> documentText)
        {
            var arabicScript = text.Any(c => c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F' || c >= '\uFB50' && c <= '\uFEFF');
            if (arabicScript)
            {
                switch (ArabicScriptLanguages.Detect(text))
                {
                    case ArabicScriptLanguage.Persian: return new[] { "fa" };
                    case ArabicScriptLanguage.Arabic: return new[] { "ar" };
                }
                // Letters both languages share: the rest of the file is the best witness.
                return ArabicScriptLanguages.Detect(documentText()) == ArabicScriptLanguage.Persian ? new[] { "fa", "ar" } : new[] { "ar", "fa" };
            }
            if (text.Any(c => c >= '\u0590' && c <= '\u05FF')) return new[] { "he", "yi" };
            return Array.Empty<string>();
        }
    }
}
