using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LocalizedContent.CodeFixes
{
    /// <summary>
    /// A fix that replaces the node a diagnostic covers, from syntax and the diagnostic's properties alone (its analyzer
    /// has already checked that the replacement binds). Fix All replaces every node of a document in one tree pass, so
    /// a node nested in another's arguments is rewritten inside the rewritten outer node.
    /// </summary>
    public abstract class NodeReplacementCodeFixProvider<TNode> : CodeFixProvider
        where TNode : SyntaxNode
    {
        public sealed override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create((context, document, diagnostics) => ApplyAsync(document, diagnostics, context.CancellationToken)!);

        /// <summary>Names the fix in the IDE and in Fix All.</summary>
        internal abstract string EquivalenceKey { get; }

        /// <summary>The fix's title, or null when the diagnostic comes without a fix.</summary>
        internal abstract string? Title(Diagnostic diagnostic);

        /// <summary>The replacement of <paramref name="current"/> (the node with nested fixes applied); null leaves it.</summary>
        internal abstract SyntaxNode? Rewrite(TNode current, Diagnostic diagnostic);

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                var title = Title(diagnostic);
                if (title == null || Find(root, diagnostic) == null) continue;
                context.RegisterCodeFix(
                    CodeAction.Create(title, token => ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), token), EquivalenceKey),
                    diagnostic);
            }
        }

        private async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null) return document;
            var nodes = new Dictionary<TNode, Diagnostic>();
            foreach (var diagnostic in diagnostics)
            {
                if (Title(diagnostic) == null) continue;
                var node = Find(root, diagnostic);
                if (node != null) nodes[node] = diagnostic;
            }
            if (nodes.Count == 0) return document;
            var fixedRoot = root.ReplaceNodes(nodes.Keys, (original, current) => Rewrite(current, nodes[original]) ?? current);
            return document.WithSyntaxRoot(fixedRoot);
        }

        private static TNode? Find(SyntaxNode root, Diagnostic diagnostic) =>
            root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                .AncestorsAndSelf().OfType<TNode>().FirstOrDefault(n => n.Span == diagnostic.Location.SourceSpan);
    }
}
