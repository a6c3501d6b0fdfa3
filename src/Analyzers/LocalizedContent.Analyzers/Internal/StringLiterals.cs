using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LocalizedContent.Analyzers
{
    /// <summary>The C# literals the content rules look at: string literals of every kind, UTF-8 literals, char
    /// literals and interpolated strings (only their text parts).</summary>
    internal static class StringLiterals
    {
        /// <summary>True when the source text of the literal (or of every text part) is ASCII without escapes: the fast path, no allocation.</summary>
        public static bool IsAsciiSource(SyntaxNode node)
        {
            if (node is LiteralExpressionSyntax literal) return TextChecks.IsAscii(literal.Token.Text);
            if (node is InterpolatedStringExpressionSyntax interpolated)
            {
                foreach (var content in interpolated.Contents)
                    if (content is InterpolatedStringTextSyntax text && !TextChecks.IsAscii(text.TextToken.Text)) return false;
                return true;
            }
            return true;
        }

        /// <summary>The value of a literal, or the values of an interpolated string's text parts joined with a
        /// U+FFFC placeholder where each hole was.</summary>
        public static string Value(SyntaxNode node)
        {
            if (node is LiteralExpressionSyntax literal) return literal.Token.ValueText;
            if (node is InterpolatedStringExpressionSyntax interpolated)
            {
                var builder = new StringBuilder();
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolatedStringTextSyntax text) builder.Append(text.TextToken.ValueText);
                    else builder.Append('\uFFFC');
                }
                return builder.ToString();
            }
            return string.Empty;
        }

        /// <summary>Whether backslash escapes mean anything in <paramref name="token"/> (false for verbatim and raw text).</summary>
        public static bool SupportsEscapes(SyntaxToken token)
        {
            switch (token.Kind())
            {
                case SyntaxKind.CharacterLiteralToken:
                    return true;
                case SyntaxKind.StringLiteralToken:
                case SyntaxKind.Utf8StringLiteralToken:
                    return !token.Text.StartsWith("@", System.StringComparison.Ordinal);
                case SyntaxKind.InterpolatedStringTextToken:
                    // Text parts and format clauses alike: escapes work only in $"…" (not $@"…" nor raw $"""…""").
                    var expression = token.Parent?.FirstAncestorOrSelf<InterpolatedStringExpressionSyntax>();
                    return expression != null && expression.StringStartToken.IsKind(SyntaxKind.InterpolatedStringStartToken);
                default:
                    return false; // raw string literals
            }
        }

        /// <summary>True for the tokens whose text is (or holds) string or char content.</summary>
        public static bool IsContentToken(SyntaxToken token)
        {
            switch (token.Kind())
            {
                case SyntaxKind.StringLiteralToken:
                case SyntaxKind.Utf8StringLiteralToken:
                case SyntaxKind.CharacterLiteralToken:
                case SyntaxKind.SingleLineRawStringLiteralToken:
                case SyntaxKind.MultiLineRawStringLiteralToken:
                case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
                case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                case SyntaxKind.InterpolatedStringTextToken:
                    return true;
                default:
                    return false;
            }
        }
    }
}
