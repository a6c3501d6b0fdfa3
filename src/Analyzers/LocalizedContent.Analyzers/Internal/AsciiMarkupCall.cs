using System.Collections.Generic;
using System.Text;

namespace LocalizedContent.Analyzers
{
    /// <summary>
    /// A markup call of Razor's (<see cref="RazorFiles.MarkupMethods"/>) read from the tree's text, without the tree, when
    /// it is written as Razor writes plain markup: on one line, <c>(</c>, arguments that are numbers, <c>true</c>,
    /// <c>false</c> or string literals of ASCII whose only escapes are <c>\" \\ \r \n \t \' \0</c>, then <c>)</c>. Such a call
    /// holds nothing the Razor checks report (every value is ASCII); only its HTML chunks matter, to the HTML reader's state
    /// (<see cref="HtmlText"/>: a &lt;script&gt; may open in one chunk and close in another). Looking each call up in the
    /// tree (FindToken) was half of the Razor checks' time on pages without right-to-left text. Anything else (a
    /// concatenation, C#, a line break, a character beyond ASCII, another escape) is not read here: the caller asks the tree.
    /// </summary>
    internal static class AsciiMarkupCall
    {
        /// <summary>Whether the call whose argument list opens at <paramref name="open"/> is such a call; if so, when
        /// <paramref name="chunks"/> is given, its string arguments' values are added to it with their starts (the quote).</summary>
        public static bool TryRead(string text, int open, List<(int Start, string Value)>? chunks)
        {
            if (open >= text.Length || text[open] != '(') return false;
            var count = chunks?.Count ?? 0;
            var i = LineDirectiveText.SkipSpaces(text, open + 1);
            if (i < text.Length && text[i] == ')') return true; // no arguments
            while (true)
            {
                i = LineDirectiveText.SkipSpaces(text, i);
                if (i >= text.Length) return Undo(chunks, count);
                var c = text[i];
                if (c == '"')
                {
                    var end = StringEnd(text, i, out var escaped);
                    if (end < 0) return Undo(chunks, count);
                    chunks?.Add((i, escaped ? Unescape(text, i + 1, end) : text.Substring(i + 1, end - i - 1)));
                    i = end + 1;
                }
                else if (c >= '0' && c <= '9')
                {
                    while (i < text.Length && text[i] >= '0' && text[i] <= '9') i++;
                }
                else if (IsWord(text, i, "true")) i += 4;
                else if (IsWord(text, i, "false")) i += 5;
                else return Undo(chunks, count);
                i = LineDirectiveText.SkipSpaces(text, i);
                if (i >= text.Length) return Undo(chunks, count);
                if (text[i] == ')') return true;
                if (text[i] != ',') return Undo(chunks, count);
                i++;
            }
        }

        /// <summary>The index of the closing quote of the regular string literal whose opening quote is at
        /// <paramref name="start"/>, or -1 when it is not one this reader takes.</summary>
        private static int StringEnd(string text, int start, out bool escaped)
        {
            escaped = false;
            for (var i = start + 1; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '"') return i;
                if (c >= 0x80 || c == '\n' || c == '\r') return -1;
                if (c != '\\') continue;
                if (i + 1 >= text.Length || Escaped(text[i + 1]) == null) return -1;
                escaped = true;
                i++;
            }
            return -1;
        }

        /// <summary>The character an escape of <paramref name="c"/> (the character after the backslash) spells, of those
        /// this reader takes, or null.</summary>
        private static char? Escaped(char c)
        {
            switch (c)
            {
                case '"': return '"';
                case '\\': return '\\';
                case '\'': return '\'';
                case 'r': return '\r';
                case 'n': return '\n';
                case 't': return '\t';
                case '0': return '\0';
                default: return null;
            }
        }

        private static string Unescape(string text, int start, int end)
        {
            var value = new StringBuilder(end - start);
            for (var i = start; i < end; i++)
            {
                if (text[i] == '\\') value.Append(Escaped(text[++i])!.Value);
                else value.Append(text[i]);
            }
            return value.ToString();
        }

        private static bool IsWord(string text, int i, string word) =>
            string.CompareOrdinal(text, i, word, 0, word.Length) == 0
            && (i + word.Length >= text.Length || !(char.IsLetterOrDigit(text[i + word.Length]) || text[i + word.Length] == '_'));

        /// <summary>Not such a call: the chunks added for it are taken back.</summary>
        private static bool Undo(List<(int Start, string Value)>? chunks, int count)
        {
            if (chunks != null) chunks.RemoveRange(count, chunks.Count - count);
            return false;
        }
    }
}
