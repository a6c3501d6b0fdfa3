using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Analyzers
{
    /// <summary>
    /// LC0004: an unescaped bidi control character (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI) anywhere in the source
    /// text — literals, comments, doc comments, identifiers, disabled code — or in a LocalizedContent file. These are
    /// the characters of "Trojan Source" (CVE-2021-42574): they make code display differently from how it compiles.
    /// Generated code is analyzed too: an <c>// &lt;auto-generated/&gt;</c> header must not hide them.
    /// LC0007: in a .resx value or a .txt line, embeddings closed by PDF and isolates closed by PDI, properly nested
    /// (<see cref="BidiPairs"/>), are what a translator writes on purpose: a warning, not the error. Overrides, and
    /// controls that are unpaired or unterminated in their value, stay LC0004 (as GCC's -Wbidi-chars=unpaired).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BidiControlCharacterAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = Rules.Create(
            Rules.BidiControlCharacter,
            "Raw bidi control character",
            "Raw bidi control character {0}; it can make text display differently from what it is (write it as an escape, or remove it)",
            DiagnosticSeverity.Error,
            "Bidi embedding, override and isolate controls reorder how text is displayed. Unescaped in source they can make code or text read differently from what it compiles to (Trojan Source, CVE-2021-42574).");

        public static readonly DiagnosticDescriptor PairedRule = Rules.Create(
            Rules.PairedBidiControls,
            "Paired bidi controls in content",
            "Paired bidi controls {0} … {1}; {2}",
            DiagnosticSeverity.Warning,
            "Embeddings (LRE, RLE … PDF) and isolates (LRI, RLI, FSI … PDI) that a translator paired within one value of a LocalizedContent file display as intended. They are still invisible in review, and embeddings also reorder the text around them; the isolates, which Unicode recommends, do not.");

        /// <summary>Diagnostic properties of a paired embedding, for the fix: the isolates that replace the opener and
        /// the closer, written as they are in the file (raw, or as an XML character reference).</summary>
        public const string OpenerIsolate = "OpenerIsolate", CloserIsolate = "CloserIsolate";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule, PairedRule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            // In a compilation start action for the compilation: the tree's text may have been read already (LiteralScan).
            context.RegisterCompilationStartAction(start => start.RegisterSyntaxTreeAction(c => AnalyzeTree(c, start.Compilation)));
            context.RegisterAdditionalFileAction(AnalyzeFile);
        }

        private static void AnalyzeTree(SyntaxTreeAnalysisContext context, Compilation compilation)
        {
            if (LiteralScan.HasBidiControl(compilation, context.Tree) == false) return;
            var chars = context.Tree.GetText(context.CancellationToken).ToString(); // a StringText hands out its string
            foreach (var position in Controls(chars))
                context.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(context.Tree, new TextSpan(position, 1)), TextChecks.BidiName(chars[position])));
        }

        private static void AnalyzeFile(AdditionalFileAnalysisContext context)
        {
            if (!ContentFile.IsLocalizedContent(context)) return;
            var text = context.AdditionalFile.GetText(context.CancellationToken);
            if (text == null) return;
            var paired = ReportPairs(context, ContentFile.Read(context));
            foreach (var position in Controls(text.ToString()))
            {
                if (paired.Contains(position)) continue;
                var span = new TextSpan(position, 1);
                context.ReportDiagnostic(Diagnostic.Create(Rule,
                    Location.Create(context.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span)), TextChecks.BidiName(text[position])));
            }
        }

        /// <summary>Reports LC0007 for each pair of raw controls in a value (an escaped control, &amp;#x202A;, is visible
        /// and not reported); returns the file positions of the controls reported.</summary>
        private static HashSet<int> ReportPairs(AdditionalFileAnalysisContext context, ContentFile? file)
        {
            var paired = new HashSet<int>();
            if (file == null) return paired;
            foreach (var unit in file.Units)
            {
                foreach (var (open, close) in BidiPairs.Find(unit.Text))
                    if (!BidiPairs.IsOverride(unit.Text[open])) ReportPair(context, file, unit, open, close, paired);
            }
            return paired;
        }

        private static void ReportPair(AdditionalFileAnalysisContext context, ContentFile file, ContentUnit unit, int open, int close, HashSet<int> paired)
        {
            int openStart = file.FindInSource(unit, open), closeStart = file.FindInSource(unit, close), closeEnd = file.FindInSource(unit, close + 1);
            bool rawOpener = file.FindInSource(unit, open + 1) - openStart == 1, rawCloser = closeEnd - closeStart == 1;
            if (!rawOpener && !rawCloser) return;
            if (rawOpener) paired.Add(openStart);
            if (rawCloser) paired.Add(closeStart);
            char opener = unit.Text[open], closer = unit.Text[close];
            var properties = ImmutableDictionary<string, string?>.Empty;
            var hint = "they are invisible in review: keep them only where the text needs them";
            if (BidiPairs.IsEmbedding(opener))
            {
                var isolate = BidiPairs.EquivalentIsolate(opener);
                hint = "the isolates " + TextChecks.BidiName(isolate) + " … " + TextChecks.BidiName(BidiPairs.Pdi)
                    + " set the same direction without affecting the text around them: use them instead";
                properties = properties.Add(OpenerIsolate, Written(isolate, rawOpener)).Add(CloserIsolate, Written(BidiPairs.Pdi, rawCloser));
            }
            context.ReportDiagnostic(Diagnostic.Create(PairedRule, file.Location(openStart, closeEnd), properties,
                TextChecks.BidiName(opener), TextChecks.BidiName(closer), hint));
        }

        private static string Written(char control, bool raw) => raw ? control.ToString() : "&#x" + ((int)control).ToString("X4") + ";";

        /// <summary>The positions of the bidi controls in <paramref name="chars"/>. Controls are not ASCII: ASCII is
        /// skipped four characters at a time.</summary>
        private static IEnumerable<int> Controls(string chars)
        {
            for (var i = SourceChars.NextGeneralPunctuation(chars, 0); i < chars.Length; i = SourceChars.NextGeneralPunctuation(chars, i + 1))
                if (TextChecks.IsBidiControl(chars[i])) yield return i;
        }
    }
}
