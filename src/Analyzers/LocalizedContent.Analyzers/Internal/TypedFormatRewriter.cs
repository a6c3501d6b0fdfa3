using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LocalizedContent.Analyzers
{
    /// <summary>
    /// <c>string.Format(Resources.Key, a, b)</c> → <c>Resources.FormatKey(a, b)</c>, in syntax only, so the analyzer
    /// can bind the result speculatively and the fix can apply it to a call whose arguments were already rewritten
    /// (nested calls under Fix All). The receiver stays as written (<c>global::App.Resources</c>, or a bare name under
    /// <c>using static</c>); the arguments keep their trivia, and comments of the removed parts move before the first argument.
    /// </summary>
    internal static class TypedFormatRewriter
    {
        public static InvocationExpressionSyntax Rewrite(InvocationExpressionSyntax call, int formatIndex, bool unpack, string methodName)
        {
            var arguments = call.ArgumentList.Arguments;
            var format = arguments[formatIndex].Expression;
            var removed = new List<SyntaxTrivia>();
            removed.AddRange(call.Expression.DescendantTrivia().Skip(call.Expression.GetLeadingTrivia().Count));
            for (var i = 0; i < formatIndex; i++) removed.AddRange(arguments[i].DescendantTrivia());
            for (var i = 0; i <= formatIndex; i++) removed.AddRange(Trivia(arguments.GetSeparator(i)));
            removed.AddRange(format.GetLeadingTrivia());
            removed.AddRange(format.GetTrailingTrivia());

            SeparatedSyntaxList<ArgumentSyntax> kept;
            if (unpack)
            {
                var array = arguments[formatIndex + 1].Expression;
                var initializer = array is ArrayCreationExpressionSyntax explicitArray ? explicitArray.Initializer! : ((ImplicitArrayCreationExpressionSyntax)array).Initializer;
                var elements = initializer.Expressions;
                foreach (var token in array.DescendantTokens())
                    if (!elements.GetWithSeparators().Any(e => e.FullSpan.Contains(token.FullSpan))) removed.AddRange(Trivia(token));
                var list = new List<SyntaxNodeOrToken>();
                foreach (var element in elements.GetWithSeparators())
                    list.Add(element.IsNode ? SyntaxFactory.Argument((ExpressionSyntax)element.AsNode()!) : element);
                // Drop a trailing comma of the initializer ({ a, b, }) and the spaces inside its braces.
                if (list.Count > 0 && list[list.Count - 1].IsToken) list.RemoveAt(list.Count - 1);
                list[0] = list[0].WithLeadingTrivia(list[0].GetLeadingTrivia().Where(t => !t.IsKind(SyntaxKind.WhitespaceTrivia)));
                var end = list.Count - 1;
                list[end] = list[end].WithTrailingTrivia(list[end].GetTrailingTrivia().Where(t => !t.IsKind(SyntaxKind.WhitespaceTrivia)));
                kept = SyntaxFactory.SeparatedList<ArgumentSyntax>(list);
            }
            else
            {
                kept = SyntaxFactory.SeparatedList<ArgumentSyntax>(arguments.GetWithSeparators().Skip(2 * (formatIndex + 1)));
            }

            var comments = Comments(removed);
            if (comments.Count > 0)
            {
                // After the first argument's indentation; a line comment ends the line, so the indentation comes again.
                var lead = kept[0].GetLeadingTrivia();
                var again = comments[comments.Count - 1].IsKind(SyntaxKind.EndOfLineTrivia) ? lead.Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)) : Enumerable.Empty<SyntaxTrivia>();
                kept = kept.Replace(kept[0], kept[0].WithLeadingTrivia(lead.Concat(comments).Concat(again)));
            }
            var callee = Rename(format.WithoutTrivia(), methodName);
            return SyntaxFactory.InvocationExpression(callee, call.ArgumentList.WithArguments(kept)).WithTriviaFrom(call);
        }

        private static ExpressionSyntax Rename(ExpressionSyntax format, string methodName)
        {
            if (format is MemberAccessExpressionSyntax access)
                return access.WithName(SyntaxFactory.IdentifierName(methodName).WithTriviaFrom(access.Name));
            return SyntaxFactory.IdentifierName(methodName).WithTriviaFrom(format);
        }

        private static IEnumerable<SyntaxTrivia> Trivia(SyntaxToken token) => token.LeadingTrivia.Concat(token.TrailingTrivia);

        /// <summary>The comments among <paramref name="trivia"/>, each followed by what keeps the code after it code:
        /// a space after <c>/* … */</c>, the line break after <c>// …</c>.</summary>
        private static List<SyntaxTrivia> Comments(List<SyntaxTrivia> trivia)
        {
            var comments = new List<SyntaxTrivia>();
            for (var i = 0; i < trivia.Count; i++)
            {
                if (trivia[i].IsKind(SyntaxKind.MultiLineCommentTrivia)) comments.AddRange(new[] { trivia[i], SyntaxFactory.Space });
                else if (trivia[i].IsKind(SyntaxKind.SingleLineCommentTrivia))
                {
                    var lineBreak = trivia.Skip(i + 1).FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
                    comments.AddRange(new[] { trivia[i], lineBreak.IsKind(SyntaxKind.EndOfLineTrivia) ? lineBreak : SyntaxFactory.LineFeed });
                }
            }
            return comments;
        }
    }
}
