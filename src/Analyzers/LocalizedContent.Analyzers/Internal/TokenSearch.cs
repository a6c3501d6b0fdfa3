using Microsoft.CodeAnalysis;

namespace LocalizedContent.Analyzers
{
    /// <summary>
    /// Finding tokens at positions met in text order. <see cref="SyntaxNode.FindToken"/> from the root goes down through
    /// every level again, and makes again the red nodes of the levels the tree holds only weakly (a method body's
    /// statements): for a Razor tree's one long render method that was most of the cost of finding its directives and
    /// calls. Looked for from the nearest node around both the position and the last token found, the search starts
    /// where the last one ended.
    /// </summary>
    internal static class TokenSearch
    {
        /// <summary>The token at <paramref name="position"/>, looked for from the nearest ancestor of
        /// <paramref name="near"/> (the last token's parent, or null) whose full span holds it, else from the root.</summary>
        public static SyntaxToken Near(SyntaxNode root, SyntaxNode? near, int position)
        {
            var from = near;
            while (from != null && !from.FullSpan.Contains(position)) from = from.Parent;
            return (from ?? root).FindToken(position);
        }

        /// <summary>Where the trivia (a comment, a directive, disabled text) that holds <paramref name="position"/> ends,
        /// <paramref name="token"/> being the token found there (<see cref="SyntaxNode.FindToken"/> returns the token whose
        /// trivia holds a position outside any token; <see cref="SyntaxNode.FindTrivia(int, bool)"/> would search again
        /// from the root); the next position when no trivia holds it.</summary>
        public static int TriviaEnd(SyntaxToken token, int position)
        {
            foreach (var trivia in token.LeadingTrivia)
                if (trivia.FullSpan.Contains(position)) return System.Math.Max(trivia.FullSpan.End, position + 1);
            foreach (var trivia in token.TrailingTrivia)
                if (trivia.FullSpan.Contains(position)) return System.Math.Max(trivia.FullSpan.End, position + 1);
            return position + 1;
        }
    }
}
