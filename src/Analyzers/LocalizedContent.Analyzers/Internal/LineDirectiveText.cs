using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Analyzers
{
    internal enum LineDirectiveKind { Unread, Default, Hidden, Numbered, Span }

    /// <summary>
    /// A <c>#line</c> directive's meaning: read from its text when it is written as the Razor compiler writes it
    /// (<c>#line default</c>, <c>#line hidden</c>, <c>#line 12 "file"</c>, <c>#line (3,5)-(3,10) 24 "file"</c>), else
    /// from the tree's structure of it. The file of a directive is not an escaped string: it ends at the next quote.
    /// </summary>
    internal readonly struct LineDirectiveText
    {
        private LineDirectiveText(LineDirectiveKind kind, string? file, LinePosition? end, LinePosition start = default, int characterOffset = 0)
        {
            Kind = kind;
            File = file;
            End = end;
            Start = start;
            CharacterOffset = characterOffset;
        }

        public LineDirectiveKind Kind { get; }
        public string? File { get; }

        /// <summary>Where an enhanced directive's span ends in the mapped file (0-based), else null.</summary>
        public LinePosition? End { get; }

        /// <summary>Where the next line maps to (0-based): an enhanced directive's span start, or a numbered directive's
        /// line (character 0).</summary>
        public LinePosition Start { get; }

        /// <summary>An enhanced directive's character offset: the column of the next line that maps to <see cref="Start"/>
        /// (0 when not written).</summary>
        public int CharacterOffset { get; }

        /// <summary>The directive whose text goes on at <paramref name="at"/> (after <c>#line</c>); Unread when it is
        /// written some other way. A file name equal to <paramref name="lastFile"/> is that string, not a new one: a
        /// Razor file's output names the same file in every directive.</summary>
        public static LineDirectiveText Read(string text, int at, string? lastFile = null)
        {
            var i = SkipSpaces(text, at);
            if (i == at || i >= text.Length) return default;
            if (Word(text, ref i, "default")) return AtLineEnd(text, i) ? new LineDirectiveText(LineDirectiveKind.Default, null, null) : default;
            if (Word(text, ref i, "hidden")) return AtLineEnd(text, i) ? new LineDirectiveText(LineDirectiveKind.Hidden, null, null) : default;
            if (text[i] == '(')
            {
                // (line,char)-(line,char) [offset] "file"
                i++;
                if (!Number(text, ref i, out var startLine) || !Char(text, ref i, ',') || !Number(text, ref i, out var startCharacter) || !Char(text, ref i, ')') || !Char(text, ref i, '-')
                    || !Char(text, ref i, '(') || !Number(text, ref i, out var endLine) || !Char(text, ref i, ',') || !Number(text, ref i, out var endCharacter)
                    || !Char(text, ref i, ')') || startLine < 1 || startCharacter < 1 || endLine < 1 || endCharacter < 1) return default;
                var afterSpan = SkipSpaces(text, i);
                if (afterSpan == i) return default;
                i = afterSpan;
                if (Number(text, ref i, out var offset))
                {
                    var afterOffset = SkipSpaces(text, i);
                    if (afterOffset == i) return default;
                    i = afterOffset;
                }
                return QuotedFile(text, ref i, out var spanFile, lastFile) && AtLineEnd(text, i)
                    ? new LineDirectiveText(LineDirectiveKind.Span, spanFile, new LinePosition(endLine - 1, endCharacter - 1),
                        new LinePosition(startLine - 1, startCharacter - 1), offset) : default;
            }
            if (!Number(text, ref i, out var number) || number < 1) return default;
            var afterLine = SkipSpaces(text, i);
            var mapped = new LinePosition(number - 1, 0);
            if (AtLineEnd(text, afterLine)) return new LineDirectiveText(LineDirectiveKind.Numbered, null, null, mapped);
            if (afterLine == i) return default;
            i = afterLine;
            return QuotedFile(text, ref i, out var file, lastFile) && AtLineEnd(text, i) ? new LineDirectiveText(LineDirectiveKind.Numbered, file, null, mapped) : default;
        }

        /// <summary>The same from the tree's structure of the directive.</summary>
        public static LineDirectiveText Of(DirectiveTriviaSyntax directive)
        {
            switch (directive)
            {
                case LineSpanDirectiveTriviaSyntax span:
                    var end = Position(span.End);
                    var start = Position(span.Start) ?? default;
                    var offset = span.CharacterOffset.IsKind(SyntaxKind.NumericLiteralToken) && int.TryParse(span.CharacterOffset.ValueText, out var written) ? written : 0;
                    return new LineDirectiveText(LineDirectiveKind.Span, span.File.ValueText, end, start, offset);
                case LineDirectiveTriviaSyntax numbered when numbered.Line.IsKind(SyntaxKind.NumericLiteralToken):
                    var line = int.TryParse(numbered.Line.ValueText, out var number) && number > 0 ? number - 1 : 0;
                    return new LineDirectiveText(LineDirectiveKind.Numbered, numbered.File.IsKind(SyntaxKind.StringLiteralToken) ? numbered.File.ValueText : null, null,
                        new LinePosition(line, 0));
                case LineDirectiveTriviaSyntax other when other.Line.IsKind(SyntaxKind.DefaultKeyword):
                    return new LineDirectiveText(LineDirectiveKind.Default, null, null);
                default:
                    return new LineDirectiveText(LineDirectiveKind.Hidden, null, null);
            }
        }

        private static LinePosition? Position(LineDirectivePositionSyntax position) =>
            int.TryParse(position.Line.ValueText, out var line) && int.TryParse(position.Character.ValueText, out var character) && line > 0 && character > 0
                ? new LinePosition(line - 1, character - 1) : (LinePosition?)null;

        /// <summary>The file this directive maps the next lines to, or null. As Roslyn reads them: <c>#line N</c> without
        /// a file keeps the file of the last <c>#line N "file"</c> (through <c>#line hidden</c>), which <c>#line
        /// default</c> and an enhanced <c>#line (…)-(…) "file"</c> forget.</summary>
        public string? MappedFile(ref string? inherited)
        {
            switch (Kind)
            {
                case LineDirectiveKind.Span:
                    inherited = null;
                    return File;
                case LineDirectiveKind.Numbered:
                    if (File != null) inherited = File;
                    return inherited;
                case LineDirectiveKind.Default:
                    inherited = null;
                    return null;
                default:
                    return null;
            }
        }

        /// <summary>The first index at or after <paramref name="i"/> that is not a space or a tab.</summary>
        internal static int SkipSpaces(string text, int i)
        {
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t')) i++;
            return i;
        }

        private static bool AtLineEnd(string text, int i)
        {
            i = SkipSpaces(text, i);
            return i >= text.Length || text[i] == '\r' || text[i] == '\n';
        }

        private static bool Word(string text, ref int i, string word)
        {
            if (string.CompareOrdinal(text, i, word, 0, word.Length) != 0) return false;
            i += word.Length;
            return true;
        }

        private static bool Char(string text, ref int i, char c)
        {
            if (i >= text.Length || text[i] != c) return false;
            i++;
            return true;
        }

        private static bool Number(string text, ref int i, out int value)
        {
            value = 0;
            var start = i;
            while (i < text.Length && text[i] >= '0' && text[i] <= '9' && i - start < 9) value = value * 10 + (text[i++] - '0');
            return i > start && (i >= text.Length || text[i] < '0' || text[i] > '9');
        }

        /// <summary>The quoted file name at <paramref name="i"/> of a <c>#line</c> or <c>#pragma checksum</c> (not an
        /// escaped string: it ends at the next quote on its line), <paramref name="same"/> itself when equal;
        /// <paramref name="i"/> moves past it.</summary>
        public static bool QuotedFile(string text, ref int i, out string? file, string? same = null)
        {
            file = null;
            if (i >= text.Length || text[i] != '"') return false;
            for (var end = i + 1; end < text.Length && text[end] != '\r' && text[end] != '\n'; end++)
            {
                if (text[end] != '"') continue;
                var length = end - i - 1;
                file = same != null && same.Length == length && string.CompareOrdinal(text, i + 1, same, 0, length) == 0 ? same : text.Substring(i + 1, length);
                i = end + 1;
                return true;
            }
            return false;
        }
    }
}
