using System.Collections.Generic;
using System.IO;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.Diagnostics;
using LocalizedContent.Generator.Messages.Model;
using LocalizedContent.ResxFormat;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>
    /// The string resources of a .resx file with their locations, and a located diagnostic for each entry that is
    /// not one: malformed XML (the shared <see cref="ResxFile"/> reader prohibits DTDs and resolves nothing), a
    /// &lt;data&gt; without a name, a non-string resource, a duplicate key.
    /// </summary>
    internal static class ResxReader
    {
        public static (List<ResxEntry> Entries, List<DiagnosticInfo> Diagnostics, XmlLineMap Lines) Read(string path, SourceText text)
        {
            var entries = new List<ResxEntry>();
            var diagnostics = new List<DiagnosticInfo>();
            var fileName = Path.GetFileName(path);
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            var file = ResxFile.Read(text);
            foreach (var data in file.Entries)
            {
                var dataLocation = Location(path, text.Length, data.Data, "<data".Length);
                if (data.Name is null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.MalformedResx, dataLocation, fileName, "a <data> element has no name attribute"));
                    continue;
                }
                if (!data.IsString)
                {
                    diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.NonStringResource, dataLocation, data.Name, data.MimeType ?? data.Type!));
                    continue;
                }
                if (!seen.Add(data.Name))
                {
                    diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.DuplicateKey, dataLocation, data.Name, fileName));
                    continue;
                }
                var valueLocation = data.ValueElement is { } value ? Location(path, text.Length, value, "<value".Length) : dataLocation;
                entries.Add(new ResxEntry(data.Name, data.Value ?? "", dataLocation, valueLocation, data.ValueTextOffset));
            }
            if (file.Error is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.MalformedResx, Location(path, text.Length, file.ErrorPosition, 0), fileName, file.Error));
            }
            return (entries, diagnostics, file.Lines);
        }

        /// <summary>
        /// Where characters <paramref name="index"/> to <paramref name="index"/> + <paramref name="length"/> of a value
        /// are in the file: the raw XML is walked from the value's start, an entity (&amp;lt;) or a CR LF (one LF in
        /// the value) counting as one character. The span stays inside the text whatever the input.
        /// </summary>
        public static LocationInfo InValue(string path, SourceText text, XmlLineMap lines, int valueStart, int index, int length)
        {
            int Find(int i)
            {
                var position = valueStart;
                for (var k = 0; k < i && position < text.Length; k++)
                {
                    var c = text[position];
                    if (c == '&')
                    {
                        var end = position;
                        while (end < text.Length && text[end] != ';' && end - position < 12) end++;
                        position = end + 1;
                    }
                    else if (c == '\r' && position + 1 < text.Length && text[position + 1] == '\n') position += 2;
                    else position++;
                }
                return System.Math.Min(position, text.Length);
            }
            var start = Find(index);
            var startPosition = lines.AtOffset(start);
            return Location(path, text.Length, startPosition, System.Math.Max(0, Find(index + length) - start));
        }

        /// <summary>A location at XML's line and column (not SourceText's, which also breaks at U+2028, U+2029 and NEL).</summary>
        private static LocationInfo Location(string path, int textLength, XmlPosition position, int length)
        {
            var end = System.Math.Min(position.Offset + length, textLength);
            var line = position.Line - 1;
            var column = position.Column - 1;
            var lineSpan = new LinePositionSpan(new LinePosition(line, column), new LinePosition(line, column + (end - position.Offset)));
            return new LocationInfo(path, TextSpan.FromBounds(position.Offset, end), lineSpan);
        }
    }
}
