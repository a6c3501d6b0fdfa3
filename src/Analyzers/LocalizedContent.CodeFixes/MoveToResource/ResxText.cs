using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using LocalizedContent.ResxFormat;

namespace LocalizedContent.CodeFixes.MoveToResource
{
    /// <summary>
    /// Reads the keys of a .resx and adds entries to it as text: the file is never reserialized, so its formatting,
    /// comments, order, encoding and line endings stay byte for byte; the new entries copy the indentation and line
    /// ending the file already uses.
    /// </summary>
    internal static class ResxText
    {
        /// <summary>
        /// The data entries (name and value text) in file order, or null when the file is not well-formed XML (then it
        /// is left alone).
        /// </summary>
        public static IReadOnlyList<(string Key, string? Value)>? ReadEntries(string text)
        {
            var file = ResxFile.Read(text);
            if (file.Error is not null) return null;
            return file.Entries.Where(e => e.Name is not null).Select(e => (e.Name!, e.Value)).ToList();
        }

        /// <summary>
        /// <paramref name="text"/> with the entries inserted before <c>&lt;/root&gt;</c>, or null when there is no
        /// closing root tag to insert before. Values must already be quoted and XML-escaped.
        /// </summary>
        public static (int Position, string Insert)? Insertion(string text, IReadOnlyList<(string Key, string Value)> entries)
        {
            var close = text.LastIndexOf("</root>", StringComparison.Ordinal);
            if (close < 0 || entries.Count == 0) return null;
            var eol = LineEnding(text);
            var lineStart = text.LastIndexOfAny(new[] { '\n', '\r' }, Math.Max(0, close - 1)) + 1;
            if (close == 0) lineStart = 0;
            var ownLine = text.Substring(lineStart, close - lineStart).All(c => c == ' ' || c == '\t');

            // The last <data> (else <resheader>) line shows the file's indentation and whether entries span lines.
            var sample = LastLineStarting(text, close, "<data ") ?? LastLineStarting(text, close, "<resheader ");
            var indent = sample?.Indent ?? "  ";
            var oneLine = sample != null && sample.Value.Line.Contains("</data>") || !ownLine;
            var valueIndent = ValueIndent(text, close, indent);

            var builder = new StringBuilder();
            foreach (var (key, value) in entries)
            {
                var open = "<data name=\"" + key + "\" xml:space=\"preserve\">";
                if (!ownLine)
                {
                    builder.Append(open).Append("<value>").Append(value).Append("</value></data>");
                }
                else if (oneLine)
                {
                    builder.Append(indent).Append(open).Append("<value>").Append(value).Append("</value></data>").Append(eol);
                }
                else
                {
                    builder.Append(indent).Append(open).Append(eol)
                        .Append(valueIndent).Append("<value>").Append(value).Append("</value>").Append(eol)
                        .Append(indent).Append("</data>").Append(eol);
                }
            }
            return (ownLine ? lineStart : close, builder.ToString());
        }

        private static string LineEnding(string text)
        {
            var n = text.IndexOf('\n');
            var r = text.IndexOf('\r');
            if (r >= 0 && (n < 0 || r < n)) return n == r + 1 ? "\r\n" : "\r";
            return "\n";
        }

        private static (string Indent, string Line)? LastLineStarting(string text, int before, string tag)
        {
            var at = text.LastIndexOf(tag, before, StringComparison.Ordinal);
            if (at < 0) return null;
            var lineStart = at == 0 ? 0 : text.LastIndexOfAny(new[] { '\n', '\r' }, at - 1) + 1;
            var prefix = text.Substring(lineStart, at - lineStart);
            if (!prefix.All(c => c == ' ' || c == '\t')) return null;
            var lineEnd = text.IndexOfAny(new[] { '\n', '\r' }, at);
            return (prefix, text.Substring(at, (lineEnd < 0 ? text.Length : lineEnd) - at));
        }

        private static string ValueIndent(string text, int before, string indent)
        {
            var value = LastLineStarting(text, before, "<value>") ?? LastLineStarting(text, before, "<value ");
            if (value != null && value.Value.Indent.Length > indent.Length) return value.Value.Indent;
            return indent + (indent.Length == 0 ? "  " : indent.Contains('\t') ? "\t" : new string(' ', indent.Length));
        }
    }
}
