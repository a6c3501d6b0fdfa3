using System;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace LocalizedContent.ResxFormat
{
    /// <summary>The fast reader's characters: text, attribute values, references, names (<see cref="ResxFastReader"/>).</summary>
    internal sealed partial class ResxFastReader
    {
        /// <summary>Character data up to the next '&lt;' (or the end), entities resolved and line ends read as XML
        /// reads them, appended to <paramref name="into"/> when given.</summary>
        private bool Text(StringBuilder? into)
        {
            while (true)
            {
                var run = _i;
                var found = _s.AsSpan(run, _n - run).IndexOfAny('<', '&', '\r');
                _i = found < 0 ? _n : run + found;
                into?.Append(_s, run, _i - run);
                if (_i >= _n || _s[_i] == '<') return true;
                if (_s[_i] == '&')
                {
                    if (!Reference(into)) return false;
                    continue;
                }
                into?.Append('\n'); // CR LF and CR alone are one line feed
                _i += _i + 1 < _n && _s[_i + 1] == '\n' ? 2 : 1;
            }
        }

        /// <summary>An attribute's quoted value, normalized as XML does (entities resolved; a line end, tab or line
        /// feed written as such becomes a space); made into a string only when <paramref name="keep"/>.</summary>
        private bool AttributeValue(bool keep, out string? value)
        {
            value = null;
            if (_i >= _n || _s[_i] != '"' && _s[_i] != '\'') return false;
            var quote = _s[_i++];
            var start = _i;
            var end = _s.AsSpan(start, _n - start).IndexOf(quote);
            if (end < 0) return false;
            end += start;
            var raw = _s.AsSpan(start, end - start);
            if (raw.IndexOf('<') >= 0) return false;
            if (raw.IndexOfAny('&', '\r') < 0 && raw.IndexOfAny('\n', '\t') < 0)
            {
                // Most values: nothing to resolve or normalize.
                if (keep) value = Plain(start, end - start);
                _i = end + 1;
                return true;
            }
            var builder = keep ? _value.Clear() : null;
            while (_i < end)
            {
                var c = _s[_i];
                if (c == '&')
                {
                    if (!Reference(builder) || _i > end) return false;
                    continue;
                }
                if (c == '\r' || c == '\n' || c == '\t')
                {
                    builder?.Append(' ');
                    _i += c == '\r' && _i + 1 < end && _s[_i + 1] == '\n' ? 2 : 1;
                    continue;
                }
                builder?.Append(c);
                _i++;
            }
            value = builder?.ToString();
            _i = end + 1;
            return true;
        }

        /// <summary>&amp;lt; &amp;gt; &amp;amp; &amp;quot; &amp;apos; or a character reference at <see cref="_i"/>.</summary>
        private bool Reference(StringBuilder? into)
        {
            var end = _i + 1;
            while (end < _n && end - _i <= 10 && _s[end] != ';') end++;
            if (end >= _n || _s[end] != ';') return false;
            var length = end - _i - 1;
            var start = _i + 1;
            char c;
            if (length > 1 && _s[start] == '#')
            {
                var hex = _s[start + 1] == 'x';
                var digits = hex ? start + 2 : start + 1;
                if (digits >= end) return false;
                var code = 0;
                for (var k = digits; k < end; k++)
                {
                    var d = _s[k];
                    var digit = d >= '0' && d <= '9' ? d - '0' : hex && d >= 'a' && d <= 'f' ? d - 'a' + 10 : hex && d >= 'A' && d <= 'F' ? d - 'A' + 10 : -1;
                    if (digit < 0) return false;
                    code = code * (hex ? 16 : 10) + digit;
                    if (code > 0xFFFD) return false; // beyond the basic plane (two characters): XmlReader reads those
                }
                if (code < 0x20 && code != 0x9 && code != 0xA && code != 0xD || code >= 0xD800 && code <= 0xDFFF) return false;
                c = (char)code;
            }
            else if (Same(start, length, "lt")) c = '<';
            else if (Same(start, length, "gt")) c = '>';
            else if (Same(start, length, "amp")) c = '&';
            else if (Same(start, length, "quot")) c = '"';
            else if (Same(start, length, "apos")) c = '\'';
            else return false;
            into?.Append(c);
            _i = end + 1;
            return true;
        }

        /// <summary>The characters as a string; the values every entry repeats (xml:space="preserve") without a new one.</summary>
        private string Plain(int start, int length) =>
            Same(start, length, "preserve") ? "preserve" : Same(start, length, "default") ? "default" : new string(_s, start, length);

        /// <summary>Whether every character of the text is one XML allows (surrogates only in pairs).</summary>
        private bool OnlyXmlCharacters()
        {
            var i = 0;
            if (Vector.IsHardwareAccelerated)
            {
                // A block at a time while it holds only characters from U+0020 to U+D7FF: most text. A block with a
                // line feed or a tab (most lines have one) is looked at character by character.
                var bytes = MemoryMarshal.AsBytes(_s.AsSpan(0, _n));
                var space = new Vector<ushort>(0x20);
                var surrogates = new Vector<ushort>(0xD800);
                var count = Vector<ushort>.Count;
                while (i + count <= _n)
                {
                    var block = MemoryMarshal.Read<Vector<ushort>>(bytes.Slice(i * 2));
                    if (!Vector.LessThanAny(block, space) && !Vector.GreaterThanOrEqualAny(block, surrogates)) { i += count; continue; }
                    i = XmlCharactersUntil(i, i + count);
                    if (i < 0) return false;
                }
            }
            return XmlCharactersUntil(i, _n) >= 0;
        }

        /// <summary>Where the XML characters from <paramref name="from"/> end, at or after <paramref name="to"/> (a pair
        /// may end one after); -1 at a character XML does not allow.</summary>
        private int XmlCharactersUntil(int from, int to)
        {
            var s = _s;
            var i = from;
            for (; i < to; i++)
            {
                var c = s[i];
                if (c >= 0x20 && c < 0xD800 || c == '\t' || c == '\n' || c == '\r' || c >= 0xE000 && c <= 0xFFFD) continue;
                if (char.IsHighSurrogate(c) && i + 1 < _n && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
                return -1;
            }
            return i;
        }

        /// <summary>An ASCII XML name at <see cref="_i"/> (at most one colon, not at either end: a name XmlReader reads with
        /// namespaces); anything else is left to XmlReader.</summary>
        private bool Name(out int start, out int length, out int colon)
        {
            start = _i;
            colon = -1;
            if (_i >= _n || !IsNameStart(_s[_i])) { length = 0; return false; }
            while (_i < _n && IsNameChar(_s[_i]))
            {
                if (_s[_i] == ':')
                {
                    if (colon >= 0) { length = 0; return false; }
                    colon = _i;
                }
                _i++;
            }
            length = _i - start;
            if (_i < _n && _s[_i] > 0x7F) return false; // a name that goes on in other letters
            return colon < 0 || colon > start && colon < _i - 1;
        }

        private static bool IsNameStart(char c) => c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';

        private static bool IsNameChar(char c) => IsNameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.' || c == ':';

        /// <summary>1, 2, 3 for the name, type and mimetype attributes (unprefixed, as GetAttribute finds them), else 0.</summary>
        private int Kept(int start, int length) =>
            Same(start, length, "name") ? 1 : Same(start, length, "type") ? 2 : Same(start, length, "mimetype") ? 3 : 0;

        private bool IsXmlns(int start, int length, int colon) =>
            colon < 0 ? Same(start, length, "xmlns") : colon - start == 5 && Same(start, 5, "xmlns");

        private bool IsXmlAttribute(int start, int colon) => colon - start == 3 && Same(start, 3, "xml");

        private bool IsDeclared(int start, int colon)
        {
            var length = colon - start;
            for (var k = _prefixes.Count - 1; k >= 0; k--)
                if (_prefixes[k].Length == length && Same(start, length, _prefixes[k])) return true;
            return false;
        }

        private bool LocalNameIs(int start, int length, int colon, string local) =>
            colon < 0 ? Same(start, length, local) : Same(colon + 1, start + length - colon - 1, local);

        private bool SameLocalName(int start, int length, int colon, int otherStart, int otherLength, int otherColon)
        {
            var from = colon < 0 ? start : colon + 1;
            var count = start + length - from;
            var otherFrom = otherColon < 0 ? otherStart : otherColon + 1;
            if (otherStart + otherLength - otherFrom != count) return false;
            for (var k = 0; k < count; k++)
                if (_s[from + k] != _s[otherFrom + k]) return false;
            return true;
        }

        private bool Same(int start, int length, string text)
        {
            if (length != text.Length) return false;
            for (var k = 0; k < length; k++)
                if (_s[start + k] != text[k]) return false;
            return true;
        }

        /// <summary>Whether the characters at <paramref name="at"/> repeat the name at <paramref name="nameStart"/>, and
        /// the name ends there.</summary>
        private bool NameAt(int at, int nameStart, int nameLength)
        {
            for (var k = 0; k < nameLength; k++)
                if (_s[at + k] != _s[nameStart + k]) return false;
            return at + nameLength >= _n || !IsNameChar(_s[at + nameLength]) && _s[at + nameLength] <= 0x7F;
        }

        private bool StartsWith(string text) => _i + text.Length <= _n && Same(_i, text.Length, text);

        /// <summary>Skips white space; whether there was any.</summary>
        private bool SkipSpace()
        {
            var start = _i;
            while (_i < _n && (_s[_i] == ' ' || _s[_i] == '\t' || _s[_i] == '\n' || _s[_i] == '\r')) _i++;
            return _i > start;
        }
    }
}
