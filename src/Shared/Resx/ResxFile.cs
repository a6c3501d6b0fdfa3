using System;
using System.Collections.Generic;
using System.Xml;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.ResxFormat
{
    /// <summary>One &lt;data&gt; element of a .resx file, with where its parts are in the file's text.</summary>
    internal sealed class ResxData
    {
        public ResxData(string? name, string? type, string? mimeType, string? value, XmlPosition data, XmlPosition? valueElement, int valueTextOffset)
        {
            Name = name;
            Type = type;
            MimeType = mimeType;
            Value = value;
            Data = data;
            ValueElement = valueElement;
            ValueTextOffset = valueTextOffset;
        }

        /// <summary>The name attribute; null when missing (a malformed entry).</summary>
        public string? Name { get; }
        public string? Type { get; }
        public string? MimeType { get; }

        /// <summary>The first &lt;value&gt;'s text, entities resolved and line ends read as XML reads them (LF); null without one.</summary>
        public string? Value { get; }

        /// <summary>Where &lt;data starts.</summary>
        public XmlPosition Data { get; }

        /// <summary>Where &lt;value starts, or null without one.</summary>
        public XmlPosition? ValueElement { get; }

        /// <summary>The offset in the file of the value's first character (just after &lt;value …&gt;), or -1.</summary>
        public int ValueTextOffset { get; }

        /// <summary>A string resource: no mimetype, no type or a System.String one. Others (images, files) are not text.</summary>
        public bool IsString => MimeType is null && (Type is null || Type.StartsWith("System.String", StringComparison.Ordinal));
    }

    /// <summary>A position in the file: XML's 1-based line and column (XML breaks lines at CR, LF and CR LF only, where
    /// the compiler also breaks at U+2028, U+2029 and NEL) and the offset in the text.</summary>
    internal readonly struct XmlPosition
    {
        public XmlPosition(int line, int column, int offset)
        {
            Line = line;
            Column = column;
            Offset = offset;
        }

        public int Line { get; }
        public int Column { get; }
        public int Offset { get; }
    }

    /// <summary>
    /// The one reader of .resx files for the generator, the content analyzers and the Move to resource fix, so all
    /// three see the same entries. DTDs are prohibited and nothing is resolved (no XXE, no entity expansion bombs);
    /// malformed XML ends the reading with <see cref="Error"/> and keeps the entries read before it.
    /// </summary>
    internal sealed class ResxFile
    {
        private ResxFile(List<ResxData> entries, string? error, XmlPosition errorPosition, XmlLineMap lines)
        {
            Lines = lines;
            Entries = entries;
            Error = error;
            ErrorPosition = errorPosition;
        }

        /// <summary>The top-level &lt;data&gt; elements in file order (duplicates, nameless and non-string ones included).</summary>
        public IReadOnlyList<ResxData> Entries { get; }

        /// <summary>The text's line starts, for locations inside a value (made once per file).</summary>
        public XmlLineMap Lines { get; }

        /// <summary>Why the XML could not be read to its end, or null.</summary>
        public string? Error { get; }

        /// <summary>Where the error is (a prohibited DTD, which XmlReader places nowhere: at its &lt;!DOCTYPE).</summary>
        public XmlPosition ErrorPosition { get; }

        public static ResxFile Read(string text) => Read(SourceText.From(text));

        /// <summary>Reads the file's text: the shape tools write by <see cref="ResxFastReader"/>, anything else (and
        /// every error) by XmlReader.</summary>
        public static ResxFile Read(SourceText text)
        {
            var lines = new XmlLineMap(text);
            return ResxFastReader.TryRead(text, lines) is { } entries ? new ResxFile(entries, null, default, lines) : ReadWithXmlReader(text, lines);
        }

        /// <summary>Reads the file's text with XmlReader, where it is (a large file's text is chunks: no string of the whole file).</summary>
        internal static ResxFile ReadWithXmlReader(SourceText text, XmlLineMap lines)
        {
            var entries = new List<ResxData>();
            var window = new char[256];
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
            };
            try
            {
                using var reader = XmlReader.Create(new SourceTextReader(text), settings);
                var info = (IXmlLineInfo)reader;
                while (reader.Read())
                {
                    if (reader.NodeType != XmlNodeType.Element || reader.Depth != 1 || reader.LocalName != "data") continue;
                    // An element's position is that of its name; the '<' is one column before.
                    var data = lines.At(info.LineNumber, info.LinePosition - 1);
                    var name = reader.GetAttribute("name");
                    var type = reader.GetAttribute("type");
                    var mimeType = reader.GetAttribute("mimetype");
                    string? value = null;
                    XmlPosition? valueElement = null;
                    var valueText = -1;
                    if (!reader.IsEmptyElement)
                    {
                        var depth = reader.Depth;
                        while (reader.Read() && reader.Depth > depth)
                        {
                            if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth + 1 && reader.LocalName == "value" && value is null)
                            {
                                var element = lines.At(info.LineNumber, info.LinePosition - 1);
                                valueElement = element;
                                if (!reader.IsEmptyElement) valueText = EndOfStartTag(text, element.Offset, window);
                                value = reader.IsEmptyElement ? "" : reader.ReadElementContentAsString();
                                if (reader.Depth <= depth) break; // ReadElementContentAsString moved past </value> onto </data>
                            }
                        }
                    }
                    entries.Add(new ResxData(name, type, mimeType, value, data, valueElement, valueText));
                }
            }
            catch (XmlException e)
            {
                var doctype = text.ToString().IndexOf("<!DOCTYPE", StringComparison.Ordinal);
                var at = e.LineNumber == 0 && doctype >= 0 ? lines.AtOffset(doctype) : lines.At(e.LineNumber, e.LinePosition);
                return new ResxFile(entries, e.Message, at, lines);
            }
            return new ResxFile(entries, null, default, lines);
        }

        /// <summary>The offset after the '&gt;' that closes the start tag at <paramref name="start"/> ('&gt;' may stand in quoted attributes).</summary>
        /// <param name="window">Where the text is copied a window at a time (a large text's indexer looks up its chunk
        /// for every character); one for the file.</param>
        private static int EndOfStartTag(SourceText text, int start, char[] window)
        {
            char quote = '\0';
            for (var from = start; from < text.Length; from += window.Length)
            {
                var count = Math.Min(window.Length, text.Length - from);
                text.CopyTo(from, window, 0, count);
                for (var i = 0; i < count; i++)
                {
                    var c = window[i];
                    if (quote != '\0') { if (c == quote) quote = '\0'; }
                    else if (c == '"' || c == '\'') quote = c;
                    else if (c == '>') return from + i + 1;
                }
            }
            return -1;
        }
    }

    /// <summary>Line starts as XML counts lines (CR, LF, CR LF).</summary>
    internal sealed class XmlLineMap
    {
        private readonly List<int> _starts = new List<int> { 0 };
        private readonly int _length;

        public XmlLineMap(SourceText text)
        {
            _length = text.Length;
            var window = new char[Math.Min(4096, text.Length)];
            var afterCr = false;
            for (var from = 0; from < text.Length; from += window.Length)
            {
                var count = Math.Min(window.Length, text.Length - from);
                text.CopyTo(from, window, 0, count);
                // Line ends found by IndexOfAny (vectorized where the runtime can): lines are tens of characters apart.
                var i = 0;
                if (afterCr && window[0] == '\n')
                {
                    _starts[_starts.Count - 1] = from + 1; // CR LF across two windows: one line break
                    i = 1;
                }
                afterCr = false;
                for (int end; i < count && (end = window.AsSpan(i, count - i).IndexOfAny('\r', '\n')) >= 0;)
                {
                    i += end;
                    // CR LF is one line break: the line starts after the LF.
                    if (window[i] == '\r' && i + 1 < count && window[i + 1] == '\n') i++;
                    else afterCr = window[i] == '\r' && i + 1 == count;
                    _starts.Add(from + i + 1);
                    i++;
                }
            }
        }

        /// <summary>A position from XML's 1-based line and column, clamped into the text.</summary>
        public XmlPosition At(int line, int column)
        {
            var lineIndex = Math.Max(0, Math.Min(line - 1, _starts.Count - 1));
            var columnIndex = Math.Max(0, column - 1);
            var offset = Math.Min(_starts[lineIndex] + columnIndex, _length);
            return new XmlPosition(lineIndex + 1, offset - _starts[lineIndex] + 1, offset);
        }

        /// <summary>The position at <paramref name="offset"/>, looked for from line <paramref name="line"/> (0-based) on
        /// and left there: for offsets met in order, each line is passed once.</summary>
        public XmlPosition AtOffset(int offset, ref int line)
        {
            if (line < 0 || line >= _starts.Count || _starts[line] > offset) return AtOffset(offset);
            while (line + 1 < _starts.Count && _starts[line + 1] <= offset) line++;
            return At(line + 1, offset - _starts[line] + 1);
        }

        public XmlPosition AtOffset(int offset)
        {
            var line = _starts.BinarySearch(offset);
            if (line < 0) line = ~line - 1;
            return At(line + 1, offset - _starts[line] + 1);
        }
    }
}
