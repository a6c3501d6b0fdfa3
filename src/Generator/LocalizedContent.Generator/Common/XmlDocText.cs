using System.Text;

namespace LocalizedContent.Generator.Common
{
    /// <summary>
    /// Makes any text safe inside a /// doc comment: XML-escaped, one line, no characters XML forbids, and no
    /// characters that end a C# comment line or hide text (line separators, bidi controls).
    /// </summary>
    internal static class XmlDocText
    {
        /// <summary>The text escaped, with runs of white space (line breaks included) folded to one space, cut to
        /// <paramref name="maxLength"/> characters with an ellipsis.</summary>
        public static string Escape(string text, int maxLength = int.MaxValue) => Append(new StringBuilder(), text, maxLength).ToString();

        /// <summary><see cref="Escape"/> appended to <paramref name="builder"/> (no string made for it).</summary>
        public static StringBuilder Append(StringBuilder builder, string text, int maxLength = int.MaxValue)
        {
            var start = builder.Length;
            var count = 0;
            var pendingSpace = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var asIs = !Special.Contains(c);
                if (!asIs && (char.IsWhiteSpace(c) || c < 0x20))
                {
                    pendingSpace = builder.Length > start;
                    continue;
                }
                if (count >= maxLength)
                {
                    builder.Append('…');
                    break;
                }
                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }
                if (asIs)
                {
                    // A run of characters written as they are (most of a text), appended at once.
                    var end = i + 1;
                    while (end < text.Length && end - i < maxLength - count && !Special.Contains(text[end])) end++;
                    builder.Append(text, i, end - i);
                    count += end - i;
                    i = end - 1;
                    continue;
                }
                count++;
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[++i]);
                    continue;
                }
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    default:
                        if (char.IsSurrogate(c) || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF'
                            || IsHiddenFormatCharacter(c))
                        {
                            builder.Append('\uFFFD'); // not allowed in XML, or invisible: shown as a replacement mark
                        }
                        else
                        {
                            builder.Append(c);
                        }
                        break;
                }
            }
            return builder;
        }

        /// <summary>What is not written as it is: white space, controls, XML's specials, surrogates and what is replaced.</summary>
        private static readonly CharSet Special = new CharSet(c => char.IsWhiteSpace(c) || c < 0x20 || c == '&' || c == '<' || c == '>'
            || char.IsSurrogate(c) || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF' || IsHiddenFormatCharacter(c));

        // ZWNJ and ZWJ shape Persian words (می‌خواهم) and are kept; other format characters (bidi controls, BOM)
        // could reorder or hide the comment's text.
        private static bool IsHiddenFormatCharacter(char c) =>
            c != '\u200C' && c != '\u200D' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;
    }
}
