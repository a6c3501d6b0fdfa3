using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Analyzers
{
    /// <summary>
    /// The calls of one tree to methods of given names, found from the tree's text: a method's name cannot be aliased,
    /// so a call to Parse has "Parse" written where it is made. One callback per tree, not one per invocation (as
    /// <see cref="LiteralScan"/>, for the same reason); the text is searched with the runtime's vectorized IndexOf, once
    /// per first two letters the names share (ToInt, ToByte … are one search for "To"). A name spelled with a Unicode
    /// escape (<c>Pars\u0065</c>) is not found.
    /// </summary>
    internal static class InvocationScan
    {
        /// <summary>Registers <paramref name="check"/> for the calls of each tree whose invoked name contains one of
        /// <paramref name="names"/> (the check decides on the exact name and the symbol).</summary>
        public static void Register(AnalysisContext context, string[] names, Action<SemanticModel, InvocationExpressionSyntax, Action<Diagnostic>, CancellationToken> check)
        {
            var prefixes = Prefixes(names);
            context.RegisterSemanticModelAction(c => Check(c, names, prefixes, check));
        }

        private static void Check(SemanticModelAnalysisContext context, string[] names, string[] prefixes,
            Action<SemanticModel, InvocationExpressionSyntax, Action<Diagnostic>, CancellationToken> check)
        {
            var calls = Calls(context.SemanticModel.SyntaxTree, context.FilterSpan, names, prefixes, context.CancellationToken);
            if (calls == null) return;
            var reporter = new GeneratedCode.TreeReporter(context); // made only for a tree with such a call
            foreach (var call in calls)
            {
                reporter.Node = call;
                check(context.SemanticModel, call, reporter.Report, context.CancellationToken);
            }
        }

        /// <summary>The distinct first two characters of <paramref name="names"/> (a shorter name whole).</summary>
        private static string[] Prefixes(string[] names)
        {
            var prefixes = new List<string>();
            foreach (var name in names)
            {
                var prefix = name.Length <= 2 ? name : name.Substring(0, 2);
                if (!prefixes.Contains(prefix)) prefixes.Add(prefix);
            }
            return prefixes.ToArray();
        }

        /// <summary>The calls in <paramref name="span"/> (or anywhere) whose invoked name contains one of
        /// <paramref name="names"/> (whose <see cref="Prefixes"/> are <paramref name="prefixes"/>), or null when there is none.</summary>
        private static List<InvocationExpressionSyntax>? Calls(SyntaxTree tree, TextSpan? span, string[] names, string[] prefixes, CancellationToken cancellationToken)
        {
            var text = tree.GetText(cancellationToken).ToString(); // a StringText hands out its string without a copy
            SyntaxNode? root = null;
            List<InvocationExpressionSyntax>? calls = null;
            foreach (var prefix in prefixes)
            {
                SyntaxNode? previous = null; // each prefix's matches come in text order
                for (var i = text.IndexOf(prefix, StringComparison.Ordinal); i >= 0; i = text.IndexOf(prefix, i + 1, StringComparison.Ordinal))
                {
                    if (NameAt(text, i, names) == null || (span is TextSpan filter && !filter.Contains(i))) continue;
                    root ??= tree.GetRoot(cancellationToken);
                    var call = CallAt(root, ref previous, i);
                    // One name token can hold two of the names.
                    if (call != null && !(calls ??= new List<InvocationExpressionSyntax>()).Contains(call)) calls.Add(call);
                }
            }
            return calls;
        }

        /// <summary>The first of <paramref name="names"/> written at <paramref name="index"/>, or null (the name may go on
        /// there: a caller that wants it whole asks what follows).</summary>
        public static string? NameAt(string text, int index, string[] names)
        {
            foreach (var name in names)
                if (IsWrittenAt(text, index, name)) return name;
            return null;
        }

        /// <summary>Character by character from the third, then the first two (the searches find those): where the search
        /// stops is mostly another name (ToString, not ToInt32), told apart at once, where string.CompareOrdinal's checks
        /// came first for each name.</summary>
        private static bool IsWrittenAt(string text, int index, string name)
        {
            if (index + name.Length > text.Length) return false;
            for (var i = 2; i < name.Length; i++)
                if (text[index + i] != name[i]) return false;
            for (var i = 0; i < 2 && i < name.Length; i++)
                if (text[index + i] != name[i]) return false;
            return true;
        }

        /// <summary>The name a call invokes as written (x.Parse, Parse, x?.Parse, Parse&lt;T&gt;, (x.Parse)), or null.</summary>
        public static string? InvokedName(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized) expression = parenthesized.Expression;
            switch (expression)
            {
                case MemberAccessExpressionSyntax access: return access.Name.Identifier.ValueText;
                case MemberBindingExpressionSyntax binding: return binding.Name.Identifier.ValueText;
                case SimpleNameSyntax name: return name.Identifier.ValueText;
                default: return null;
            }
        }

        /// <summary>The invocation whose invoked name's token holds <paramref name="position"/>, or null; looked for
        /// from <paramref name="near"/> (<see cref="TokenSearch.Near"/>), which is set to the token's node for the next
        /// position in text order.</summary>
        public static InvocationExpressionSyntax? CallAt(SyntaxNode root, ref SyntaxNode? near, int position)
        {
            var token = TokenSearch.Near(root, near, position);
            near = token.Parent;
            return token.IsKind(SyntaxKind.IdentifierToken) && token.Span.Contains(position) ? CallOf(token) : null;
        }

        /// <summary>The invocation whose invoked name is <paramref name="token"/>, or null.</summary>
        public static InvocationExpressionSyntax? CallOf(SyntaxToken token)
        {
            if (!(token.Parent is SimpleNameSyntax name)) return null;
            SyntaxNode expression = name;
            if (name.Parent is MemberAccessExpressionSyntax access && access.Name == name) expression = access;
            else if (name.Parent is MemberBindingExpressionSyntax binding && binding.Name == name) expression = binding;
            while (expression.Parent is ParenthesizedExpressionSyntax parenthesized) expression = parenthesized;
            return expression.Parent is InvocationExpressionSyntax call && call.Expression == expression ? call : null;
        }
    }
}
