using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LocalizedContent.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.CodeFixes
{
    /// <summary>
    /// A call written for <c>Shape="designer"</c> that fails to compile once the class has the default shape, and the
    /// default shape's <c>Resources.Key(a, b)</c> that replaces it. The two providers find it from a compiler error;
    /// this class owns the rewrite and the check that the rewritten call binds to the key's method, so a fix never
    /// trades one error for another. Only LocalizedContent classes of the default shape qualify: a missing member of
    /// any other class is the user's own error.
    /// </summary>
    internal sealed class DefaultShapeCall
    {
        private readonly Func<InvocationExpressionSyntax, InvocationExpressionSyntax> _rewrite;

        private DefaultShapeCall(InvocationExpressionSyntax call, string title, Func<InvocationExpressionSyntax, InvocationExpressionSyntax> rewrite)
        {
            Call = call;
            Title = title;
            _rewrite = rewrite;
        }

        public InvocationExpressionSyntax Call { get; }

        /// <summary>"Use Resources.Key(…)", with the receiver as written.</summary>
        public string Title { get; }

        /// <summary>Rewrites <paramref name="current"/>: the call as found, or with nested calls already rewritten (Fix All).</summary>
        public InvocationExpressionSyntax Rewrite(InvocationExpressionSyntax current) => _rewrite(current);

        /// <summary>
        /// <c>Resources.FormatKey(a, b)</c> (CS0117), or <c>FormatKey(a, b)</c> under <c>using static</c> (CS0103),
        /// where the class has no <c>FormatKey</c> but a static method <c>Key</c> that takes the arguments.
        /// </summary>
        public static DefaultShapeCall? FromFormatMethod(SemanticModel model, SyntaxNode root, TextSpan span, CancellationToken cancellationToken)
        {
            if (!(root.FindNode(span, getInnermostNodeForTie: true) is IdentifierNameSyntax name)) return null;
            var text = name.Identifier.ValueText;
            if (text.Length <= "Format".Length || !text.StartsWith("Format", StringComparison.Ordinal)) return null;
            var key = text.Substring("Format".Length);

            INamedTypeSymbol? type = null;
            InvocationExpressionSyntax? call;
            if (name.Parent is MemberAccessExpressionSyntax access && access.Name == name && access.IsKind(SyntaxKind.SimpleMemberAccessExpression))
            {
                call = access.Parent as InvocationExpressionSyntax;
                type = model.GetSymbolInfo(access.Expression, cancellationToken).Symbol as INamedTypeSymbol;
                // Only where the member is really missing: a FormatKey the class declares is never renamed.
                if (type == null || !type.GetMembers(text).IsEmpty) return null;
            }
            else call = name.Parent as InvocationExpressionSyntax;
            if (call == null || call.Expression != name.Parent && call.Expression != name) return null;

            InvocationExpressionSyntax Rewrite(InvocationExpressionSyntax current) => current.WithExpression(current.Expression switch
            {
                MemberAccessExpressionSyntax member => member.WithName(SyntaxFactory.IdentifierName(key).WithTriviaFrom(member.Name)),
                var bare => SyntaxFactory.IdentifierName(key).WithTriviaFrom(bare),
            });
            if (!Binds(model, call, Rewrite(call), type, key, cancellationToken)) return null;
            return new DefaultShapeCall(call, TitleOf(call.Expression, key) + " (default shape)", Rewrite);
        }

        /// <summary>
        /// <c>string.Format(Resources.Key, a, b)</c> and <c>string.Format(provider, Resources.Key, a, b)</c> where
        /// <c>Resources.Key</c> is now a method group (the compiler cannot convert it to string), rewritten as LC0008
        /// rewrites (<see cref="TypedFormatRewriter"/>) and under LC0008's provider rule.
        /// </summary>
        public static DefaultShapeCall? FromStringFormat(SemanticModel model, SyntaxNode root, TextSpan span, CancellationToken cancellationToken)
        {
            var node = root.FindNode(span, getInnermostNodeForTie: true);
            var call = node.AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault(c => c.Span == span
                || c.ArgumentList.Arguments.Take(2).Any(a => a.Span == span || a.Expression.Span == span));
            if (call == null || InvocationScan.InvokedName(call.Expression) != "Format") return null;
            var arguments = call.ArgumentList.Arguments;
            if (arguments.Any(a => a.NameColon != null || !a.RefKindKeyword.IsKind(SyntaxKind.None))) return null;
            var invoked = model.GetSymbolInfo(call, cancellationToken);
            var formats = invoked.Symbol != null ? ImmutableArray.Create(invoked.Symbol) : invoked.CandidateSymbols;
            if (formats.IsEmpty || formats.Any(f => !(f is IMethodSymbol { IsStatic: true } m) || m.ContainingType.SpecialType != SpecialType.System_String)) return null;

            // The format is first, or second after a provider; a value is needed after it.
            if (arguments.Count < 2) return null;
            var formatIndex = 0;
            var type = KeyMethods(model, arguments[0].Expression, cancellationToken);
            if (type == null && arguments.Count > 2) type = KeyMethods(model, arguments[formatIndex = 1].Expression, cancellationToken);
            if (type == null) return null;
            var format = arguments[formatIndex].Expression;
            if (!TypedFormatCall.KeepsCulture(model, formatIndex == 1 ? arguments[0].Expression : null, cancellationToken)) return null;
            var unpack = Unpack(model, arguments, formatIndex, cancellationToken);
            if (unpack == null) return null;

            var key = format is MemberAccessExpressionSyntax access ? access.Name.Identifier.ValueText : ((IdentifierNameSyntax)format).Identifier.ValueText;
            InvocationExpressionSyntax Rewrite(InvocationExpressionSyntax current) => TypedFormatRewriter.Rewrite(current, formatIndex, unpack.Value, key);
            if (!Binds(model, call, Rewrite(call), type, key, cancellationToken)) return null;
            return new DefaultShapeCall(call, TitleOf(format, null), Rewrite);
        }

        /// <summary>The class when <paramref name="expression"/> names static methods of a default-shaped
        /// LocalizedContent class (a method group, which string.Format cannot take); else null.</summary>
        private static INamedTypeSymbol? KeyMethods(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken)
        {
            if (!(expression is IdentifierNameSyntax) && !expression.IsKind(SyntaxKind.SimpleMemberAccessExpression)) return null;
            var info = model.GetSymbolInfo(expression, cancellationToken);
            var members = info.Symbol != null ? ImmutableArray.Create(info.Symbol) : info.CandidateSymbols;
            if (members.IsEmpty || members.Any(m => !(m is IMethodSymbol { IsStatic: true }))) return null;
            var type = members[0].ContainingType;
            return members.All(m => SymbolEqualityComparer.Default.Equals(m.ContainingType, type)) && TypedFormatCall.IsDefaultShapedClass(type) ? type : null;
        }

        /// <summary>Whether the values are the elements of a <c>new object[] { … }</c> written in the call (string.Format's
        /// normal form: an array of a reference type); null for an array whose length is not in the code.</summary>
        private static bool? Unpack(SemanticModel model, SeparatedSyntaxList<ArgumentSyntax> arguments, int formatIndex, CancellationToken cancellationToken)
        {
            if (arguments.Count != formatIndex + 2) return false;
            var value = arguments[formatIndex + 1].Expression;
            if (!(model.GetTypeInfo(value, cancellationToken).Type is IArrayTypeSymbol { Rank: 1 } array) || !array.ElementType.IsReferenceType) return false;
            var initializer = value switch
            {
                ArrayCreationExpressionSyntax creation => creation.Initializer,
                ImplicitArrayCreationExpressionSyntax creation => creation.Initializer,
                _ => null,
            };
            return initializer == null || initializer.Expressions.Count == 0 ? (bool?)null : true;
        }

        /// <summary>The last word, as LC0008's: the rewritten call binds, where it stands, to the static method
        /// <paramref name="key"/> of a default-shaped LocalizedContent class (<paramref name="type"/> when known).</summary>
        private static bool Binds(SemanticModel model, InvocationExpressionSyntax call, InvocationExpressionSyntax rewritten, INamedTypeSymbol? type, string key, CancellationToken cancellationToken)
        {
            var bound = model.GetSpeculativeSymbolInfo(call.SpanStart, rewritten, SpeculativeBindingOption.BindAsExpression).Symbol as IMethodSymbol;
            if (bound == null || !bound.IsStatic || bound.Name != key || !TypedFormatCall.IsDefaultShapedClass(bound.ContainingType)) return false;
            return type == null || SymbolEqualityComparer.Default.Equals(bound.ContainingType, type);
        }

        private static string TitleOf(ExpressionSyntax callee, string? key)
        {
            var name = callee is MemberAccessExpressionSyntax access
                ? access.Expression + "." + (key ?? access.Name.Identifier.ValueText)
                : key ?? ((IdentifierNameSyntax)callee).Identifier.ValueText;
            return "Use " + name + "(…)";
        }

        /// <summary>Registers the fix for each diagnostic <paramref name="find"/> resolves.</summary>
        public static async Task RegisterAsync(CodeFixContext context, Finder find, string equivalenceKey)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || model == null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                var found = find(model, root, diagnostic.Location.SourceSpan, context.CancellationToken);
                if (found == null) continue;
                context.RegisterCodeFix(
                    CodeAction.Create(found.Title, token => ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), find, token), equivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>Fix All of a document: every call is checked against the document as it is, then all are rewritten
        /// in one tree pass, so a call nested in another's arguments is rewritten inside the rewritten outer call.</summary>
        public static FixAllProvider FixAll(Finder find) =>
            FixAllProvider.Create((context, document, diagnostics) => ApplyAsync(document, diagnostics, find, context.CancellationToken)!);

        private static async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, Finder find, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root == null || model == null) return document;
            var calls = new Dictionary<InvocationExpressionSyntax, DefaultShapeCall>();
            foreach (var diagnostic in diagnostics)
            {
                var found = find(model, root, diagnostic.Location.SourceSpan, cancellationToken);
                if (found != null) calls[found.Call] = found;
            }
            if (calls.Count == 0) return document;
            return document.WithSyntaxRoot(root.ReplaceNodes(calls.Keys, (original, current) => calls[original].Rewrite(current)));
        }

        public delegate DefaultShapeCall? Finder(SemanticModel model, SyntaxNode root, TextSpan span, CancellationToken cancellationToken);
    }
}
