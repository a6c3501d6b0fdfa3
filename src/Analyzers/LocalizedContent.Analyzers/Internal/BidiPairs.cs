using System.Collections.Generic;

namespace LocalizedContent.Analyzers
{
    /// <summary>
    /// How the bidi controls of one text (a .resx value, a .txt line) pair up, as UAX #9 (X1–X8) matches them: a PDF
    /// closes the innermost embedding or override unless an isolate opened after it is still open; a PDI closes the
    /// innermost open isolate and ends every embedding opened inside it (which is then unterminated). A control in
    /// no pair is unpaired (a PDF or PDI with nothing to close) or unterminated (still open at the end of the text).
    /// </summary>
    internal static class BidiPairs
    {
        public const char Lre = '\u202A', Rle = '\u202B', Pdf = '\u202C', Lro = '\u202D', Rlo = '\u202E';
        public const char Lri = '\u2066', Rli = '\u2067', Fsi = '\u2068', Pdi = '\u2069';

        public static bool IsOverride(char c) => c == Lro || c == Rlo;

        public static bool IsEmbedding(char c) => c == Lre || c == Rle;

        private static bool IsIsolateInitiator(char c) => c == Lri || c == Rli || c == Fsi;

        /// <summary>The isolate with the embedding's direction: LRE → LRI, RLE → RLI, PDF → PDI.</summary>
        public static char EquivalentIsolate(char embedding)
        {
            switch (embedding)
            {
                case Lre: return Lri;
                case Rle: return Rli;
                case Pdf: return Pdi;
                default: return embedding;
            }
        }

        /// <summary>The (opener, closer) index pairs of <paramref name="text"/>, in the order they close.</summary>
        public static List<(int Open, int Close)> Find(string text)
        {
            var pairs = new List<(int, int)>();
            var open = new List<int>();
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (IsEmbedding(c) || IsOverride(c) || IsIsolateInitiator(c)) open.Add(i);
                else if (c == Pdf)
                {
                    var top = open.Count - 1;
                    if (top < 0 || IsIsolateInitiator(text[open[top]])) continue; // nothing to close: unpaired
                    pairs.Add((open[top], i));
                    open.RemoveAt(top);
                }
                else if (c == Pdi)
                {
                    var isolate = open.FindLastIndex(j => IsIsolateInitiator(text[j]));
                    if (isolate < 0) continue; // unpaired
                    pairs.Add((open[isolate], i));
                    open.RemoveRange(isolate, open.Count - isolate);
                }
            }
            return pairs;
        }
    }
}
