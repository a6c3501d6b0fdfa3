using System;
using System.Collections.Generic;

namespace LocalizedContent.Analyzers
{
    /// <summary>The parts of HTML that people read: text between tags and quoted attribute values, without comments
    /// and without the contents of &lt;script&gt; and &lt;style&gt;. Razor splits a page's HTML over several calls
    /// (WriteLiteral("&lt;p"), an attribute, WriteLiteral("&gt;text")), so the state carries from one chunk to the next.</summary>
    internal sealed class HtmlText
    {
        private enum State { Text, Tag, Comment, RawText }

        private State _state;
        private string? _rawEnd; // "</script" or "</style" while in RawText
        private string? _rawTag; // "script" or "style" while in the tag that opens one; the tag's name is not kept otherwise
        private readonly List<(int, int)> _parts = new List<(int, int)>();

        /// <summary>The readable parts of the next chunk, as (start, length) in <paramref name="html"/>, trimmed: a list
        /// this reader fills again on its next chunk (Razor's markup comes a chunk per call, and a list and a tag
        /// name per chunk were a tenth of what the Razor checks allocated).</summary>
        public List<(int Start, int Length)> Read(string html)
        {
            var parts = _parts;
            parts.Clear();
            var i = 0;
            while (i < html.Length)
            {
                switch (_state)
                {
                    case State.Comment:
                        i = Skip(html, i, "-->", State.Text);
                        break;
                    case State.RawText:
                        i = Skip(html, i, _rawEnd!, State.Tag);
                        break;
                    case State.Tag:
                        i = ReadTag(html, i, parts);
                        break;
                    default:
                        var end = html.IndexOf('<', i);
                        if (end < 0) end = html.Length;
                        Add(parts, html, i, end);
                        i = end;
                        if (i < html.Length) i = OpenTag(html, i);
                        break;
                }
            }
            return parts;
        }

        private int OpenTag(string html, int i)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                _state = State.Comment;
                return i + 4;
            }
            var start = i + 1;
            var end = start;
            while (end < html.Length && (char.IsLetterOrDigit(html[end]) || html[end] == '/' || html[end] == '-')) end++;
            _rawTag = IsName(html, start, end, "script") ? "script" : IsName(html, start, end, "style") ? "style" : null;
            _state = State.Tag;
            return end;
        }

        private int ReadTag(string html, int i, List<(int, int)> parts)
        {
            while (i < html.Length)
            {
                var c = html[i];
                if (c == '"' || c == '\'')
                {
                    var close = html.IndexOf(c, i + 1);
                    if (close < 0) close = html.Length;
                    Add(parts, html, i + 1, close);
                    i = Math.Min(close + 1, html.Length);
                    continue;
                }
                i++;
                if (c != '>') continue;
                // Script and style contents are code, not text people read.
                _rawEnd = _rawTag == "script" ? "</script" : _rawTag == "style" ? "</style" : null;
                _state = _rawEnd != null ? State.RawText : State.Text;
                return i;
            }
            return i;
        }

        private int Skip(string html, int i, string end, State next)
        {
            var at = html.IndexOf(end, i, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return html.Length;
            _state = next;
            _rawTag = null; // the closing tag (</script) opens nothing
            return at + end.Length;
        }

        private static bool IsName(string html, int start, int end, string name) =>
            end - start == name.Length && string.Compare(html, start, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0;

        private static void Add(List<(int, int)> parts, string html, int start, int end)
        {
            while (start < end && char.IsWhiteSpace(html[start])) start++;
            while (end > start && char.IsWhiteSpace(html[end - 1])) end--;
            if (end > start) parts.Add((start, end - start));
        }
    }
}
