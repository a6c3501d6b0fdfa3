using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Analyzers
{
    /// <summary>LC0005: an unescaped LRM, RLM or ALM in a literal: invisible in review, so it should be written as an escape.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DirectionMarkAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = Rules.Create(
            Rules.DirectionMark,
            "Invisible direction mark",
            "Invisible {0} in a literal; write it as an escape so that reviewers can see it",
            DiagnosticSeverity.Info,
            "Direction marks are legitimate in right-to-left text but invisible: a reviewer cannot tell \"a\" from \"a\\u200F\". Escaped, the intent is visible.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxNodeAction(AnalyzeLiteral, StringLiterals.LiteralKinds);
        }

        private static void AnalyzeLiteral(SyntaxNodeAnalysisContext context)
        {
            if (context.Node is LiteralExpressionSyntax literal) Scan(context, literal.Token);
            else if (context.Node is InterpolatedStringExpressionSyntax interpolated)
                foreach (var content in interpolated.Contents)
                    if (content is InterpolatedStringTextSyntax text) Scan(context, text.TextToken);
        }

        private static void Scan(SyntaxNodeAnalysisContext context, SyntaxToken token)
        {
            var text = token.Text; // the source text: an escaped \u200F is fine
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] < 0x80 || !TextChecks.IsDirectionMark(text[i])) continue;
                context.ReportDiagnostic(Diagnostic.Create(Rule,
                    Location.Create(token.SyntaxTree!, new TextSpan(token.SpanStart + i, 1)), TextChecks.BidiName(text[i])));
            }
        }
    }
}
