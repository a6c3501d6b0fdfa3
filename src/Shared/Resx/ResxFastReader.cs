using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.ResxFormat
{
    /// <summary>
    /// The .resx files that tools write (an XML declaration, comments, elements, attributes, the five entities and
    /// character references) read without <see cref="System.Xml.XmlReader"/>, with the same result: XmlReader was a third of
    /// the message generator's parse of the files (issue 20). Anything else, and anything not well-formed (the reader's
    /// errors and their positions are its own), gives null: <see cref="ResxFile"/> reads the file with XmlReader
    /// then. A property test compares both readers on real and mutated files.
    /// </summary>
    internal sealed partial class ResxFastReader
    {
        private readonly char[] _s;
        private readonly int _n;
        private readonly XmlLineMap _lines;
        private readonly List<ResxData> _entries;
        private readonly List<string> _prefixes = new List<string>(); // declared namespace prefixes, innermost last
        private readonly List<int> _prefixCounts = new List<int>(); // per open element: how many it declared
        private readonly StringBuilder _value = new StringBuilder();
        private int _i;
        private int _line; // the line of the last position asked for: entries come in order

        [ThreadStatic] private static char[]? _buffer;

        /// <summary>How deep elements nest in the files read here (.resx: root, data, value).</summary>
        private const int MaxDepth = 32;

        /// <summary>Files up to this many characters (512 KB) are read into the thread's buffer, kept for the next file (a
        /// compiler server's threads keep it between builds); larger ones into their own.</summary>
        private const int KeptBufferLimit = 1 << 18;

        private ResxFastReader(char[] s, int n, XmlLineMap lines)
        {
            _s = s;
            _n = n;
            _lines = lines;
            _entries = new List<ResxData>(n / 256); // tools write an entry in about 100 characters and more
        }

        /// <summary>The top-level &lt;data&gt; elements of <paramref name="text"/>, or null when it is not of the shape
        /// read here or not well-formed.</summary>
        public static List<ResxData>? TryRead(SourceText text, XmlLineMap lines)
        {
            var n = text.Length;
            var buffer = n <= KeptBufferLimit ? (_buffer is { } kept && kept.Length >= n ? kept : _buffer = new char[Math.Max(n, 4096)]) : new char[n];
            text.CopyTo(0, buffer, 0, n);
            var reader = new ResxFastReader(buffer, n, lines);
            return reader.Document() ? reader._entries : null;
        }

        private bool Document()
        {
            if (_n > 0 && _s[0] == '\uFEFF') return false;
            // Characters XML cannot hold, and "]]>" (an error in text, rare anywhere): checked once for the whole file,
            // so the loops below look only for markup.
            if (!OnlyXmlCharacters() || _s.AsSpan(0, _n).IndexOf("]]>".AsSpan()) >= 0) return false;
            if (StartsWith("<?xml") && !Declaration()) return false;
            if (!Misc()) return false;
            if (_i >= _n || _s[_i] != '<' || !Element(0)) return false;
            return Misc() && _i == _n;
        }

        /// <summary>&lt;?xml version="1.0" encoding="…" standalone="…"?&gt;, at the start of the text.</summary>
        private bool Declaration()
        {
            _i = 5;
            if (!SkipSpace()) return false;
            if (!Pseudo("version", out var version) || version != "1.0") return false;
            var spaced = SkipSpace();
            if (spaced && StartsWith("encoding"))
            {
                if (!Pseudo("encoding", out var encoding) || !IsEncodingName(encoding)) return false;
                spaced = SkipSpace();
            }
            if (spaced && StartsWith("standalone"))
            {
                if (!Pseudo("standalone", out var standalone) || standalone != "yes" && standalone != "no") return false;
                SkipSpace();
            }
            if (!StartsWith("?>")) return false;
            _i += 2;
            return true;
        }

        private static bool IsEncodingName(string name) =>
            string.Equals(name, "utf-8", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "utf-16", StringComparison.OrdinalIgnoreCase);

        private bool Pseudo(string name, out string value)
        {
            value = "";
            if (!StartsWith(name)) return false;
            _i += name.Length;
            SkipSpace();
            if (_i >= _n || _s[_i] != '=') return false;
            _i++;
            SkipSpace();
            if (_i >= _n || _s[_i] != '"' && _s[_i] != '\'') return false;
            var quote = _s[_i++];
            var start = _i;
            while (_i < _n && _s[_i] != quote)
            {
                var c = _s[_i];
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_')) return false;
                _i++;
            }
            if (_i >= _n) return false;
            value = new string(_s, start, _i - start);
            _i++;
            return true;
        }

        /// <summary>White space and comments between elements (outside the root).</summary>
        private bool Misc()
        {
            while (true)
            {
                SkipSpace();
                if (_i >= _n) return true;
                if (StartsWith("<!--")) { if (!Comment()) return false; continue; }
                return _s[_i] == '<' && _i + 1 < _n && IsNameStart(_s[_i + 1]);
            }
        }

        /// <summary>A comment at <see cref="_i"/>: its text may not hold "--" (XML's rule).</summary>
        private bool Comment()
        {
            _i += 4;
            var end = _s.AsSpan(_i, _n - _i).IndexOf("--".AsSpan());
            if (end < 0) return false;
            _i += end;
            if (_i + 2 >= _n || _s[_i + 2] != '>') return false;
            _i += 3;
            return true;
        }

        /// <summary>The element at <see cref="_i"/> ('&lt;'), at <paramref name="depth"/> (the root's is 0), with its content.</summary>
        private bool Element(int depth)
        {
            if (depth > MaxDepth) return false; // read by recursion: deeper nesting (no tool writes it) is left to XmlReader
            var open = _i;
            if (!StartTag(depth == 1 ? "data" : null, out var tag)) return false;
            if (tag.Wanted)
            {
                var position = _lines.AtOffset(open, ref _line);
                var entry = tag.Empty ? new DataContent(null, null, -1) : default;
                if (!tag.Empty && !Content(depth, tag, dataEntry: true, out entry)) return false;
                _entries.Add(new ResxData(tag.Name, tag.Type, tag.MimeType, entry.Value, position, entry.ValueElement, entry.ValueTextOffset));
            }
            else if (!tag.Empty && !Content(depth, tag, dataEntry: false, out _)) return false;
            Close();
            return true;
        }

        /// <summary>A start tag read: its name, whether it is the element looked for, and for a &lt;data&gt; its attributes.</summary>
        private struct StartTagInfo
        {
            public int NameStart, NameLength;
            public bool Wanted, Empty;
            public string? Name, Type, MimeType;
        }

        /// <summary>The start tag at <see cref="_i"/> ('&lt;'), its namespace declarations opened (<see cref="Close"/>
        /// ends them); <paramref name="wanted"/>: the local name looked for (data, value), whose attributes are kept.</summary>
        private bool StartTag(string? wanted, out StartTagInfo tag)
        {
            tag = default;
            _i++;
            if (!Name(out tag.NameStart, out tag.NameLength, out var colon)) return false;
            tag.Wanted = wanted != null && LocalNameIs(tag.NameStart, tag.NameLength, colon, wanted);
            var isData = tag.Wanted && wanted == "data";
            var declared = 0;
            var attributes = _attributes;
            attributes.Clear();
            while (true)
            {
                var spaced = SkipSpace();
                if (_i >= _n) return false;
                var c = _s[_i];
                if (c == '>' || c == '/') break;
                if (!spaced || !Name(out var attributeStart, out var attributeLength, out var attributeColon)) return false;
                SkipSpace();
                if (_i >= _n || _s[_i] != '=') return false;
                _i++;
                SkipSpace();
                var kept = isData && attributeColon < 0 ? Kept(attributeStart, attributeLength) : 0;
                var isXmlns = IsXmlns(attributeStart, attributeLength, attributeColon);
                var isXml = IsXmlAttribute(attributeStart, attributeColon);
                if (!AttributeValue(kept != 0 || isXmlns || isXml, out var value)) return false;
                foreach (var (start, length, otherColon) in attributes)
                    if (SameLocalName(start, length, otherColon, attributeStart, attributeLength, attributeColon)) return false; // a duplicate, or a pair XmlReader may see as one
                attributes.Add((attributeStart, attributeLength, attributeColon));
                if (isXmlns)
                {
                    if (attributeColon < 0) continue; // the default namespace: any value
                    var prefix = new string(_s, attributeColon + 1, attributeStart + attributeLength - attributeColon - 1);
                    if (value!.Length == 0 || prefix.StartsWith("xml", StringComparison.OrdinalIgnoreCase)) return false;
                    _prefixes.Add(prefix);
                    declared++;
                }
                else if (isXml)
                {
                    var isSpace = LocalNameIs(attributeStart, attributeLength, attributeColon, "space");
                    if (isSpace ? value != "default" && value != "preserve" : !LocalNameIs(attributeStart, attributeLength, attributeColon, "lang")) return false;
                }
                else if (kept == 1) tag.Name = value;
                else if (kept == 2) tag.Type = value;
                else if (kept == 3) tag.MimeType = value;
            }
            _prefixCounts.Add(declared);
            // Prefixes, now that this element's own declarations are known.
            if (colon >= 0 && !IsDeclared(tag.NameStart, colon)) return false;
            foreach (var (start, _, attributeColon) in attributes)
                if (attributeColon >= 0 && !IsXmlns(start, attributeColon - start, -1) && !IsXmlAttribute(start, attributeColon) && !IsDeclared(start, attributeColon)) return false;
            tag.Empty = _s[_i] == '/';
            if (tag.Empty && (_i + 1 >= _n || _s[_i + 1] != '>')) return false;
            _i += tag.Empty ? 2 : 1;
            return true;
        }

        private readonly List<(int Start, int Length, int Colon)> _attributes = new List<(int, int, int)>();

        private void Close()
        {
            var count = _prefixCounts[_prefixCounts.Count - 1];
            _prefixCounts.RemoveAt(_prefixCounts.Count - 1);
            _prefixes.RemoveRange(_prefixes.Count - count, count);
        }

        /// <summary>The end tag of <paramref name="tag"/> at <see cref="_i"/> ('&lt;/').</summary>
        private bool EndTag(in StartTagInfo tag)
        {
            _i += 2;
            if (_i + tag.NameLength > _n || !NameAt(_i, tag.NameStart, tag.NameLength)) return false;
            _i += tag.NameLength;
            SkipSpace();
            if (_i >= _n || _s[_i] != '>') return false;
            _i++;
            return true;
        }

        /// <summary>What a &lt;data&gt; holds: its first &lt;value&gt; (the text and where it is).</summary>
        private readonly struct DataContent
        {
            public DataContent(string? value, XmlPosition? valueElement, int valueTextOffset)
            {
                Value = value;
                ValueElement = valueElement;
                ValueTextOffset = valueTextOffset;
            }

            public string? Value { get; }
            public XmlPosition? ValueElement { get; }
            public int ValueTextOffset { get; }
        }

        /// <summary>An element's content up to its end tag; for a &lt;data&gt;, its first &lt;value&gt; child read.</summary>
        private bool Content(int depth, in StartTagInfo tag, bool dataEntry, out DataContent entry)
        {
            entry = new DataContent(null, null, -1);
            var found = false;
            while (true)
            {
                if (!Text(null) || _i >= _n) return false;
                if (StartsWith("</")) return EndTag(tag);
                if (StartsWith("<!--")) { if (!Comment()) return false; continue; }
                if (_i + 1 >= _n || !IsNameStart(_s[_i + 1])) return false; // CDATA, a processing instruction, a stray '<'
                if (dataEntry && !found)
                {
                    var open = _i;
                    if (!StartTag("value", out var child)) return false;
                    if (child.Wanted)
                    {
                        found = true;
                        if (!Value(child, _lines.AtOffset(open, ref _line), out entry)) return false;
                        continue;
                    }
                    if (!child.Empty && !Content(depth + 1, child, dataEntry: false, out _)) return false;
                    Close();
                    continue;
                }
                if (!Element(depth + 1)) return false;
            }
        }

        /// <summary>The content of the &lt;value&gt; element whose start tag was just read: its text as XmlReader's
        /// ReadElementContentAsString gives it (a child element there is an error to XmlReader: null here).</summary>
        private bool Value(in StartTagInfo tag, XmlPosition element, out DataContent entry)
        {
            entry = default;
            if (tag.Empty)
            {
                Close();
                entry = new DataContent("", element, -1);
                return true;
            }
            var textStart = _i;
            var close = _s.AsSpan(textStart, _n - textStart).IndexOf('<');
            if (close >= 0 && textStart + close + 1 < _n && _s[textStart + close + 1] == '/' && _s.AsSpan(textStart, close).IndexOfAny('&', '\r') < 0)
            {
                // Most values: text alone, nothing to resolve, taken as it stands.
                _i = textStart + close;
                if (!EndTag(tag)) return false;
                Close();
                entry = new DataContent(new string(_s, textStart, close), element, textStart);
                return true;
            }
            _value.Clear();
            while (true)
            {
                if (!Text(_value)) return false;
                if (StartsWith("<!--")) { if (!Comment()) return false; continue; }
                if (!StartsWith("</") || !EndTag(tag)) return false; // a child element, CDATA or a processing instruction
                break;
            }
            Close();
            entry = new DataContent(_value.ToString(), element, textStart);
            return true;
        }
    }
}
