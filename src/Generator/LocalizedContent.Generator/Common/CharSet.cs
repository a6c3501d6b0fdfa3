using System;

namespace LocalizedContent.Generator.Common
{
    /// <summary>
    /// A set of UTF-16 code units, one bit each, made once from a predicate. The escapers ask about every character of
    /// every text of every culture, most of them Arabic or Persian, and asking for each one's Unicode category took a
    /// tenth of a message class's emit; a lookup gives the same answers.
    /// </summary>
    internal sealed class CharSet
    {
        private readonly ulong[] _bits = new ulong[65536 / 64];

        public CharSet(Func<char, bool> contains)
        {
            for (var i = 0; i < 65536; i++)
                if (contains((char)i)) _bits[i >> 6] |= 1UL << i;
        }

        public bool Contains(char c) => (_bits[c >> 6] & (1UL << c)) != 0;
    }
}
