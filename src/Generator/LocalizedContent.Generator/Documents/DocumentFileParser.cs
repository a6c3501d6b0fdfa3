using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.Diagnostics;
using LocalizedContent.Generator.Documents.Model;
using LocalizedContent.Naming;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Generator.Documents
{
    /// <summary>
    /// Turns one LocalizedContent .txt item and its text into a <see cref="DocumentFile"/>: front matter, title,
    /// paragraphs, language and direction, and every problem as a located diagnostic. Pure: plain values in (the
    /// generator reads the item, its text and its TitleLine metadata), a model out; never throws on bad input.
    /// </summary>
    internal static class DocumentFileParser
    {
        /// <summary>Past this, one document's literal alone nearly fills the 16 MB user-string heap (CS8103).</summary>
        internal const int MaxTextLength = 8_000_000;

        /// <param name="item">The item, read by <see cref="LocalizedItemReader"/>.</param>
        /// <param name="source">The file's text, or null when the compiler could not read it (LC1016).</param>
        /// <param name="titleLine">The item's TitleLine metadata, or null.</param>
        public static DocumentFile Parse(LocalizedItem item, SourceText? source, string? titleLine, CancellationToken cancellationToken = default)
        {
            var fileName = Path.GetFileName(item.FilePath);
            var diagnostics = new List<DiagnosticInfo>(item.Diagnostics);
            if (source is null)
            {
                // Still a (blank) variant, so code that uses the class compiles and the one error says why.
                diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.UnreadableDocument, LocationInfo.FileStart(item.FilePath), fileName));
                var blank = new DocumentContent("", "", EquatableArray<int>.Empty, "", false);
                if (item.ClassNameDiagnostic is { } unreadableNameDiagnostic) diagnostics.Add(unreadableNameDiagnostic);
                return new DocumentFile(item.FilePath, fileName, item.ClassName, item.Namespace, item.Culture, blank, diagnostics.ToEquatableArray(), LocationInfo.FileStart(item.FilePath));
            }

            var original = source.ToString();
            var location = new Locator(item.FilePath, source, original);
            CheckEncoding(source, original, fileName, location, diagnostics);

            var normalized = DocumentText.Normalize(original);
            var frontMatter = FrontMatter.Read(normalized);
            if (frontMatter.IsUnclosed)
            {
                diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.UnclosedFrontMatter, location.At(0, 3), fileName));
            }
            foreach (var (start, length, reason) in frontMatter.Problems)
            {
                diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.InvalidFrontMatterLine, location.At(start, length), normalized.Substring(start, length).Trim(), reason));
            }

            // Front matter names the class: a complaint about the file name then no longer applies. Whether the
            // name can name a type is decided with the other classes (DocumentClassBuilder, ClassNames).
            var className = item.ClassName;
            var classNameLocation = LocationInfo.FileStart(item.FilePath);
            if (frontMatter.Class is { } classValue)
            {
                classNameLocation = location.At(classValue.Start, classValue.Length);
                var problems = new List<NamingProblem>();
                className = ItemNames.Identifier(classValue.Value, problems);
                foreach (var problem in problems) diagnostics.Add(NamingDiagnostics.Create(problem, classNameLocation));
            }
            else if (item.ClassNameDiagnostic is { } classNameDiagnostic)
            {
                diagnostics.Add(classNameDiagnostic);
            }

            var culture = item.Culture;
            if (frontMatter.Culture is { } cultureValue)
            {
                if (CultureTag.IsValid(cultureValue.Value)) culture = CultureTag.Normalize(cultureValue.Value);
                else diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.InvalidFrontMatterCulture, location.At(cultureValue.Start, cultureValue.Length), cultureValue.Value));
            }

            cancellationToken.ThrowIfCancellationRequested();
            var bodyStart = frontMatter.BodyStart;
            var text = bodyStart == 0 ? normalized : normalized.Substring(bodyStart);
            var (title, paragraphs) = DocumentText.Split(text, frontMatter.Title, TitleLineStart(titleLine, item.FilePath, text, fileName, diagnostics));
            if (title.Length == 0 && paragraphs.Count == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.EmptyDocument, LocationInfo.FileStart(item.FilePath), fileName));
            }
            if (text.Length > MaxTextLength)
            {
                diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.DocumentTooLarge, LocationInfo.FileStart(item.FilePath), fileName,
                    text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            var (language, isRightToLeft) = DocumentLanguage.Of(culture, text.Length == 0 ? title : text);
            if (culture is not null && DocumentLanguage.Contradiction(culture, text) is { } contradiction)
            {
                var at = bodyStart + contradiction.Offset;
                diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.LettersContradictCulture, location.At(at, 1),
                    fileName, culture, contradiction.Language, normalized[at].ToString()));
            }

            var content = new DocumentContent(text, title, paragraphs, language, isRightToLeft);
            return new DocumentFile(item.FilePath, fileName, className, item.Namespace, culture, content, diagnostics.ToEquatableArray(), classNameLocation);
        }

        /// <summary>
        /// TitleLine metadata: the 1-based line of the body (the text after any front matter) where the title is
        /// looked for; the lines above it are a preamble such as a breadcrumb scraped with an article. Returns the
        /// offset in <paramref name="text"/> to start from (0 without the metadata; LC1019 for a bad value).
        /// </summary>
        private static int TitleLineStart(string? value, string filePath, string text, string fileName, List<DiagnosticInfo> diagnostics)
        {
            if (value is null || string.IsNullOrWhiteSpace(value)) return 0;
            var start = int.TryParse(value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var line)
                ? DocumentText.LineStart(text, line)
                : -1;
            if (start >= 0) return start;
            var lines = (text.Length - text.Replace("\n", "").Length + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.InvalidTitleLine, LocationInfo.FileStart(filePath), value.Trim(), fileName, lines));
            return 0;
        }

        /// <summary>
        /// LC1005. The compiler decodes an additional file as UTF-8 or by its byte order mark; bytes that are not
        /// UTF-8 make it fall back to a legacy code page (no U+FFFD then, but <see cref="SourceText.Encoding"/> is
        /// not a Unicode one). Where the fallback is a lenient UTF-8 (Linux, macOS) bad bytes became U+FFFD, which
        /// then counts too; a U+FFFD that strict decoding let through is the author's and is fine
        /// (<see cref="DecodedText"/>). The diagnostic points at the first bad byte where that can be known.
        /// </summary>
        private static void CheckEncoding(SourceText source, string original, string fileName, Locator location, List<DiagnosticInfo> diagnostics)
        {
            var encoding = source.Encoding;
            int offset;
            if (encoding is not null && !IsUnicode(encoding))
            {
                // In a single-byte code page character i was byte i: find the first byte that breaks UTF-8.
                offset = encoding.IsSingleByte ? FirstInvalidUtf8(encoding.GetBytes(original)) : 0;
                if (offset > original.Length) offset = 0;
            }
            else
            {
                offset = DecodedText.ReplacementMayBeDecoderMade(encoding) ? original.IndexOf('\uFFFD') : -1; // else a U+FFFD the author wrote
                // No editor writes NUL into text; UTF-16 without a byte order mark decodes as valid UTF-8 with a
                // NUL beside every Latin letter and line break.
                var nul = original.IndexOf('\0');
                if (nul >= 0 && (offset < 0 || nul < offset)) offset = nul;
                if (offset < 0) return;
            }
            var span = new TextSpan(offset, offset < original.Length ? 1 : 0);
            diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.NotUtf8, LocationInfo.At(location.FilePath, source, span), fileName));
        }

        private static bool IsUnicode(Encoding encoding) =>
            encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001;

        private static int FirstInvalidUtf8(byte[] bytes)
        {
            for (var i = 0; i < bytes.Length;)
            {
                var b = bytes[i];
                int extra, min;
                if (b < 0x80) { i++; continue; }
                if (b >= 0xC2 && b <= 0xDF) { extra = 1; min = 0x80; }
                else if (b >= 0xE0 && b <= 0xEF) { extra = 2; min = 0x800; }
                else if (b >= 0xF0 && b <= 0xF4) { extra = 3; min = 0x10000; }
                else return i;
                if (i + extra >= bytes.Length) return i; // cut short at the end
                var value = b & (0x3F >> extra);
                for (var k = 1; k <= extra; k++)
                {
                    var next = bytes[i + k];
                    if ((next & 0xC0) != 0x80) return i;
                    value = (value << 6) | (next & 0x3F);
                }
                if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return i;
                i += extra + 1;
            }
            return 0;
        }

        /// <summary>Maps offsets in the normalized text back to the file as the compiler holds it.</summary>
        private sealed class Locator
        {
            private readonly SourceText _source;
            private readonly string _original;

            public Locator(string filePath, SourceText source, string original)
            {
                FilePath = filePath;
                _source = source;
                _original = original;
            }

            public string FilePath { get; }

            public LocationInfo At(int normalizedStart, int normalizedLength)
            {
                var start = DocumentText.OriginalOffset(_original, normalizedStart);
                var end = DocumentText.OriginalOffset(_original, normalizedStart + normalizedLength);
                return LocationInfo.At(FilePath, _source, TextSpan.FromBounds(start, Math.Max(start, end)));
            }
        }
    }
}
