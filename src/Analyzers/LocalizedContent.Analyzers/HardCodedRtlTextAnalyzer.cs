using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using LocalizedContent.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Analyzers
{
    /// <summary>
    /// LC0001: a string literal (of any kind, UTF-8, or a text part of an interpolated string) written with a letter of
    /// Bidi class R or AL, used as text that people read. Text used as data (search, compare and replace arguments,
    /// == operands, patterns, regexes, keys), escapes, char literals, logging calls, attribute arguments and test
    /// projects are not reported (<see cref="LiteralClassifier"/>); a table of many such literals is reported once.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class HardCodedRtlTextAnalyzer : DiagnosticAnalyzer
    {
        public const string IncludeAttributeArgumentsOption = Rules.OptionPrefix + "LC0001.include_attribute_arguments";
        public const string IncludeTestProjectsOption = Rules.OptionPrefix + "LC0001.include_test_projects";
        public const string IncludeExceptionMessagesOption = Rules.OptionPrefix + "LC0001.include_exception_messages";
        public const string TableThresholdOption = Rules.OptionPrefix + "LC0001.table_threshold";
        public const int DefaultTableThreshold = 5;

        /// <summary>Set on a table's diagnostic (the number of right-to-left literals in it): the fix leaves tables alone.</summary>
        public const string TableProperty = "LC0001.Table";

        public static readonly DiagnosticDescriptor Rule = Rules.Create(
            Rules.HardCodedRtlText,
            "Hard-coded right-to-left text",
            "Hard-coded right-to-left text; move it to a LocalizedContent file so that it can be translated and reviewed",
            DiagnosticSeverity.Warning,
            "Arabic, Persian, Hebrew and other right-to-left text in code cannot be translated, is hard to review (editors reorder it) and hides bidi tricks. Keep it in LocalizedContent files.");

        private static readonly string[] TestFrameworkAssemblies =
        {
            "xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework", "TUnit.Core",
        };

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // generated code: GeneratedCode.Contains
            context.RegisterCompilationStartAction(start =>
            {
                // Decided when a tree first has a literal to classify: a project without right-to-left text never asks.
                var project = new ProjectFacts(start.Compilation, start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
                // One action per tree, over the literals that hold a right-to-left letter (LiteralScan); char literals
                // are never reported (a character is data: keyboard maps, normalizers).
                start.RegisterSemanticModelAction(c => AnalyzeTree(c, project));
            });
        }

        private static void AnalyzeTree(SemanticModelAnalysisContext context, ProjectFacts project)
        {
            var model = context.SemanticModel;
            GeneratedCode.TreeReporter? reporter = null; // made for the first literal reported
            Lc0001Settings? settings = null;
            HashSet<SyntaxNode>? tables = null;
            foreach (var scanned in LiteralScan.Literals(model, context.FilterSpan, LiteralChars.RtlLetter, includeChars: false, context.CancellationToken))
            {
                var node = scanned.Node;
                // The scan found a right-to-left letter as written; only an escape can make the value differ.
                if (!scanned.ValueAsWritten && !HasRtlValue(node)) continue;
                settings ??= Settings(context.Options, model.SyntaxTree, project.IsTestProject, project.LoggingNeedsSemanticCheck(model, context.CancellationToken));
                var use = LiteralClassifier.Classify(node, model, settings.Value, out var table, context.CancellationToken);
                if (!settings.Value.IsReported(use)) continue;
                reporter ??= new GeneratedCode.TreeReporter(context);
                reporter.Node = node;
                if (table == null || !IsLargeTable(table, settings.Value)) Report(node, reporter.Report);
                // A large table is reported once: a constant list (fields, not an expression) by its first literal, an
                // expression table on itself.
                else if (table is TypeDeclarationSyntax type) { if (RtlTables.ConstantList(type, out var first, out _) > 0 && first == node) ReportTable(table, reporter.Report); }
                else if ((tables ??= new HashSet<SyntaxNode>()).Add(table)) ReportTable(table, reporter.Report);
            }
        }

        /// <summary>A literal of the C# of a Razor file (<see cref="RazorTextAnalyzer"/>): the same decision, without
        /// tables (the C# of a view is short, and its literals sit between markup), reported where
        /// <paramref name="locate"/> puts its span. <paramref name="razorOutput"/>: the literal is the argument of the
        /// Razor compiler's own output call (<c>@("…")</c>), which is not looked up.</summary>
        internal static void CheckRazorLiteral(SyntaxNode node, SemanticModel model, in Lc0001Settings settings, bool razorOutput, Action<Diagnostic> report,
            Func<TextSpan, Location>? locate, CancellationToken cancellationToken)
        {
            if (!HasRtlValue(node)) return;
            var use = razorOutput ? LiteralClassifier.ClassifyOutput(node, settings) : LiteralClassifier.Classify(node, model, settings, out _, cancellationToken);
            if (settings.IsReported(use)) Report(node, report, locate);
        }

        private static void Report(SyntaxNode node, Action<Diagnostic> report, Func<TextSpan, Location>? locate = null)
        {
            if (node is InterpolatedStringExpressionSyntax interpolated)
            {
                // Each text part on its own: the holes are code.
                foreach (var content in interpolated.Contents)
                    if (content is InterpolatedStringTextSyntax text && RtlLetters.ContainsRtlLetter(text.TextToken.ValueText))
                        report(Diagnostic.Create(Rule, locate?.Invoke(text.Span) ?? text.GetLocation()));
                return;
            }
            report(Diagnostic.Create(Rule, locate?.Invoke(node.Span) ?? node.GetLocation()));
        }

        private static void ReportTable(SyntaxNode table, Action<Diagnostic> report)
        {
            var count = RtlTables.RtlLiteralCount(table).ToString(CultureInfo.InvariantCulture);
            report(Diagnostic.Create(Rule, RtlTables.ReportedLocation(table), ImmutableDictionary<string, string?>.Empty.Add(TableProperty, count)));
        }

        /// <summary>The literal's value (or a text part's, of an interpolated string) holds a right-to-left letter.</summary>
        private static bool HasRtlValue(SyntaxNode node) => node is LiteralExpressionSyntax literal
            ? RtlLetters.ContainsRtlLetter(literal.Token.ValueText)
            : node is InterpolatedStringExpressionSyntax interpolated && HasRtlTextPart(interpolated);

        private static bool HasRtlTextPart(InterpolatedStringExpressionSyntax interpolated)
        {
            foreach (var content in interpolated.Contents)
                if (content is InterpolatedStringTextSyntax text && RtlLetters.ContainsRtlLetter(text.TextToken.ValueText)) return true;
            return false;
        }

        private static bool IsLargeTable(SyntaxNode table, in Lc0001Settings settings) =>
            settings.TableThreshold > 0 && RtlTables.RtlLiteralCount(table) >= settings.TableThreshold;

        internal static Lc0001Settings Settings(AnalyzerOptions options, SyntaxTree tree, bool isTestProject, bool semanticOnly) =>
            new Lc0001Settings(isTestProject, semanticOnly, new Lc0001Options(options, tree));

        internal static bool IsTestProject(Compilation compilation, AnalyzerConfigOptions options)
        {
            if (options.TryGetValue("build_property.IsTestProject", out var value) && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase)) return true;
            // The references' file names, not their assembly names: those bind every reference (the telemetry charged
            // it to this analyzer); a test framework's file is named as its assembly.
            return ReferenceNames.AnyNamed(compilation, TestFrameworkAssemblies);
        }
    }
}
