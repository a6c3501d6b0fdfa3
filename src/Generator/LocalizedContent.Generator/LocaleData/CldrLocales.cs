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
        private static HashSet<string> Known => Holder.Known;

        // Built on first use, after the generated partial's constant (see NumberingSystems).
        private static class Holder
        {
            public static readonly HashSet<string> Known = new HashSet<string>(Tags.Split(' '), StringComparer.OrdinalIgnoreCase);
        }

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
            if (Known.Contains(tag)) return true;
            for (var current = NumberingSystems.Parent(tag); current.Length > 0; current = NumberingSystems.Parent(current))
            {
                if (Known.Contains(current))
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
