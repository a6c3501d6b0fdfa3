using System.Collections.Immutable;
using System.ComponentModel;
using System.Composition;
using LocalizedContent.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LocalizedContent.CodeFixes
{
    /// <summary>
    /// LC0008: <c>string.Format(Resources.Key, a, b)</c> → <c>Resources.FormatKey(a, b)</c>. The analyzer has already
    /// checked that the new call binds; the fix is syntax only. Fix All replaces every call of a document in one tree
    /// pass, so a call nested in another's arguments is rewritten inside the rewritten outer call.
    /// </summary>
    [Description("Use Resources.FormatKey(…)")]
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TypedFormatMethodCodeFixProvider)), Shared]
    public sealed class TypedFormatMethodCodeFixProvider : NodeReplacementCodeFixProvider<InvocationExpressionSyntax>
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(Rules.TypedFormatMethod);

        internal override string EquivalenceKey => "LC0008.TypedFormat";

        internal override string? Title(Diagnostic diagnostic) =>
            diagnostic.Properties.ContainsKey(TypedFormatMethodAnalyzer.FixableProperty)
                ? "Use " + diagnostic.Properties[TypedFormatMethodAnalyzer.MethodProperty] + "(…)"
                : null;

        internal override SyntaxNode? Rewrite(InvocationExpressionSyntax call, Diagnostic diagnostic)
        {
            var properties = diagnostic.Properties;
            var formatIndex = properties[TypedFormatMethodAnalyzer.FormatIndexProperty] == "1" ? 1 : 0;
            var unpack = properties[TypedFormatMethodAnalyzer.UnpackProperty] == "true";
            return TypedFormatRewriter.Rewrite(call, formatIndex, unpack, properties[TypedFormatMethodAnalyzer.MethodProperty]!);
        }
    }
}
