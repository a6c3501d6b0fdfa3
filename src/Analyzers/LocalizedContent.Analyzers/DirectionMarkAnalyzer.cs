using System;
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
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // generated code: GeneratedCode.Contains
            LiteralScan.Register(context, LiteralChars.DirectionMark, includeChars: true, CheckLiteral); // a raw mark, not an escape
        }

        /// <summary>The check of one C# literal, shared with the C# of Razor files (<see cref="RazorTextAnalyzer"/>).</summary>
        internal static void CheckLiteral(SyntaxNode node, Action<Diagnostic> report) => CheckLiteral(node, report, null);

        /// <summary>The same, each mark reported where <paramref name="locate"/> puts its span (null: in the tree).</summary>
        internal static void CheckLiteral(SyntaxNode node, Action<Diagnostic> report, Func<TextSpan, Location>? locate)
        {
            if (node is LiteralExpressionSyntax literal) Scan(literal.Token, report, locate);
            else if (node is InterpolatedStringExpressionSyntax interpolated)
                foreach (var content in interpolated.Contents)
                    if (content is InterpolatedStringTextSyntax text) Scan(text.TextToken, report, locate);
        }

        private static void Scan(SyntaxToken token, Action<Diagnostic> report, Func<TextSpan, Location>? locate)
        {
            // The locator captures its arguments: made only for a text that has a mark (the Razor checks ask of every literal).
            if (HasMark(token.Text)) ReportMarks(token, report, locate);
        }

        private static void ReportMarks(SyntaxToken token, Action<Diagnostic> report, Func<TextSpan, Location>? locate) =>
            CheckSource(token.Text, i => locate?.Invoke(new TextSpan(token.SpanStart + i, 1)) ?? Location.Create(token.SyntaxTree!, new TextSpan(token.SpanStart + i, 1)), report);

        /// <summary>Whether <paramref name="source"/> holds a mark <see cref="CheckSource"/> reports.</summary>
        internal static bool HasMark(string source) => NextMark(source, 0) >= 0;

        /// <summary>Each raw mark in <paramref name="source"/> (the text as written: an escape is fine), located by
        /// <paramref name="at"/> from its index; Razor markup uses it with a location in the .razor file.</summary>
        internal static void CheckSource(string source, Func<int, Location> at, Action<Diagnostic> report)
        {
            for (var i = NextMark(source, 0); i >= 0; i = NextMark(source, i + 1))
                report(Diagnostic.Create(Rule, at(i), TextChecks.BidiName(source[i])));
        }

        /// <summary>The index of the first raw mark in <paramref name="source"/> at or after <paramref name="start"/>, or -1.</summary>
        private static int NextMark(string source, int start)
        {
            for (var i = start; i < source.Length; i++)
                if (source[i] >= 0x80 && TextChecks.IsDirectionMark(source[i])) return i;
            return -1;
        }
    }
}
