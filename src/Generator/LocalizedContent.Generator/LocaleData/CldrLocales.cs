using System;
using System.Collections.Generic;

namespace LocalizedContent.Generator.LocaleData
{
    /// <summary>
    /// The CLDR locales the generator has data for (Generated/CldrLocales.Data.cs, written by eng/CldrImport): a file
    /// culture outside them is written with the data of its nearest truncation that is one (fa-ZZ → fa), else CLDR's
    /// root (xx-YY), and reported as LC1035.
    /// </summary>
    internal static partial class CldrLocales
    {
        private static HashSet<string> Locales => Holder.Locales;

        private static HashSet<string> Defaults => Holder.Defaults;

        // Built on first use, after the generated partial's constants (see NumberingSystems).
        private static class Holder
        {
            public static readonly HashSet<string> Locales = new HashSet<string>(Tags.Split(' '), StringComparer.OrdinalIgnoreCase);
            public static readonly HashSet<string> Defaults = new HashSet<string>(DefaultContent.Split(' '), StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>The CLDR locales and default-content tags of a language that name a region (fa → fa-AF, fa-IR).</summary>
        public static IEnumerable<string> RegionalTags(string language)
        {
            var list = new List<string>();
            foreach (var tag in Locales) if (IsRegional(tag, language)) list.Add(tag);
            foreach (var tag in Defaults) if (IsRegional(tag, language) && !list.Contains(tag)) list.Add(tag);
            list.Sort(StringComparer.Ordinal);
            return list;
        }

        private static bool IsRegional(string tag, string language) =>
            tag.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase) && Naming.CultureTag.Region(tag) is not null;

        /// <summary>True when the culture is a CLDR locale of the data (or its default content: fa-IR); else
        /// <paramref name="used"/> is the locale whose data it gets, or "und" for CLDR's root. Extensions (-u-, -x-)
        /// are not part of the locale.</summary>
        public static bool IsKnown(string culture, out string used)
        {
            var tag = culture;
            foreach (var singleton in new[] { "-u-", "-x-", "-t-" })
            {
                var at = tag.IndexOf(singleton, StringComparison.OrdinalIgnoreCase);
                if (at > 0) tag = tag.Substring(0, at);
            }
            used = tag;
            if (Locales.Contains(tag) || Defaults.Contains(tag)) return true;
            // The nearest locale with data of its own (en-US-POSIX → en: en-US is en's default content).
            for (var current = NumberingSystems.Parent(tag); current.Length > 0; current = NumberingSystems.Parent(current))
            {
                if (Locales.Contains(current))
                {
                    used = current;
                    return false;
                }
            }
            used = "und";
            return false;
        }
    }
}
