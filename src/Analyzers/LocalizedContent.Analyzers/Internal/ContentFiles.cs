using System;
using System.Collections.Generic;
using System.IO;
using LocalizedContent.Naming;
using LocalizedContent.ResxFormat;
using LocalizedContent.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Analyzers
{
    /// <summary>A piece of text of a LocalizedContent file: a line of a .txt document or the value of a .resx entry.</summary>
    internal readonly struct ContentUnit
    {
        public ContentUnit(string text, int start, ArabicScriptLanguage fileLanguage)
        {
            Text = text;
            Start = start;
            FileLanguage = fileLanguage;
        }

        /// <summary>The text as the generator reads it.</summary>
        public string Text { get; }

        /// <summary>Where the text starts in the file. For .txt lines each character maps one to one; in .resx values an
        /// entity (&amp;amp;) is longer in the file than in the value, so positions are mapped with <see cref="ContentFile.FindInSource"/>.</summary>
        public int Start { get; }

        /// <summary>The language of the whole file, by its culture (file suffix or Culture metadata), else by its letters.</summary>
        public ArabicScriptLanguage FileLanguage { get; }
    }

    /// <summary>
    /// The LocalizedContent files (AdditionalFiles with metadata LocalizedContentItem=true, see buildTransitive):
    /// .txt documents, checked line by line, and .resx files, whose &lt;data&gt;&lt;value&gt; texts are checked.
    /// </summary>
    internal sealed class ContentFile
    {
        private ContentFile(AdditionalText file, SourceText text, List<ContentUnit> units, bool isResx, ArabicScriptLanguage cultureLanguage)
        {
            CultureLanguage = cultureLanguage;
            File = file;
            SourceText = text;
            Units = units;
            IsResx = isResx;
        }

        public AdditionalText File { get; }
        public SourceText SourceText { get; }
        public List<ContentUnit> Units { get; }
        public bool IsResx { get; }

        /// <summary>The language of the file's culture (Culture metadata or file name suffix), Unknown for a neutral file.</summary>
        public ArabicScriptLanguage CultureLanguage { get; }

        public static bool IsLocalizedContent(AdditionalFileAnalysisContext context) =>
            ProjectOptions.IsLocalizedContent(context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.AdditionalFile));

        /// <summary>The file's content units, or null when it is not a LocalizedContent .txt or .resx file.</summary>
        public static ContentFile? Read(AdditionalFileAnalysisContext context)
        {
            if (!IsLocalizedContent(context)) return null;
            var path = context.AdditionalFile.Path;
            var extension = Path.GetExtension(path);
            var isResx = string.Equals(extension, ".resx", StringComparison.OrdinalIgnoreCase);
            if (!isResx && !string.Equals(extension, ".txt", StringComparison.OrdinalIgnoreCase)) return null;
            var text = context.AdditionalFile.GetText(context.CancellationToken);
            if (text == null) return null;

            var culture = LanguageOfCulture(context);
            var units = new List<ContentUnit>();
            if (isResx)
            {
                var values = ReadResxValues(text);
                var language = culture;
                if (language == ArabicScriptLanguage.Unknown)
                    language = TextChecks.LanguageByLetters(string.Join("\n", values.ConvertAll(v => v.Value)));
                foreach (var (value, start) in values) units.Add(new ContentUnit(value, start, language));
            }
            else
            {
                var language = culture != ArabicScriptLanguage.Unknown ? culture : TextChecks.LanguageByLetters(text.ToString());
                foreach (var line in text.Lines)
                {
                    var lineText = text.ToString(line.Span);
                    units.Add(new ContentUnit(lineText, line.Start, language));
                }
            }
            return new ContentFile(context.AdditionalFile, text, units, isResx, culture);
        }

        /// <summary>Persian for fa/prs cultures, Arabic for ar: the file's culture as the generator names it
        /// (<see cref="ItemNames"/>: Culture metadata, else the file name's suffix, News.fa.txt).</summary>
        private static ArabicScriptLanguage LanguageOfCulture(AdditionalFileAnalysisContext context)
        {
            var options = context.Options.AnalyzerConfigOptionsProvider;
            var culture = ItemNames.Read(context.AdditionalFile.Path, options.GetOptions(context.AdditionalFile), options.GlobalOptions).Culture;
            switch (culture is null ? null : CultureTag.Language(culture))
            {
                case "fa": case "prs": case "pes": return ArabicScriptLanguage.Persian;
                case "ar": return ArabicScriptLanguage.Arabic;
                default: return ArabicScriptLanguage.Unknown;
            }
        }

        /// <summary>The position in the file of character <paramref name="index"/> of <paramref name="unit"/>.</summary>
        public int FindInSource(ContentUnit unit, int index)
        {
            if (!IsResx) return unit.Start + index;
            // Walk the raw XML text from the unit's start, stepping over entities and CR LF (XML turns it into LF).
            var position = unit.Start;
            for (var i = 0; i < index && position < SourceText.Length; i++)
            {
                var c = SourceText[position];
                if (c == '&')
                {
                    var end = position;
                    while (end < SourceText.Length && SourceText[end] != ';' && end - position < 12) end++;
                    position = end + 1;
                }
                else if (c == '\r' && position + 1 < SourceText.Length && SourceText[position + 1] == '\n') position += 2;
                else position++;
            }
            return position;
        }

        public Location Location(int start, int end)
        {
            // Clamped: a malformed entity at the end of a file must not throw from an analyzer.
            start = Math.Max(0, Math.Min(start, SourceText.Length));
            end = Math.Max(start, Math.Min(end, SourceText.Length));
            var span = TextSpan.FromBounds(start, end);
            return Microsoft.CodeAnalysis.Location.Create(File.Path, span, SourceText.Lines.GetLinePositionSpan(span));
        }

        public Location Location(ContentUnit unit, int startIndex, int endIndex) =>
            Location(FindInSource(unit, startIndex), FindInSource(unit, endIndex));

        /// <summary>The text of every &lt;data&gt;&lt;value&gt; with the position of its first character, as the
        /// generator reads them (<see cref="ResxFile"/>). Malformed XML: the entries read before the error (the
        /// generator reports the error).</summary>
        private static List<(string Value, int Start)> ReadResxValues(SourceText text)
        {
            var values = new List<(string, int)>();
            foreach (var data in ResxFile.Read(text).Entries)
            {
                if (data.IsString && data.Value is { Length: > 0 } value && data.ValueTextOffset >= 0) values.Add((value, data.ValueTextOffset));
            }
            return values;
        }
    }
}
