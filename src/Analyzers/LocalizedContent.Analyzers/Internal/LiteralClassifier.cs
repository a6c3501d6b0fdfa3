using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LocalizedContent.Analyzers
{
    /// <summary>LC0001's decision for one literal that holds a right-to-left letter: what it is used for (see
    /// docs/rules/LC0001.md, "Not reported"). The cheap syntax checks come first; the semantic model is asked only
    /// for the call, indexer or initializer the literal is an argument or element of.</summary>
    internal static class LiteralClassifier
    {
        /// <summary>The use of <paramref name="literal"/> without its table; <paramref name="table"/> is the outermost
        /// table around it (see <see cref="RtlTables"/>), for the caller to group by.</summary>
        public static LiteralUse Classify(SyntaxNode literal, SemanticModel model, in Lc0001Settings settings,
            out SyntaxNode? table, CancellationToken cancellationToken)
        {
            table = null;
            if (OfLiteralAlone(literal, settings) is { } use) return use;

            // Attributes and logging calls first: they were excluded before and stay so, whatever the literal's place.
            for (var node = literal.Parent; node != null && !RtlTables.IsBoundary(node); node = node.Parent)
            {
                switch (node)
                {
                    case AttributeSyntax attribute:
                        return OfAttribute(attribute, literal, model, settings, cancellationToken);
                    case InvocationExpressionSyntax invocation when literal.SpanStart >= invocation.ArgumentList.SpanStart:
                        if ((settings.LoggingNeedsSemanticCheck || LoggingCalls.MayBeDebugOrTrace(invocation))
                            && LoggingCalls.IsLoggingCall(model.GetSymbolInfo(invocation, cancellationToken).Symbol as IMethodSymbol)) return LiteralUse.Logging;
                        break;
                    default:
                        if (RtlTables.IsTable(node)) table = node;
                        break;
                }
            }
            var dataUse = DataUses.Of(literal, model, cancellationToken) ?? LiteralUse.Display;
            if (dataUse == LiteralUse.Display && table == null) table = RtlTables.ConstantListOf(literal);
            return dataUse;
        }

        /// <summary>The use of a literal that is output as it stands (the argument of the Razor compiler's own Write or
        /// AddContent): display text, unless the literal or the project alone says otherwise. Nothing is looked up.</summary>
        public static LiteralUse ClassifyOutput(SyntaxNode literal, in Lc0001Settings settings) => OfLiteralAlone(literal, settings) ?? LiteralUse.Display;

        /// <summary>What the literal itself (a char, escapes only) or the project (a test project) decides, or null.</summary>
        private static LiteralUse? OfLiteralAlone(SyntaxNode literal, in Lc0001Settings settings)
        {
            if (literal.IsKind(SyntaxKind.CharacterLiteralExpression)) return LiteralUse.Char;
            if (!IsWrittenRtl(literal)) return LiteralUse.Escaped;
            if (settings.IsTestProject && !settings.IncludeTestProjects) return LiteralUse.TestProject;
            return null;
        }

        /// <summary>Only escapes spell the right-to-left letters ("\u06A9"): code that names characters, not text.</summary>
        private static bool IsWrittenRtl(SyntaxNode literal) => literal is InterpolatedStringExpressionSyntax interpolated
            ? RtlTables.HasWrittenRtlText(interpolated)
            : RtlTables.IsWrittenRtl(((LiteralExpressionSyntax)literal).Token.Text);

        private static LiteralUse OfAttribute(AttributeSyntax attribute, SyntaxNode literal, SemanticModel model, in Lc0001Settings settings, CancellationToken cancellationToken)
        {
            var constructor = DataUses.Method(model.GetSymbolInfo(attribute, cancellationToken));
            var type = constructor?.ContainingType ?? model.GetTypeInfo(attribute, cancellationToken).Type;
            if (LoggingCalls.IsLoggerMessageAttribute(type)) return LiteralUse.Logging;
            if (!settings.IncludeAttributeArguments) return LiteralUse.Attribute;
            if (Symbols.IsType(type, "System.Text.RegularExpressions", "GeneratedRegexAttribute")) return LiteralUse.RegexOrSyntax;
            // [Pattern("…")] whose constructor parameter is [StringSyntax(…)].
            var expression = literal;
            while (expression.Parent is ParenthesizedExpressionSyntax parenthesized) expression = parenthesized;
            if (constructor != null && expression.Parent is AttributeArgumentSyntax argument && argument.NameEquals == null
                && argument.Parent is AttributeArgumentListSyntax list)
            {
                var index = list.Arguments.IndexOf(argument);
                var parameter = argument.NameColon != null ? null : index < constructor.Parameters.Length ? constructor.Parameters[index] : null;
                if (parameter != null && DataUses.IsSyntaxParameter(parameter)) return LiteralUse.RegexOrSyntax;
            }
            return LiteralUse.Display;
        }
    }
}
