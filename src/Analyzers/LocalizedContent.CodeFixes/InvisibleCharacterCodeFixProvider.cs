using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using LocalizedContent.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.CodeFixes
{
    /// <summary>
    /// Shared by LC0004 and LC0005: a raw invisible character in a literal becomes its escape (<c>\u202E</c>); a
    /// verbatim or raw literal, which cannot hold an escape, is rewritten as a regular literal with the same value;
    /// outside literals (comments, doc comments, identifiers, whitespace) the character is removed.
    /// In an interpolated verbatim or raw string there is no fix: the character is reported only.
    /// </summary>
    public abstract class InvisibleCharacterCodeFixProvider : TextChangeCodeFixProvider
    {
        private protected abstract string Key { get; }
        private protected abstract string Noun { get; }
        private protected abstract bool RemoveOutsideLiterals { get; }

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                switch (Classify(root, diagnostic.Location.SourceSpan.Start, out _))
                {
                    case Kind.Escape:
                    case Kind.Convert:
                        Register(context, diagnostic, "Escape the " + Noun, Key);
                        break;
                    case Kind.Remove:
                        Register(context, diagnostic, "Remove the " + Noun, Key);
                        break;
                }
            }
        }

        internal override IEnumerable<TextChange> GetChanges(SyntaxNode root, Diagnostic diagnostic, string equivalenceKey)
        {
            var position = diagnostic.Location.SourceSpan.Start;
            switch (Classify(root, position, out var token))
            {
                case Kind.Escape:
                    var c = root.SyntaxTree.GetText().GetSubText(new TextSpan(position, 1)).ToString()[0];
                    return new[] { new TextChange(new TextSpan(position, 1), LiteralRewriter.Escape(c)) };
                case Kind.Convert:
                    return new[] { new TextChange(token.Span, LiteralRewriter.ToRegularLiteral(token)) };
                case Kind.Remove:
                    return new[] { new TextChange(new TextSpan(position, 1), string.Empty) };
                default:
                    return Array.Empty<TextChange>();
            }
        }

        private enum Kind { None, Escape, Convert, Remove }

        private Kind Classify(SyntaxNode root, int position, out SyntaxToken token)
        {
            token = root.FindToken(position, findInsideTrivia: true);
            var inToken = token.Span.Contains(position);
            if (inToken && StringLiterals.IsContentToken(token))
            {
                if (StringLiterals.SupportsEscapes(token)) return Kind.Escape;
                return LiteralRewriter.IsConvertibleToRegular(token) ? Kind.Convert : Kind.None;
            }
            return RemoveOutsideLiterals ? Kind.Remove : Kind.None;
        }
    }
}
