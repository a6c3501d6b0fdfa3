using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;
using LocalizedContent.Generator.Common;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>
    /// Reads the string resources of a .resx file with locations. The XML reader prohibits DTDs and has no
    /// resolver, so a hostile file cannot make the compiler read other files or the network (XXE); malformed
    /// XML becomes a diagnostic at the reader's line and column.
    /// </summary>
    internal static class ResxReader
    {
        public static (List<ResxEntry> Entries, List<DiagnosticInfo> Diagnostics) Read(string path, string text)
        {
            var entries = new List<ResxEntry>();
            var diagnostics = new List<DiagnosticInfo>();
            var lines = new LineMap(text);
            var fileName = Path.GetFileName(path);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
            };
            try
            {
                using var reader = XmlReader.Create(new StringReader(text), settings);
                var info = (IXmlLineInfo)reader;
                while (reader.Read())
                {
                    if (reader.NodeType != XmlNodeType.Element || reader.Depth != 1 || reader.LocalName != "data") continue;
                    // The element's position is that of its name; the location starts at its '<'.
                    var dataLocation = lines.At(path, info.LineNumber, info.LinePosition - 1, "<data".Length);
                    var name = reader.GetAttribute("name");
                    var type = reader.GetAttribute("type");
                    var mimeType = reader.GetAttribute("mimetype");
                    string? value = null;
                    var valueLocation = dataLocation;
                    if (!reader.IsEmptyElement)
                    {
                        var depth = reader.Depth;
                        while (reader.Read() && reader.Depth > depth)
                        {
                            if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth + 1 && reader.LocalName == "value" && value is null)
                            {
                                valueLocation = lines.At(path, info.LineNumber, info.LinePosition - 1, "<value".Length);
                                value = reader.IsEmptyElement ? "" : reader.ReadElementContentAsString();
                                if (reader.Depth <= depth) break; // ReadElementContentAsString moved past </value> onto </data>
                            }
                        }
                    }
                    if (name is null)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(MessageDiagnostics.MalformedResx, dataLocation, fileName, "a <data> element has no name attribute"));
                        continue;
                    }
                    if (mimeType is not null || (type is not null && !type.StartsWith("System.String", StringComparison.Ordinal)))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(MessageDiagnostics.NonStringResource, dataLocation, name, mimeType ?? type!));
                        continue;
                    }
                    if (!seen.Add(name))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(MessageDiagnostics.DuplicateKey, dataLocation, name, fileName));
                        continue;
                    }
                    entries.Add(new ResxEntry(name, value ?? "", dataLocation, valueLocation));
                }
            }
            catch (XmlException e)
            {
                // The prohibited-DTD error carries no position (line 0): point at the DOCTYPE itself.
                var doctype = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
                var location = e.LineNumber == 0 && doctype >= 0
                    ? lines.AtOffset(path, doctype, "<!DOCTYPE".Length)
                    : lines.At(path, e.LineNumber, e.LinePosition, 0);
                diagnostics.Add(DiagnosticInfo.Create(MessageDiagnostics.MalformedResx, location, fileName, e.Message));
            }
            return (entries, diagnostics);
        }

        /// <summary>
        /// Line starts as XML counts lines (CR, LF, CRLF): the compiler's SourceText also breaks at U+2028, U+2029
        /// and NEL, which would shift XmlReader's line numbers.
        /// </summary>
        private sealed class LineMap
        {
            private readonly List<int> _starts = new List<int> { 0 };
            private readonly int _length;

            public LineMap(string text)
            {
                _length = text.Length;
                for (var i = 0; i < text.Length; i++)
                {
                    if (text[i] == '\r')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                        _starts.Add(i + 1);
                    }
                    else if (text[i] == '\n')
                    {
                        _starts.Add(i + 1);
                    }
                }
            }

            public LocationInfo AtOffset(string path, int offset, int length)
            {
                var line = _starts.BinarySearch(offset);
                if (line < 0) line = ~line - 1;
                return At(path, line + 1, offset - _starts[line] + 1, length);
            }

            /// <summary>A location from XML's 1-based line and position (position of the first character).</summary>
            public LocationInfo At(string path, int line, int position, int length)
            {
                var lineIndex = Math.Max(0, Math.Min(line - 1, _starts.Count - 1));
                var column = Math.Max(0, position - 1);
                var start = Math.Min(_starts[lineIndex] + column, _length);
                var end = Math.Min(start + length, _length);
                var lineSpan = new LinePositionSpan(new LinePosition(lineIndex, column), new LinePosition(lineIndex, column + (end - start)));
                return new LocationInfo(path, TextSpan.FromBounds(start, end), lineSpan);
            }
        }
    }
}
