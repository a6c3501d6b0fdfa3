using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Generator.Common
{
    /// <summary>What the compiler's decoding of an additional file tells about U+FFFD in its text.</summary>
    internal static class DecodedText
    {
        /// <summary>
        /// True when a U+FFFD in the text may stand for bytes that were not UTF-8 rather than for a U+FFFD the
        /// author wrote. The compiler decodes a file without a byte order mark with a strict UTF-8 decoder (which
        /// throws on bad bytes, so any U+FFFD it returns was in the file) and, when that fails, with its fallback:
        /// on Linux and macOS a lenient UTF-8 without preamble, which turns bad bytes into U+FFFD. A file with a
        /// UTF-8 byte order mark was saved by a Unicode editor, and text with no encoding did not come from bytes:
        /// their U+FFFD are the author's.
        /// </summary>
        public static bool ReplacementMayBeDecoderMade(Encoding? encoding) =>
            encoding is not null
            && encoding.CodePage == 65001
            && !(encoding.DecoderFallback is DecoderExceptionFallback)
            && encoding.GetPreamble().Length == 0;

        /// <summary>True when the text holds a U+FFFD, read a window at a time (no string of the whole text).</summary>
        public static bool HasReplacement(SourceText text)
        {
            var window = new char[System.Math.Min(4096, text.Length)];
            for (var from = 0; from < text.Length; from += window.Length)
            {
                var count = System.Math.Min(window.Length, text.Length - from);
                text.CopyTo(from, window, 0, count);
                if (System.Array.IndexOf(window, '\uFFFD', 0, count) >= 0) return true;
            }
            return false;
        }
    }
}
