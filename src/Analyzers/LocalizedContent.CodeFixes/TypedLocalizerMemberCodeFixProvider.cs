using System.Collections.Immutable;
using System.ComponentModel;
using System.Composition;
using System.Globalization;
using LocalizedContent.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LocalizedContent.CodeFixes
{
    /// <summary>
    /// LC0010: <c>localizer["Welcome"]</c> → <c>Strings.Welcome</c>, <c>localizer["Shared", name, count]</c> →
    /// <c>Strings.Shared(name, count)</c> (also <c>.Value</c> and GetString). The analyzer has already checked that the
    /// replacement binds to the typed member; the fix is syntax only.
    /// </summary>
    [Description("Use Strings.Key or Strings.Key(…)")]
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TypedLocalizerMemberCodeFixProvider)), Shared]
    public sealed class TypedLocalizerMemberCodeFixProvider : NodeReplacementCodeFixProvider<ExpressionSyntax>
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(Rules.TypedLocalizerMember);

        internal override string EquivalenceKey => "LC0010.TypedMember";

        internal override string? Title(Diagnostic diagnostic)
        {
            var properties = diagnostic.Properties;
            return "Use " + properties[TypedLocalizerMemberAnalyzer.TypeProperty] + "." + properties[TypedLocalizerMemberAnalyzer.MemberProperty]
                + (properties[TypedLocalizerMemberAnalyzer.MethodProperty] == "true" ? "(…)" : "");
        }

        /// <summary>The typed member for <paramref name="replaced"/> (the lookup, or lookup.Value); null when the syntax
        /// is not what the analyzer saw.</summary>
        internal override SyntaxNode? Rewrite(ExpressionSyntax replaced, Diagnostic diagnostic)
        {
            var properties = diagnostic.Properties;
            var lookup = replaced is MemberAccessExpressionSyntax value ? value.Expression : replaced;
            if (!int.TryParse(properties[TypedLocalizerMemberAnalyzer.KeyIndexProperty], NumberStyles.None, CultureInfo.InvariantCulture, out var keyIndex)) return null;
            var arguments = LocalizerCall.WrittenArguments(lookup, keyIndex, properties[TypedLocalizerMemberAnalyzer.UnpackProperty] == "true");
            var typeName = properties[TypedLocalizerMemberAnalyzer.TypeProperty];
            var member = properties[TypedLocalizerMemberAnalyzer.MemberProperty];
            if (arguments == null || typeName == null || member == null) return null;
            var isMethod = properties[TypedLocalizerMemberAnalyzer.MethodProperty] == "true";
            return LocalizerCall.Replacement(typeName, member, isMethod, arguments).WithTriviaFrom(replaced);
        }
    }
}
