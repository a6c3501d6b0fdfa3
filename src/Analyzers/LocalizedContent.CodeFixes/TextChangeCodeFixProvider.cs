using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.CodeFixes
{
    /// <summary>
    /// A code fix made of text changes to literals. Fix All applies the changes of every diagnostic of a document at
    /// once (changes on the same span are made once), so several diagnostics in one literal do not conflict the way
    /// they would with the batch fixer; the equivalence key decides which variant of the fix is applied everywhere.
    /// </summary>
    public abstract class TextChangeCodeFixProvider : CodeFixProvider
    {
        public sealed override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create((context, document, diagnostics) =>
                ApplyAsync(document, diagnostics, context.CodeActionEquivalenceKey ?? string.Empty, context.CancellationToken)!);

        /// <summary>The changes that fix <paramref name="diagnostic"/> in the variant named by <paramref name="equivalenceKey"/>.</summary>
        internal abstract IEnumerable<TextChange> GetChanges(SyntaxNode root, Diagnostic diagnostic, string equivalenceKey);

        protected void Register(CodeFixContext context, Diagnostic diagnostic, string title, string equivalenceKey) =>
            context.RegisterCodeFix(
                CodeAction.Create(title, token => ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), equivalenceKey, token), equivalenceKey),
                diagnostic);

        internal async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string equivalenceKey, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null) return document;
            var changes = new List<TextChange>();
            foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
            {
                foreach (var change in GetChanges(root, diagnostic, equivalenceKey))
                {
                    // The same literal fixed for two of its diagnostics: once is enough. Overlaps are dropped.
                    if (changes.Any(c => c.Span == change.Span)) continue;
                    if (changes.Any(c => c.Span.OverlapsWith(change.Span) || (c.Span.IsEmpty && change.Span.Contains(c.Span.Start)))) continue;
                    changes.Add(change);
                }
            }
            if (changes.Count == 0) return document;
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return document.WithText(text.WithChanges(changes.OrderBy(c => c.Span.Start)));
        }

        /// <summary>The literal or interpolated string a diagnostic is reported on.</summary>
        internal static SyntaxNode? FindLiteral(SyntaxNode root, Diagnostic diagnostic)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            for (; node != null; node = node.Parent)
            {
                if (node is Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax
                    || node is Microsoft.CodeAnalysis.CSharp.Syntax.InterpolatedStringExpressionSyntax) return node;
            }
            return null;
        }

        /// <summary>A change per content token of <paramref name="literal"/> whose text <paramref name="replace"/> alters.</summary>
        internal static IEnumerable<TextChange> RewriteContent(SyntaxNode literal, System.Func<char, bool, string?> replace)
        {
            foreach (var token in literal.DescendantTokens())
            {
                if (!LocalizedContent.Analyzers.StringLiterals.IsContentToken(token)) continue;
                // Only the literal's own text: literals nested in interpolation holes have their own diagnostics.
                if (token.Parent != literal && token.Parent?.Parent != literal) continue;
                var rewritten = LiteralRewriter.Rewrite(token, replace);
                if (rewritten != token.Text) yield return new TextChange(token.Span, rewritten);
            }
        }
    }
}
