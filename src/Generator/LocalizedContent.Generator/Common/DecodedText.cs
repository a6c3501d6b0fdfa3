using System.Text;

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
    }
}
