using System.Collections.Generic;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LocalizedContent.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
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
    public sealed class TypedFormatMethodCodeFixProvider : CodeFixProvider
    {
        private const string EquivalenceKey = "LC0008.TypedFormat";

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(Rules.TypedFormatMethod);

        public override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create((context, document, diagnostics) => ApplyAsync(document, diagnostics, context.CancellationToken)!);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.ContainsKey(TypedFormatMethodAnalyzer.FixableProperty) || Find(root, diagnostic) == null) continue;
                var title = "Use " + diagnostic.Properties[TypedFormatMethodAnalyzer.MethodProperty] + "(…)";
                context.RegisterCodeFix(
                    CodeAction.Create(title, token => ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), token), EquivalenceKey),
                    diagnostic);
            }
        }

        private static async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null) return document;
            var calls = new Dictionary<InvocationExpressionSyntax, Diagnostic>();
            foreach (var diagnostic in diagnostics)
            {
                if (!diagnostic.Properties.ContainsKey(TypedFormatMethodAnalyzer.FixableProperty)) continue;
                var call = Find(root, diagnostic);
                if (call != null) calls[call] = diagnostic;
            }
            if (calls.Count == 0) return document;
            // The replacement gets the call with its nested calls already rewritten, and rewrites only its own shape.
            var fixedRoot = root.ReplaceNodes(calls.Keys, (original, current) => Rewrite(current, calls[original]));
            return document.WithSyntaxRoot(fixedRoot);
        }

        private static InvocationExpressionSyntax Rewrite(InvocationExpressionSyntax call, Diagnostic diagnostic)
        {
            var properties = diagnostic.Properties;
            var formatIndex = properties[TypedFormatMethodAnalyzer.FormatIndexProperty] == "1" ? 1 : 0;
            var unpack = properties[TypedFormatMethodAnalyzer.UnpackProperty] == "true";
            return TypedFormatRewriter.Rewrite(call, formatIndex, unpack, properties[TypedFormatMethodAnalyzer.MethodProperty]!);
        }

        private static InvocationExpressionSyntax? Find(SyntaxNode root, Diagnostic diagnostic) =>
            root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                .AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault(c => c.Span == diagnostic.Location.SourceSpan);
    }
}
