using System.Collections.Generic;
using System.Text;
using LocalizedContent.Generator.Common;

namespace LocalizedContent.Generator.Documents
{
    /// <summary>The document rules that turn text into a title and paragraphs.</summary>
    internal static class DocumentText
    {
        /// <summary>
        /// The file's text as documents see it: a leading BOM removed and \r\n and \r made \n. (U+2028 and U+0085
        /// are kept: they are content, not the line endings editors write.)
        /// </summary>
        public static string Normalize(string original)
        {
            var start = original.Length > 0 && original[0] == '\uFEFF' ? 1 : 0;
            if (original.IndexOf('\r') < 0) return start == 0 ? original : original.Substring(start);
            var builder = new StringBuilder(original.Length);
            for (var i = start; i < original.Length; i++)
            {
                var c = original[i];
                if (c == '\r')
                {
                    if (i + 1 < original.Length && original[i + 1] == '\n') i++;
                    builder.Append('\n');
                }
                else
                {
                    builder.Append(c);
                }
            }
            return builder.ToString();
        }

        /// <summary>The offset in <paramref name="original"/> of offset <paramref name="normalized"/> in its
        /// <see cref="Normalize"/>d text, so diagnostics point at the file as the compiler reads it.</summary>
        public static int OriginalOffset(string original, int normalized)
        {
            var o = original.Length > 0 && original[0] == '\uFEFF' ? 1 : 0;
            for (var n = 0; n < normalized && o < original.Length; n++)
            {
                o += original[o] == '\r' && o + 1 < original.Length && original[o + 1] == '\n' ? 2 : 1;
            }
            return o;
        }

        /// <summary>
        /// Title: <paramref name="frontMatterTitle"/> if set, else the first non-blank line, trimmed. Paragraphs:
        /// the blocks of lines after the title (all blocks when the title came from front matter), split on blank
        /// (white-space-only) lines; a paragraph is its lines as written, joined with \n. Returned as start and
        /// length pairs into <paramref name="text"/>. Lines before <paramref name="bodyStart"/> are a preamble
        /// (a scraped breadcrumb, a navigation line): kept in the text, in neither title nor paragraphs.
        /// </summary>
        public static (string Title, EquatableArray<int> Paragraphs) Split(string text, string? frontMatterTitle, int bodyStart = 0)
        {
            var paragraphs = new List<int>();
            var title = frontMatterTitle ?? "";
            var position = bodyStart;
            if (frontMatterTitle is null)
            {
                while (position <= text.Length)
                {
                    var end = LineEnd(text, position);
                    var blank = IsBlank(text, position, end);
                    if (!blank) title = text.Substring(position, end - position).Trim();
                    position = end + 1;
                    if (!blank) break;
                }
            }

            int blockStart = -1, blockEnd = -1;
            while (position <= text.Length)
            {
                var end = LineEnd(text, position);
                if (IsBlank(text, position, end))
                {
                    if (blockStart >= 0) paragraphs.Add(blockStart, blockEnd);
                    blockStart = -1;
                }
                else
                {
                    if (blockStart < 0) blockStart = position;
                    blockEnd = end;
                }
                position = end + 1;
            }
            if (blockStart >= 0) paragraphs.Add(blockStart, blockEnd);
            return (title, paragraphs.ToEquatableArray());
        }

        private static void Add(this List<int> paragraphs, int start, int end)
        {
            paragraphs.Add(start);
            paragraphs.Add(end - start);
        }

        public static bool IsBlank(string text, int start, int end)
        {
            for (var i = start; i < end; i++) if (!char.IsWhiteSpace(text[i])) return false;
            return true;
        }

        /// <summary>The offset where 1-based line <paramref name="line"/> starts, or -1 past the last line.</summary>
        public static int LineStart(string text, int line)
        {
            var position = 0;
            for (var current = 1; current < line; current++)
            {
                var end = text.IndexOf('\n', position);
                if (end < 0) return -1;
                position = end + 1;
            }
            return line >= 1 ? position : -1;
        }

        private static int LineEnd(string text, int start)
        {
            var end = text.IndexOf('\n', start);
            return end < 0 ? text.Length : end;
        }
    }
}
