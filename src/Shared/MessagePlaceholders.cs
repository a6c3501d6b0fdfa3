using System.Collections.Generic;

namespace LocalizedContent.Text
{
    /// <summary>
    /// Which characters of a message value are placeholder syntax rather than text a reader sees: .NET format items
    /// (<c>{0}</c>, <c>{0:N2}</c>, <c>{1,-10}</c>) and ICU arguments (<c>{count}</c>, <c>{n, number, ::percent}</c>,
    /// and in <c>{count, plural, offset:1 =1 {…} other {…}}</c> everything but the text of the cases, which is read).
    /// <c>{{</c> and <c>}}</c> outside placeholders are escaped braces, text. A placeholder that never closes stays
    /// text (the generator reports the message). A lexical reading for text checks, not the generator's parser: it
    /// accepts both dialects and never fails.
    /// </summary>
    internal static class MessagePlaceholders
    {
        private const int MaxDepth = 32; // deeper nesting is not a real message; it would only overflow the stack

        /// <summary>True at each index of <paramref name="message"/> that belongs to a placeholder's syntax.</summary>
        public static bool[] SyntaxMask(string message)
        {
            var syntax = new List<(int Start, int End)>();
            new Scanner(message, syntax).Text(0, 0);
            var mask = new bool[message.Length];
            foreach (var (start, end) in syntax)
                for (var i = start; i < end; i++) mask[i] = true;
            return mask;
        }

        private sealed class Scanner
        {
            private readonly string _text;
            private readonly List<(int Start, int End)> _syntax;

            public Scanner(string text, List<(int Start, int End)> syntax)
            {
                _text = text;
                _syntax = syntax;
            }

            /// <summary>Message text from <paramref name="position"/> to the end (depth 0) or to the '}' that closes a
            /// case (returned, not consumed); the text's length when there is none.</summary>
            public int Text(int position, int depth)
            {
                var i = position;
                while (i < _text.Length)
                {
                    var c = _text[i];
                    if (depth == 0 && (c == '{' || c == '}') && i + 1 < _text.Length && _text[i + 1] == c) i += 2;
                    else if (c == '}' && depth > 0) return i;
                    else if (c == '{' && depth < MaxDepth && Placeholder(i, depth) is var end && end > 0) i = end;
                    else i++;
                }
                return i;
            }

            /// <summary>The placeholder opening at <paramref name="open"/>: the index after its '}', or -1 when it
            /// does not close (nothing is marked then).</summary>
            private int Placeholder(int open, int depth)
            {
                var mark = _syntax.Count;
                var i = SkipTo(open + 1, ",:{}");
                if (i < _text.Length && _text[i] == ',')
                {
                    var typeStart = SkipSpaces(i + 1);
                    var typeEnd = typeStart;
                    while (typeEnd < _text.Length && char.IsLetter(_text[typeEnd])) typeEnd++;
                    switch (_text.Substring(typeStart, typeEnd - typeStart))
                    {
                        case "plural":
                        case "selectordinal":
                        case "select":
                            return Cases(open, typeEnd, depth, mark);
                    }
                    i = SkipTo(i + 1, "{}"); // .NET alignment and format, or an ICU style
                }
                else if (i < _text.Length && _text[i] == ':') i = SkipTo(i + 1, "{}");
                if (i >= _text.Length || _text[i] != '}') return -1;
                _syntax.Add((open, i + 1));
                return i + 1;
            }

            /// <summary>The selectors of a plural or select (<c>=1</c>, <c>one</c>, <c>offset:1</c>) are syntax; the
            /// text of each case is read as a message.</summary>
            private int Cases(int open, int position, int depth, int mark)
            {
                var segment = open;
                for (var i = position; i < _text.Length; i++)
                {
                    if (_text[i] == '}')
                    {
                        _syntax.Add((segment, i + 1));
                        return i + 1;
                    }
                    if (_text[i] != '{') continue;
                    _syntax.Add((segment, i + 1));
                    i = Text(i + 1, depth + 1);
                    if (i >= _text.Length) break;
                    segment = i;
                }
                _syntax.RemoveRange(mark, _syntax.Count - mark);
                return -1;
            }

            private int SkipTo(int position, string stops)
            {
                while (position < _text.Length && stops.IndexOf(_text[position]) < 0) position++;
                return position;
            }

            private int SkipSpaces(int position)
            {
                while (position < _text.Length && char.IsWhiteSpace(_text[position])) position++;
                return position;
            }
        }
    }
}
