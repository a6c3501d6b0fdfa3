using System;
using System.Collections.Generic;

namespace LocalizedContent.Generator.Documents
{
    /// <summary>
    /// The optional block at the very top of a document: a '---' line, 'key: value' lines, a closing '---' line.
    /// It may set title, class and culture. Spans are offsets into the normalized text (the caller maps them back
    /// to the file for diagnostics).
    /// </summary>
    internal sealed class FrontMatter
    {
        public static readonly FrontMatter None = new FrontMatter();

        public string? Title { get; private set; }
        public FrontMatterValue? Class { get; private set; }
        public FrontMatterValue? Culture { get; private set; }

        /// <summary>Where the document's text starts (after the closing line), 0 when there is no front matter.</summary>
        public int BodyStart { get; private set; }

        /// <summary>True when the first line opens front matter that no later line closes.</summary>
        public bool IsUnclosed { get; private set; }

        /// <summary>Lines that were ignored: offset, length and the reason.</summary>
        public List<(int Start, int Length, string Reason)> Problems { get; } = new List<(int, int, string)>();

        /// <summary>Reads front matter from <paramref name="text"/> (line endings already \n).</summary>
        public static FrontMatter Read(string text)
        {
            var firstEnd = LineEnd(text, 0);
            if (!IsFence(text, 0, firstEnd)) return None;

            var result = new FrontMatter();
            var lines = new List<(int Start, int End)>();
            for (var start = firstEnd + 1; start <= text.Length && firstEnd < text.Length;)
            {
                var end = LineEnd(text, start);
                if (IsFence(text, start, end))
                {
                    result.BodyStart = Math.Min(end + 1, text.Length);
                    foreach (var (s, e) in lines) result.ReadLine(text, s, e);
                    return result;
                }
                lines.Add((start, end));
                if (end >= text.Length) break;
                start = end + 1;
            }
            return new FrontMatter { IsUnclosed = true };
        }

        private void ReadLine(string text, int start, int end)
        {
            var line = text.Substring(start, end - start);
            if (line.Trim().Length == 0) return;
            var colon = line.IndexOf(':');
            if (colon < 0)
            {
                Problems.Add((start, line.Length, "it is not 'key: value'"));
                return;
            }
            var key = line.Substring(0, colon).Trim();
            var rawValue = line.Substring(colon + 1);
            var value = Unquote(rawValue.Trim());
            var valueStart = start + colon + 1 + (rawValue.Length - rawValue.TrimStart().Length);
            var found = new FrontMatterValue(value, valueStart, rawValue.Trim().Length);
            switch (key.ToLowerInvariant())
            {
                case "title":
                    if (Title is not null) Problems.Add((start, line.Length, "title is set twice"));
                    else Title = value;
                    break;
                case "class":
                    if (Class is not null) Problems.Add((start, line.Length, "class is set twice"));
                    else if (value.Length == 0) Problems.Add((start, line.Length, "class is empty"));
                    else Class = found;
                    break;
                case "culture":
                    if (Culture is not null) Problems.Add((start, line.Length, "culture is set twice"));
                    else if (value.Length == 0) Problems.Add((start, line.Length, "culture is empty"));
                    else Culture = found;
                    break;
                default:
                    Problems.Add((start, line.Length, "the known keys are title, class and culture"));
                    break;
            }
        }

        // YAML habit: title: "Quoted: with a colon" — one pair of matching quotes around the value is dropped.
        private static string Unquote(string value)
        {
            if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[value.Length - 1] == value[0])
            {
                return value.Substring(1, value.Length - 2);
            }
            return value;
        }

        private static int LineEnd(string text, int start)
        {
            var end = text.IndexOf('\n', start);
            return end < 0 ? text.Length : end;
        }

        // '---' with optional trailing white space (editors leave it), nothing else.
        private static bool IsFence(string text, int start, int end)
        {
            if (end - start < 3 || string.CompareOrdinal(text, start, "---", 0, 3) != 0) return false;
            for (var i = start + 3; i < end; i++) if (!char.IsWhiteSpace(text[i])) return false;
            return true;
        }
    }

    /// <summary>A front matter value and where it is (offset and length in the normalized text).</summary>
    internal readonly struct FrontMatterValue
    {
        public FrontMatterValue(string value, int start, int length)
        {
            Value = value;
            Start = start;
            Length = length;
        }

        public string Value { get; }
        public int Start { get; }
        public int Length { get; }
    }
}
