using System.Collections.Immutable;
using LocalizedContent.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Benchmarks.Infrastructure;

/// <summary>
/// The floor of LC0001's work on a project: find every string literal holding a right-to-left letter and report it,
/// nothing else (no classification, no other rule, no check for generated code). One syntax tree action per file;
/// the text searched for non-ASCII characters with .NET 10's vectorized search, a token looked up (FindToken) only
/// there. What the analyzers' ≤ 1% target leaves room for: `--analyzer-cost` prints its telemetry beside ours.
/// </summary>
#pragma warning disable RS1001, RS1025, RS1026, RS2008 // a benchmark probe, not a shipped analyzer
internal sealed class ReportingFloorAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("FLOOR0001", "Right-to-left literal", "Right-to-left literal", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterSyntaxTreeAction(Analyze);
    }

    private static void Analyze(SyntaxTreeAnalysisContext context)
    {
        var text = context.Tree.GetText(context.CancellationToken).ToString();
        SyntaxNode? root = null;
        for (var position = 0; position < text.Length;)
        {
            var next = text.AsSpan(position).IndexOfAnyExceptInRange('\0', '\x7F');
            if (next < 0) break;
            position += next;
            root ??= context.Tree.GetRoot(context.CancellationToken);
            var token = root.FindToken(position);
            if (token.Span.Contains(position) && token.IsKind(SyntaxKind.StringLiteralToken) && RtlLetters.ContainsRtlLetter(token.ValueText))
                context.ReportDiagnostic(Diagnostic.Create(Rule, token.GetLocation()));
            position = token.Span.End > position ? token.Span.End : position + 1;
        }
    }
}
#pragma warning restore RS1001, RS1025, RS1026, RS2008
