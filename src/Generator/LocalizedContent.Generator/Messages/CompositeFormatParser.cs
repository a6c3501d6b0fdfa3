using System.Collections.Generic;
using System.Globalization;
using System.Text;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.Messages.Model;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>Brace text .NET's string.Format rejects: where it starts in the value, and why.</summary>
    internal sealed record LiteralBrace(int Offset, string Text, string Reason);

    /// <summary>
    /// A value read as a .NET composite format string: text and <see cref="FormatItemPart"/>s. <paramref name="Literals"/>
    /// lists the brace text string.Format would throw on, kept here as literal text; none means the value is a
    /// valid composite format string.
    /// </summary>
    internal sealed record CompositeParseResult(EquatableArray<MessagePart> Parts, EquatableArray<LiteralBrace> Literals, bool HasBraces)
    {
        public bool Valid => Literals.Count == 0;
    }

    /// <summary>
    /// Parses .NET composite format strings with string.Format's own rules (.NET Core 3.0 and later): <c>{{</c> and
    /// <c>}}</c> are braces; an item is <c>{</c>, an ASCII index, optional spaces, an optional <c>,</c> alignment
    /// (spaces, an optional minus, ASCII digits, spaces), an optional <c>:</c> format up to the first <c>}</c> (a
    /// <c>{</c> in it is an error), and <c>}</c>. Apostrophes are plain text. Where string.Format would throw, the
    /// brace text is kept as literal text and reported, and parsing goes on: never an exception.
    /// </summary>
    internal static class CompositeFormatParser
    {
        // string.Format stops reading digits at these limits; the next digit is then an error.
        private const int IndexLimit = 1000000;
        private const int WidthLimit = 1000000;

        public static CompositeParseResult Parse(string value)
        {
            // Most values have no brace: their one part is the text itself.
            if (value.IndexOf('{') < 0 && value.IndexOf('}') < 0) return new CompositeParseResult(MessageParts.Text(value), EquatableArray<LiteralBrace>.Empty, false);
            var parts = new List<MessagePart>();
            var literals = new List<LiteralBrace>();
            var text = new StringBuilder();
            var hasBraces = false;
            var pos = 0;
            while (pos < value.Length)
            {
                var c = value[pos];
                if (c != '{' && c != '}')
                {
                    text.Append(c);
                    pos++;
                    continue;
                }
                hasBraces = true;
                if (pos + 1 < value.Length && value[pos + 1] == c)
                {
                    text.Append(c); // {{ or }}
                    pos += 2;
                    continue;
                }
                if (c == '}')
                {
                    literals.Add(new LiteralBrace(pos, "}", "a '}' that does not close a format item must be written '}}'"));
                    text.Append(c);
                    pos++;
                    continue;
                }
                var item = ReadItem(value, pos, out var end, out var reason);
                if (item is not null)
                {
                    if (text.Length > 0) parts.Add(new TextPart(text.ToString()));
                    text.Clear();
                    parts.Add(item);
                    pos = end;
                    continue;
                }
                // Literal up to the '}' that balances this '{' ({n}, { }, a whole ICU plural: one diagnostic), or the
                // '{' alone when none does.
                var literalEnd = pos + 1;
                for (int i = pos, depth = 0; i < value.Length; i++)
                {
                    if (value[i] == '{') depth++;
                    else if (value[i] == '}' && --depth == 0)
                    {
                        literalEnd = i + 1;
                        break;
                    }
                }
                var literal = value.Substring(pos, literalEnd - pos);
                literals.Add(new LiteralBrace(pos, literal, reason!));
                text.Append(literal);
                pos = literalEnd;
            }
            if (text.Length > 0) parts.Add(new TextPart(text.ToString()));
            return new CompositeParseResult(parts.ToEquatableArray(), literals.ToEquatableArray(), hasBraces);
        }

        /// <summary>The format item at <paramref name="open"/> (a '{'), or null and why string.Format rejects it.</summary>
        private static FormatItemPart? ReadItem(string s, int open, out int end, out string? reason)
        {
            end = open;
            reason = "a format item is an argument index such as {0}, {0,-10} or {0:N2}; write '{{' for a brace";
            var pos = open + 1;
            if (pos >= s.Length || !IsDigit(s[pos])) return null;
            var index = s[pos++] - '0';
            if (pos >= s.Length) return Unclosed(out reason);
            var ch = s[pos++];
            var alignment = 0;
            string? format = null;
            if (ch != '}')
            {
                while (IsDigit(ch) && index < IndexLimit)
                {
                    index = index * 10 + ch - '0';
                    if (pos >= s.Length) return Unclosed(out reason);
                    ch = s[pos++];
                }
                while (ch == ' ')
                {
                    if (pos >= s.Length) return Unclosed(out reason);
                    ch = s[pos++];
                }
                if (ch == ',')
                {
                    do
                    {
                        if (pos >= s.Length) return Unclosed(out reason);
                        ch = s[pos++];
                    }
                    while (ch == ' ');
                    var left = false;
                    if (ch == '-')
                    {
                        left = true;
                        if (pos >= s.Length) return Unclosed(out reason);
                        ch = s[pos++];
                    }
                    if (!IsDigit(ch))
                    {
                        reason = "an alignment after ',' is a number such as 10 or -10";
                        return null;
                    }
                    var width = ch - '0';
                    if (pos >= s.Length) return Unclosed(out reason);
                    ch = s[pos++];
                    while (IsDigit(ch) && width < WidthLimit)
                    {
                        width = width * 10 + ch - '0';
                        if (pos >= s.Length) return Unclosed(out reason);
                        ch = s[pos++];
                    }
                    while (ch == ' ')
                    {
                        if (pos >= s.Length) return Unclosed(out reason);
                        ch = s[pos++];
                    }
                    alignment = left ? -width : width;
                }
                if (ch != '}')
                {
                    if (ch != ':') return null;
                    var start = pos;
                    while (true)
                    {
                        if (pos >= s.Length) return Unclosed(out reason);
                        ch = s[pos++];
                        if (ch == '}') break;
                        if (ch == '{')
                        {
                            reason = "a format string cannot hold '{'";
                            return null;
                        }
                    }
                    if (pos - 1 > start) format = s.Substring(start, pos - 1 - start);
                }
            }
            end = pos;
            reason = null;
            return new FormatItemPart(index, alignment, format);
        }

        private static FormatItemPart? Unclosed(out string reason)
        {
            reason = "the format item is not closed with '}'";
            return null;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        /// <summary>
        /// True when the value has a typed ICU argument: <c>{x, plural|select|selectordinal|number|date|time …}</c>.
        /// Read from the text, not from an ICU parse, so a malformed plural is still ICU (and LC1020).
        /// </summary>
        public static bool HasTypedIcuArgument(string value)
        {
            for (var open = value.IndexOf('{'); open >= 0; open = value.IndexOf('{', open + 1))
            {
                var pos = SkipWhite(value, open + 1);
                var nameStart = pos;
                while (pos < value.Length && !char.IsWhiteSpace(value[pos]) && value[pos] != '{' && value[pos] != '}' && value[pos] != ',' && value[pos] != ':') pos++;
                if (pos == nameStart) continue;
                pos = SkipWhite(value, pos);
                if (pos >= value.Length || value[pos] != ',') continue;
                pos = SkipWhite(value, pos + 1);
                var typeStart = pos;
                while (pos < value.Length && value[pos] >= 'a' && value[pos] <= 'z') pos++;
                switch (value.Substring(typeStart, pos - typeStart))
                {
                    case "plural":
                    case "select":
                    case "selectordinal":
                    case "number":
                    case "date":
                    case "time":
                        return true;
                }
            }
            return false;
        }

        private static int SkipWhite(string s, int pos)
        {
            while (pos < s.Length && char.IsWhiteSpace(s[pos])) pos++;
            return pos;
        }

        /// <summary>The placeholder of each index the parts use, lowest first; an index formatted anywhere
        /// (<c>{0:N2}</c>) is <see cref="PlaceholderKind.Formatted"/>, with its first format.</summary>
        public static EquatableArray<Placeholder> Placeholders(EquatableArray<MessagePart> parts)
        {
            var any = false;
            foreach (var part in parts) any |= part is FormatItemPart;
            if (!any) return EquatableArray<Placeholder>.Empty; // most values: no sorted map to make
            var byIndex = new SortedDictionary<int, string?>();
            foreach (var part in parts)
            {
                if (part is not FormatItemPart item) continue;
                if (!byIndex.TryGetValue(item.Index, out var format) || format is null) byIndex[item.Index] = item.Format;
            }
            var result = new List<Placeholder>();
            foreach (var pair in byIndex)
            {
                result.Add(new Placeholder(pair.Key.ToString(CultureInfo.InvariantCulture), pair.Value is null ? PlaceholderKind.Text : PlaceholderKind.Formatted, pair.Value));
            }
            return result.ToEquatableArray();
        }
    }
}
