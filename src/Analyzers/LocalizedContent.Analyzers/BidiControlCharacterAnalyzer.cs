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

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterSyntaxTreeAction(AnalyzeTree);
            context.RegisterAdditionalFileAction(AnalyzeFile);
        }

        private static void AnalyzeTree(SyntaxTreeAnalysisContext context)
        {
            if (!context.Tree.TryGetText(out var text)) text = context.Tree.GetText(context.CancellationToken);
            Scan(text, position => context.ReportDiagnostic(Diagnostic.Create(Rule,
                Location.Create(context.Tree, new TextSpan(position, 1)), TextChecks.BidiName(text[position]))));
        }

        private static void AnalyzeFile(AdditionalFileAnalysisContext context)
        {
            if (!ContentFile.IsLocalizedContent(context)) return;
            var text = context.AdditionalFile.GetText(context.CancellationToken);
            if (text == null) return;
            Scan(text, position =>
            {
                var span = new TextSpan(position, 1);
                context.ReportDiagnostic(Diagnostic.Create(Rule,
                    Location.Create(context.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span)), TextChecks.BidiName(text[position])));
            });
        }

        private static void Scan(SourceText text, System.Action<int> report)
        {
            // SourceText's indexer reads its chunks without copying the text.
            for (var i = 0; i < text.Length; i++)
                if (TextChecks.IsBidiControl(text[i])) report(i);
        }
    }
}
