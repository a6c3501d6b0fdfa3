using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Analyzers
{
    /// <summary>
    /// LC0008: <c>string.Format(Resources.Key, a, b)</c> where the generated class (Designer-compatible shape) has a typed
    /// <c>Resources.FormatKey(a, b)</c>. Call sites migrated from the Visual Studio Designer keep string.Format, which
    /// checks nothing at compile time and formats numbers with Latin digits and no bidi isolation.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TypedFormatMethodAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic properties the fix reads: where the format argument is, whether to unpack a
        /// <c>new object[] { … }</c>, the method's name; <see cref="FixableProperty"/> only when the fix is offered.</summary>
        public const string FormatIndexProperty = "FormatIndex", UnpackProperty = "Unpack", MethodProperty = "Method", FixableProperty = "Fixable";

        public static readonly DiagnosticDescriptor Rule = Rules.Create(
            Rules.TypedFormatMethod,
            "Use the typed format method of a generated resource class",
            "Use the typed {0}(…) instead of string.Format({1}, …): the compiler checks the arguments and the text follows the culture's digits and bidi isolation{2}",
            DiagnosticSeverity.Info,
            "A LocalizedContent class in the Designer-compatible shape (Shape=\"designer\") has a typed FormatKey method for every key with placeholders. It takes exactly the key's arguments and formats them for the class's culture (Resources.Culture, else the current UI culture), with that culture's digits and bidi isolation; string.Format accepts any arguments and formats them with Latin digits.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // generated code: GeneratedCode.Contains
            // Found by name first (as LC0006): only calls named Format are bound.
            InvocationScan.Register(context, FormatName, AnalyzeInvocation);
        }

        private static readonly string[] FormatName = { "Format" };

        private static void AnalyzeInvocation(SemanticModel model, InvocationExpressionSyntax syntax, Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            var call = TypedFormatCall.Find(model, syntax, cancellationToken);
            if (call == null) return;
            var fixable = call.IsFixable(model, cancellationToken);
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[FormatIndexProperty] = call.FormatIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
            properties[UnpackProperty] = call.Unpack ? "true" : "false";
            properties[MethodProperty] = call.MethodName;
            if (fixable) properties[FixableProperty] = "true";
            var typed = call.Format is MemberAccessExpressionSyntax access ? access.Expression + "." + call.MethodName : call.MethodName;
            var note = fixable ? "" : " (no automatic fix: it formats for the class's culture, not with '" + call.Provider + "')";
            report(Diagnostic.Create(Rule, syntax.GetLocation(), properties.ToImmutable(), typed, call.Format, note));
        }
    }
}
