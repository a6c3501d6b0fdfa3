namespace LocalizedContent.Analyzers
{
    /// <summary>
    /// Finds the characters the content rules look at in source text. Nearly all C# is ASCII, so ASCII is skipped four
    /// characters at a time (one 64-bit read and a mask); only a word that holds a non-ASCII character (or the backslash
    /// asked for) is looked at character by character.
    /// </summary>
    internal static class SourceChars
    {
        private const ulong NonAscii = 0xFF80FF80FF80FF80;    // a bit above 0x7F in any of four UTF-16 units
        private const ulong Ones = 0x0001000100010001;
        private const ulong Signs = 0x8000800080008000;
        private const ulong Backslashes = 0x005C005C005C005C;

        /// <summary>The index of the first character at or after <paramref name="start"/> that is not ASCII, or is a
        /// backslash when <paramref name="backslash"/>; the text's length when there is none.</summary>
        public static int Next(string text, int start, bool backslash) => Next(text, start, text.Length, backslash);

        /// <summary>The same within [<paramref name="start"/>, <paramref name="end"/>): <paramref name="end"/> when there is none.</summary>
        public static unsafe int Next(string text, int start, int end, bool backslash)
        {
            fixed (char* chars = text)
            {
                var i = start;
                for (; i + 4 <= end; i += 4)
                {
                    var word = *(ulong*)(chars + i);
                    var x = word ^ Backslashes;
                    // (x - ones) & ~x & signs is non-zero when a unit of x is zero: a backslash in the word.
                    if ((word & NonAscii) == 0 && (!backslash || ((x - Ones) & ~x & Signs) == 0)) continue;
                    for (var j = i; j < i + 4; j++)
                        if (IsWanted(chars[j], backslash)) return j;
                }
                for (; i < end; i++)
                    if (IsWanted(chars[i], backslash)) return i;
            }
            return end;
        }

        private const ulong HighBytes = 0xFF00FF00FF00FF00;
        private const ulong GeneralPunctuation = 0x2000200020002000;

        /// <summary>The index of the first character at or after <paramref name="start"/> in U+2000–U+20FF (General
        /// Punctuation, where the bidi controls are), four at a time; the text's length when there is none. Arabic and
        /// Persian text is all non-ASCII, so a search for non-ASCII characters would stop at each of its letters.</summary>
        public static unsafe int NextGeneralPunctuation(string text, int start)
        {
            var end = text.Length;
            fixed (char* chars = text)
            {
                var i = start;
                for (; i + 4 <= end; i += 4)
                {
                    // A unit of y is zero when its character's high byte is 0x20.
                    var y = (*(ulong*)(chars + i) & HighBytes) ^ GeneralPunctuation;
                    if (((y - Ones) & ~y & Signs) == 0) continue;
                    for (var j = i; j < i + 4; j++)
                        if ((chars[j] & 0xFF00) == 0x2000) return j;
                }
                for (; i < end; i++)
                    if ((chars[i] & 0xFF00) == 0x2000) return i;
            }
            return end;
        }

        private static bool IsWanted(char c, bool backslash) => c >= 0x80 || (backslash && c == '\\');
    }
}
