using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.Diagnostics;
using LocalizedContent.Generator.LocaleData;
using LocalizedContent.Generator.Messages.Model;
using LocalizedContent.Naming;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>
    /// Turns one .resx LocalizedContent item into a <see cref="ResxFileModel"/>: reads the strings, parses each as
    /// a message and checks what one file can tell on its own (syntax, plural cases, options). Checks that need the
    /// other cultures are the class builder's.
    /// </summary>
    internal static class MessageFileParser
    {
        public static ResxFileModel Parse(LocalizedItem item, SourceText text, string? neutralLanguage)
        {
            var diagnostics = new List<DiagnosticInfo>(item.Diagnostics);
            if (item.ClassNameDiagnostic is { } classNameDiagnostic) diagnostics.Add(classNameDiagnostic);
            var fileName = Path.GetFileName(item.FilePath);
            var fileStart = LocationInfo.FileStart(item.FilePath);

            var neutral = neutralLanguage is not null && CultureTag.IsValid(neutralLanguage.Trim()) ? CultureTag.Normalize(neutralLanguage.Trim()) : "en";
            var language = item.Culture ?? neutral;
            if (!CldrLocales.IsKnown(language, out var used))
            {
                diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.UnknownLocale, fileStart, language, fileName,
                    used == "und" ? "CLDR's root locale (und)" : "CLDR's '" + used + "'"));
            }

            var digits = DigitsMode.Default;
            switch (item.Options.Digits?.ToLowerInvariant())
            {
                case null: case "default": case "cldr": break;
                case "native": digits = DigitsMode.Native; break;
                case "latin": case "latn": digits = DigitsMode.Latin; break;
                default:
                    diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.InvalidOption, fileStart, item.Options.Digits!, "Digits (LocalizedContentDigits)", fileName, "default, native or latin"));
                    break;
            }
            // Adlam, Chakma…: the runtime writes a digit as one UTF-16 unit, so these are written as Latin digits; ICU
            // writes the culture's own, hence a warning unless Latin digits are asked for.
            if (digits != DigitsMode.Latin && NumberingSystems.SupplementaryDigitsOf(used) is { } adlam)
                diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.SupplementaryDigits, fileStart, language, fileName, adlam));

            var isolate = CultureTag.IsRightToLeft(language);
            switch (item.Options.BidiIsolation?.ToLowerInvariant())
            {
                case null: case "true": break;
                case "false": isolate = false; break;
                default:
                    diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.InvalidOption, fileStart, item.Options.BidiIsolation!, "BidiIsolation (LocalizedContentBidiIsolation)", fileName, "true or false"));
                    break;
            }

            var shape = DesignerShapeBuilder.ParseOption(item, diagnostics);

            CalendarKind? calendar = null;
            if (item.Options.Calendar is not null)
            {
                calendar = Calendars.Parse(item.Options.Calendar);
                if (calendar is null && !string.Equals(item.Options.Calendar, "default", StringComparison.OrdinalIgnoreCase))
                {
                    diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.InvalidOption, fileStart, item.Options.Calendar, "Calendar (LocalizedContentCalendar)", fileName,
                        "default, " + Calendars.Expected + (Calendars.Unsupported(item.Options.Calendar) is { } why ? "; " + why : "")));
                }
            }

            // A file the compiler could not decode as UTF-8 was read with a legacy code page (or with U+FFFD for
            // the bad bytes): its Arabic and Persian text is garbage, which only the user can fix.
            if ((text.Encoding is not null && !(text.Encoding is UTF8Encoding || text.Encoding is UnicodeEncoding || text.Encoding is UTF32Encoding))
                || (DecodedText.ReplacementMayBeDecoderMade(text.Encoding) && DecodedText.HasReplacement(text)))
            {
                diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.NotUtf8, fileStart, fileName));
            }

            // Read from the text as it is, never copied into one string: a .resx file's string is a large object,
            // which only a full collection frees.
            var (entries, readDiagnostics, lines) = ResxReader.Read(item.FilePath, text);
            diagnostics.AddRange(readDiagnostics);

            var mode = MessageDialects.ReadMode(item.Options.MessageFormat, fileStart, fileName, diagnostics);
            LocationInfo At(ResxEntry entry, LiteralBrace brace)
            {
                if (entry.ValueStart < 0) return entry.ValueLocation;
                return ResxReader.InValue(item.FilePath, text, lines, entry.ValueStart, brace.Offset, brace.Text.Length);
            }
            DotNetReading ReadDotNet(ResxEntry entry, CompositeParseResult composite)
            {
                // A reading that is the value itself as text ({name} kept literal) keeps no parts (ResxMessage.Parts).
                var parts = composite.Parts.Count == 1 && composite.Parts[0] is TextPart only && only.Text == entry.Value ? default : composite.Parts;
                if (composite.Literals.Count == 0) return new DotNetReading(parts, CompositeFormatParser.Placeholders(composite.Parts), EquatableArray<DiagnosticInfo>.Empty);
                var literals = new DiagnosticInfo[composite.Literals.Count];
                for (var i = 0; i < literals.Length; i++)
                {
                    var brace = composite.Literals[i];
                    literals[i] = DiagnosticInfo.Create(GeneratorDiagnostics.LiteralBraceText, At(entry, brace), entry.Key, brace.Text, brace.Reason);
                }
                return new DotNetReading(parts, CompositeFormatParser.Placeholders(composite.Parts), new EquatableArray<DiagnosticInfo>(literals));
            }

            var ruleSet = PluralRules.RuleSetFor(language);
            var messages = new List<ResxMessage>(entries.Count);
            // An Open value's ICU diagnostics are collected here and copied into its message: one list for the file.
            var openDiagnostics = new List<DiagnosticInfo>();
            foreach (var entry in entries)
            {
                // Most values are text without braces or apostrophes: every reading is the text itself, so no second
                // reading is kept for its set to choose from (the pipeline keeps every message of every file).
                if (mode != MessageFormatMode.Icu && MessageFormatParser.IsText(entry.Value))
                {
                    messages.Add(new ResxMessage(entry.Key, entry.Value, entry.DataLocation, entry.ValueLocation, true, default,
                        EquatableArray<Placeholder>.Empty, mode == MessageFormatMode.DotNet ? MessageDialect.DotNet : MessageDialect.Text));
                    continue;
                }
                var dialect = MessageDialect.Icu;
                CompositeParseResult? composite = null;
                if (mode != MessageFormatMode.Icu && (mode == MessageFormatMode.DotNet || !CompositeFormatParser.HasTypedIcuArgument(entry.Value)))
                {
                    composite = CompositeFormatParser.Parse(entry.Value);
                    dialect = mode == MessageFormatMode.DotNet || (composite.Valid && composite.HasBraces) ? MessageDialect.DotNet : MessageDialect.Open;
                }
                if (dialect == MessageDialect.DotNet)
                {
                    var reading = ReadDotNet(entry, composite!);
                    diagnostics.AddRange(reading.Diagnostics);
                    messages.Add(new ResxMessage(entry.Key, entry.Value, entry.DataLocation, entry.ValueLocation, true, reading.Parts, reading.Placeholders, MessageDialect.DotNet));
                    continue;
                }
                // An Open value's ICU errors are its set's to report: only a set that reads it as ICU has them.
                openDiagnostics.Clear();
                var icuDiagnostics = dialect == MessageDialect.Icu ? diagnostics : openDiagnostics;
                var dotNet = dialect == MessageDialect.Open ? ReadDotNet(entry, composite!) : null;
                var parsed = MessageFormatParser.Parse(entry.Value);
                if (parsed.Error is not null)
                {
                    icuDiagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.InvalidMessage, entry.ValueLocation, entry.Key, parsed.Error));
                    messages.Add(new ResxMessage(entry.Key, entry.Value, entry.DataLocation, entry.ValueLocation, false,
                        new EquatableArray<MessagePart>(new MessagePart[] { new TextPart(entry.Value) }), EquatableArray<Placeholder>.Empty,
                        dialect, dotNet, dialect == MessageDialect.Open ? icuDiagnostics.ToEquatableArray() : default));
                    continue;
                }
                foreach (var problem in parsed.Problems)
                {
                    icuDiagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.UnsupportedDateFormat, entry.ValueLocation, entry.Key, problem));
                }
                CheckCases(parsed.Parts, entry, fileName, language, ruleSet, icuDiagnostics);
                messages.Add(new ResxMessage(entry.Key, entry.Value, entry.DataLocation, entry.ValueLocation, true, parsed.Parts, MessageFormatParser.Placeholders(parsed.Parts),
                    dialect, dotNet, dialect == MessageDialect.Open ? icuDiagnostics.ToEquatableArray() : default));
            }

            return new ResxFileModel(item, language, item.Culture ?? neutral, digits, isolate, messages.ToEquatableArray(), diagnostics.ToEquatableArray(), calendar, shape);
        }

        private static void CheckCases(EquatableArray<MessagePart> parts, ResxEntry entry, string fileName, string language, string? ruleSet, List<DiagnosticInfo> diagnostics)
        {
            foreach (var part in parts)
            {
                EquatableArray<MessageCase> cases;
                string kind;
                if (part is PluralPart plural)
                {
                    cases = plural.Cases;
                    kind = "plural";
                    if (ruleSet is null)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.NoPluralRules, entry.ValueLocation, language, entry.Key));
                    }
                    else
                    {
                        var missing = new List<string>();
                        foreach (var category in PluralRules.Categories(ruleSet))
                        {
                            if (category == "other") continue;
                            var found = false;
                            foreach (var c in cases) found |= c.Selector == category;
                            if (!found) missing.Add(category);
                        }
                        if (missing.Count > 0)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.MissingPluralCategories, entry.ValueLocation, entry.Key, fileName, PluralRules.Describe(missing), language));
                        }
                    }
                }
                else if (part is SelectPart select)
                {
                    cases = select.Cases;
                    kind = "select";
                }
                else
                {
                    continue;
                }
                var hasOther = false;
                foreach (var c in cases)
                {
                    hasOther |= c.Selector == "other";
                    CheckCases(c.Body, entry, fileName, language, ruleSet, diagnostics);
                }
                if (!hasOther) diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.MissingOther, entry.ValueLocation, kind, part is PluralPart pp ? pp.Name : ((SelectPart)part).Name, fileName));
            }
        }
    }
}
