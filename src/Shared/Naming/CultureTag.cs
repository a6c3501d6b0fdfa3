using System;

namespace LocalizedContent.Naming
{
    /// <summary>
    /// BCP 47 culture tags as they appear in file names (<c>News.fa-IR.txt</c>). Only the syntax is checked:
    /// the generator runs inside the compiler, where the set of cultures CultureInfo knows depends on the machine
    /// (and is empty under invariant globalization), so generated code must not depend on it.
    /// </summary>
    internal static class CultureTag
    {
        /// <summary>
        /// True for language[-script][-region][-variant…]: a 2-3 letter language, an optional 4-letter script,
        /// an optional 2-letter or 3-digit region and 5-8 character variants (RFC 5646, without extensions).
        /// </summary>
        public static bool IsValid(string tag)
        {
            if (tag.Length == 0) return false;
            var parts = tag.Split('-');
            if (!IsAlpha(parts[0]) || parts[0].Length < 2 || parts[0].Length > 3) return false;
            var i = 1;
            if (i < parts.Length && parts[i].Length == 4 && IsAlpha(parts[i])) i++;
            if (i < parts.Length && ((parts[i].Length == 2 && IsAlpha(parts[i])) || (parts[i].Length == 3 && IsDigits(parts[i])))) i++;
            for (; i < parts.Length; i++)
            {
                var p = parts[i];
                var variant = (p.Length >= 5 && p.Length <= 8 && IsAlphaNum(p)) || (p.Length == 4 && char.IsDigit(p[0]) && IsAlphaNum(p));
                if (!variant) return false;
            }
            return true;
        }

        /// <summary>The canonical casing: language lower, script title, region upper (fa-ir → fa-IR).</summary>
        public static string Normalize(string tag)
        {
            var parts = tag.Split('-');
            parts[0] = parts[0].ToLowerInvariant();
            for (var i = 1; i < parts.Length; i++)
            {
                var p = parts[i];
                if (p.Length == 4 && IsAlpha(p)) parts[i] = char.ToUpperInvariant(p[0]) + p.Substring(1).ToLowerInvariant();
                else if (p.Length == 2 || (p.Length == 3 && IsDigits(p))) parts[i] = p.ToUpperInvariant();
                else parts[i] = p.ToLowerInvariant();
            }
            return string.Join("-", parts);
        }

        /// <summary>
        /// True when a valid tag has a variant subtag (ca-ES-valencia, de-DE-1996). .NET may name such a culture in
        /// another casing than the canonical one (CultureInfo("ca-ES-valencia").Name is "ca-ES-VALENCIA"), so
        /// generated code compares these ignoring case.
        /// </summary>
        public static bool HasVariant(string tag)
        {
            var parts = tag.Split('-');
            var i = 1;
            if (i < parts.Length && parts[i].Length == 4 && IsAlpha(parts[i])) i++;
            if (i < parts.Length && (parts[i].Length == 2 || (parts[i].Length == 3 && IsDigits(parts[i])))) i++;
            return i < parts.Length;
        }

        /// <summary>The language subtag (fa-IR → fa).</summary>
        public static string Language(string tag)
        {
            var dash = tag.IndexOf('-');
            return (dash < 0 ? tag : tag.Substring(0, dash)).ToLowerInvariant();
        }

        /// <summary>The region subtag of a tag, upper case (pt-CV → CV, sr-Latn-RS → RS, en-150 → 150), or null.</summary>
        public static string? Region(string tag)
        {
            var parts = tag.Split('-');
            var i = 1;
            if (i < parts.Length && parts[i].Length == 4 && IsAlpha(parts[i])) i++;
            if (i < parts.Length && ((parts[i].Length == 2 && IsAlpha(parts[i])) || (parts[i].Length == 3 && IsDigits(parts[i])))) return parts[i].ToUpperInvariant();
            return null;
        }

        /// <summary>True for cultures written right to left by default (ar, fa, he, ur and the rest).</summary>
        public static bool IsRightToLeft(string tag) => Language(tag) switch
        {
            "ar" or "fa" or "he" or "ur" or "ps" or "sd" or "ug" or "yi" or "dv" or "ckb" or "syr" => true,
            "ku" => tag.IndexOf("Arab", StringComparison.OrdinalIgnoreCase) >= 0,
            _ => false,
        };

        private static bool IsAlpha(string s)
        {
            foreach (var c in s) if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
            return s.Length > 0;
        }

        private static bool IsDigits(string s)
        {
            foreach (var c in s) if (c < '0' || c > '9') return false;
            return s.Length > 0;
        }

        private static bool IsAlphaNum(string s)
        {
            foreach (var c in s) if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
            return s.Length > 0;
        }
    }
}
