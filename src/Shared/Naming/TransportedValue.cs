using System;
using System.Text;

namespace LocalizedContent.Naming
{
    /// <summary>
    /// Item metadata and project properties reach the compiler through a generated .editorconfig, where '#' and ';'
    /// start a comment (a value is cut there) and CR, LF, NEL, U+2028 and U+2029 end the line. The package's targets
    /// therefore percent-encode those characters and '%' itself (UTF-8, as in URIs); this decodes them. A value that
    /// did not pass through the targets (no '%') reads as it is.
    /// </summary>
    internal static class TransportedValue
    {
        /// <summary>The characters the targets encode, in the order they replace them ('%' first).</summary>
        internal static readonly char[] Encoded = { '%', '#', ';', '\r', '\n', '\u0085', '\u2028', '\u2029' };

        /// <summary>What ends a line for the compiler's .editorconfig reader (and SourceText): in a path, a section
        /// heading breaks and cannot be encoded (see LC1008).</summary>
        internal static readonly char[] LineBreaks = { '\r', '\n', '\u0085', '\u2028', '\u2029' };

        public static string Decode(string value) =>
            value.IndexOf('%') < 0 ? value : Uri.UnescapeDataString(value);

        /// <summary>What the targets write for <paramref name="value"/> (tests use it to stand in for a build).</summary>
        public static string Encode(string value)
        {
            if (value.IndexOfAny(Encoded) < 0) return value;
            var builder = new StringBuilder(value.Length + 8);
            foreach (var c in value)
            {
                if (Array.IndexOf(Encoded, c) < 0)
                {
                    builder.Append(c);
                    continue;
                }
                foreach (var b in Encoding.UTF8.GetBytes(c.ToString())) builder.Append('%').Append(((int)b).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            return builder.ToString();
        }
    }
}
