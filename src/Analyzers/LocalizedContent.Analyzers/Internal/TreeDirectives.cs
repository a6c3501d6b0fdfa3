using System;
using System.Collections.Generic;

namespace LocalizedContent.Analyzers
{
    /// <summary>
    /// What a Razor tree's text says with directives, read in one pass over its <c>#</c> characters: where each
    /// <c>#line</c> that starts a line is, whether an <c>#if</c> may make one inactive, and whether a
    /// <c>#pragma warning</c> may suppress one of the rules. A search per directive word read each tree's text three
    /// times where this reads it once; <c>#</c> is rare in C# outside directives.
    /// </summary>
    internal sealed class TreeDirectives
    {
        private TreeDirectives(List<int> lines, bool mayBeInactive, bool pragmaMaySuppress)
        {
            Lines = lines;
            MayBeInactive = mayBeInactive;
            PragmaMaySuppress = pragmaMaySuppress;
        }

        /// <summary>Where <c>#line</c> is written at the start of a line (after spaces or tabs), in text order: a
        /// directive unless a token or comment spanning lines holds it.</summary>
        public List<int> Lines { get; }

        /// <summary>An <c>#if</c> is written somewhere: a directive under <c>#if false</c> is inactive, which only the
        /// tree's structure says.</summary>
        public bool MayBeInactive { get; }

        /// <summary>A <c>#pragma warning disable</c> or <c>restore</c> that may name one of the rules: no codes, or a code
        /// that is not the compiler's (Razor writes only those: <c>1591</c>, <c>1998</c>, <c>CS8618</c>).</summary>
        public bool PragmaMaySuppress { get; }

        public static TreeDirectives Read(string text)
        {
            var lines = new List<int>();
            bool mayBeInactive = false, pragmaMaySuppress = false;
            for (var at = text.IndexOf('#'); at >= 0; at = text.IndexOf('#', at + 1))
            {
                if (Follows(text, at + 1, "line"))
                {
                    if (StartsLine(text, at)) lines.Add(at);
                }
                else if (Follows(text, at + 1, "if")) mayBeInactive = true;
                else if (!pragmaMaySuppress && Follows(text, at + 1, PragmaWarning)) pragmaMaySuppress = MaySuppress(text, at + 1 + PragmaWarning.Length);
            }
            return new TreeDirectives(lines, mayBeInactive, pragmaMaySuppress);
        }

        private const string PragmaWarning = "pragma warning";

        private static bool Follows(string text, int at, string word) =>
            at + word.Length <= text.Length && string.CompareOrdinal(text, at, word, 0, word.Length) == 0;

        /// <summary>Whether nothing but spaces and tabs stands before <paramref name="at"/> on its line.</summary>
        private static bool StartsLine(string text, int at)
        {
            for (var i = at - 1; i >= 0; i--)
            {
                if (text[i] == '\n' || text[i] == '\r') return true;
                if (text[i] != ' ' && text[i] != '\t') return false;
            }
            return true;
        }

        /// <summary>The rest of a <c>#pragma warning</c> line from <paramref name="at"/>, without its comment: a first
        /// word disable or restore, then no codes or one that is not the compiler's. Read in place (a Split of each line
        /// was most of this check's time: Razor writes four such lines per tree).</summary>
        private static bool MaySuppress(string text, int at)
        {
            var end = at;
            while (end < text.Length && text[end] != '\n' && text[end] != '\r') end++;
            var comment = text.IndexOf("//", at, end - at, StringComparison.Ordinal);
            if (comment >= 0) end = comment;
            var i = at;
            while (i < end && char.IsWhiteSpace(text[i])) i++;
            while (end > i && char.IsWhiteSpace(text[end - 1])) end--;
            var wordEnd = i;
            // Any white space ends the word, as Roslyn reads it (a no-break space too).
            while (wordEnd < end && !char.IsWhiteSpace(text[wordEnd])) wordEnd++;
            if (!IsWord(text, i, wordEnd, "disable") && !IsWord(text, i, wordEnd, "restore")) return false; // not a directive Roslyn acts on
            if (wordEnd == end) return true; // every warning
            for (var code = wordEnd + 1; code <= end; code++)
            {
                var comma = text.IndexOf(',', code, end - code);
                var codeEnd = comma < 0 ? end : comma;
                if (!IsCompilerCode(text, code, codeEnd)) return true;
                code = codeEnd;
            }
            return false;
        }

        private static bool IsWord(string text, int start, int end, string word) =>
            end - start == word.Length && string.CompareOrdinal(text, start, word, 0, word.Length) == 0;

        /// <summary>1998 or CS1998 (case aside), spaces around it aside.</summary>
        private static bool IsCompilerCode(string text, int start, int end)
        {
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (end - start >= 2 && (text[start] | 0x20) == 'c' && (text[start + 1] | 0x20) == 's') start += 2;
            if (start == end) return false;
            for (var i = start; i < end; i++)
                if (text[i] < '0' || text[i] > '9') return false;
            return true;
        }
    }
}
