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
    /// The C# literals of one tree whose text holds a character a rule looks for, found from the tree's text: one
    /// callback per tree, not one per literal. With a syntax node action on every literal, Roslyn's cost per callback
    /// was most of the content rules' telemetry (benchmarks/results/README.md, issue 20); the text is read once, and a
    /// literal is looked up (FindToken) only where such a character is written.
    /// </summary>
    internal static class LiteralScan
    {
        [ThreadStatic] private static char[]? _buffer;

        /// <summary>Registers a rule's check of one literal (<paramref name="check"/>, with a reporter that leaves
        /// generated code alone) for the literals of each tree that hold a character for which <paramref name="wanted"/>
        /// is true.</summary>
        public static void Register(AnalysisContext context, Func<char, bool> wanted, bool includeChars, bool escapes, Action<SyntaxNode, Action<Diagnostic>> check) =>
            context.RegisterSemanticModelAction(c => ForEach(c.SemanticModel.SyntaxTree, c.FilterSpan, wanted, includeChars, escapes,
                node => check(node, GeneratedCode.Reporter(c, node)), c.CancellationToken));

        /// <summary>Calls <paramref name="visit"/> once for each literal — a string, UTF-8 or raw literal, an
        /// interpolated string (for a character in one of its text parts), and char literals when
        /// <paramref name="includeChars"/> — that starts in <paramref name="span"/> (or anywhere) and whose text as
        /// written holds a non-ASCII character for which <paramref name="wanted"/> is true, or, with
        /// <paramref name="escapes"/>, a backslash (a rule that reads values: "\u06F1" is a Persian digit; the check
        /// decides on the value).</summary>
        public static void ForEach(SyntaxTree tree, TextSpan? span, Func<char, bool> wanted, bool includeChars, bool escapes,
            Action<SyntaxNode> visit, CancellationToken cancellationToken)
        {
            var text = tree.GetText(cancellationToken);
            var start = span?.Start ?? 0;
            var end = Math.Min(span?.End ?? text.Length, text.Length);
            SyntaxNode? root = null;
            HashSet<SyntaxNode>? interpolated = null; // an interpolated string is hit once per text part
            var buffer = _buffer ??= new char[4096];
            var position = start;
            while (position < end)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var count = Math.Min(buffer.Length, end - position);
                text.CopyTo(position, buffer, 0, count);
                var next = position + count;
                for (var i = 0; i < count; i++)
                {
                    var c = buffer[i];
                    if (c < 0x80 ? c != '\\' || !escapes : !wanted(c)) continue;
                    root ??= tree.GetRoot(cancellationToken);
                    var at = position + i;
                    var resume = Visit(root, at, includeChars, visit, ref interpolated);
                    if (resume <= position + count && resume > at) { i = resume - position - 1; continue; }
                    next = Math.Max(resume, at + 1);
                    break;
                }
                position = next;
            }
        }

        /// <summary>Visits the literal at <paramref name="position"/>, if any; returns where to read on (the end of the
        /// token or trivia there, so a literal or comment is looked up once).</summary>
        private static int Visit(SyntaxNode root, int position, bool includeChars, Action<SyntaxNode> visit, ref HashSet<SyntaxNode>? interpolated)
        {
            var token = root.FindToken(position);
            if (!token.Span.Contains(position))
            {
                var trivia = root.FindTrivia(position);
                return trivia.Span.Contains(position) ? trivia.Span.End : position + 1;
            }
            var node = LiteralOf(token, includeChars);
            if (node is InterpolatedStringExpressionSyntax && !(interpolated ??= new HashSet<SyntaxNode>()).Add(node)) node = null;
            if (node != null) visit(node);
            return token.Span.End;
        }

        /// <summary>The literal expression a content token belongs to (a text part: its interpolated string), or null.</summary>
        private static SyntaxNode? LiteralOf(SyntaxToken token, bool includeChars)
        {
            switch (token.Kind())
            {
                case SyntaxKind.CharacterLiteralToken:
                    return includeChars ? token.Parent as LiteralExpressionSyntax : null;
                case SyntaxKind.InterpolatedStringTextToken:
                    // A text part, not a format clause ({x:۰۰}): the node actions looked at text parts only.
                    return token.Parent is InterpolatedStringTextSyntax part ? part.Parent as InterpolatedStringExpressionSyntax : null;
                default:
                    return StringLiterals.IsContentToken(token) ? token.Parent as LiteralExpressionSyntax : null;
            }
        }
    }
}
