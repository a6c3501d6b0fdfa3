using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using LocalizedContent.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Analyzers
{
    /// <summary>What a literal's text, as written, holds that one of the content rules looks for.</summary>
    [Flags]
    internal enum LiteralChars
    {
        None = 0,
        /// <summary>A character that may be a right-to-left letter (surrogates included: checked exactly later).</summary>
        RtlLetter = 1,
        /// <summary>An Arabic-Indic or Persian digit.</summary>
        NonLatinDigit = 2,
        /// <summary>Yeh or kaf in its Arabic or Persian form (ي ى ك ی ک).</summary>
        YehOrKaf = 4,
        /// <summary>LRM, RLM or ALM.</summary>
        DirectionMark = 8,
        /// <summary>A backslash: an escape may spell any of the above in the value.</summary>
        Backslash = 16,
    }

    /// <summary>
    /// The C# literals of one tree that hold a character the content rules look for, found from the tree's text: one
    /// callback per tree and rule, not one per literal. With a syntax node action on every literal, Roslyn's cost per
    /// callback was most of those rules' telemetry (benchmarks/results/README.md, issue 20). The text is read once per
    /// tree for all the rules (where the literals start and what they hold, kept with the tree), and a literal is looked
    /// up (FindToken) only where such a character is written.
    /// </summary>
    internal static class LiteralScan
    {
        private static readonly ConditionalWeakTable<SyntaxTree, Hits> Cache = new ConditionalWeakTable<SyntaxTree, Hits>();

        /// <summary>Registers a rule's check of one literal (<paramref name="check"/>, with a reporter that leaves
        /// generated code alone) for the literals of each tree that hold one of <paramref name="wanted"/>.</summary>
        public static void Register(AnalysisContext context, LiteralChars wanted, bool includeChars, Action<SyntaxNode, Action<Diagnostic>> check) =>
            context.RegisterSemanticModelAction(c => Check(c, wanted, includeChars, check));

        private static void Check(SemanticModelAnalysisContext context, LiteralChars wanted, bool includeChars, Action<SyntaxNode, Action<Diagnostic>> check)
        {
            GeneratedCode.TreeReporter? reporter = null; // made for the first literal: most trees have none for a rule
            foreach (var literal in Literals(context.SemanticModel.SyntaxTree, context.FilterSpan, wanted, includeChars, context.CancellationToken))
            {
                reporter ??= new GeneratedCode.TreeReporter(context);
                reporter.Node = literal;
                check(literal, reporter.Report);
            }
        }

        /// <summary>Each literal — a string, UTF-8 or raw literal, an interpolated string (for its text parts), and char
        /// literals when <paramref name="includeChars"/> — that starts in <paramref name="span"/> (or anywhere) and whose
        /// text as written holds one of <paramref name="wanted"/>, in text order.</summary>
        public static IEnumerable<SyntaxNode> Literals(SyntaxTree tree, TextSpan? span, LiteralChars wanted, bool includeChars, CancellationToken cancellationToken)
        {
            if (!Cache.TryGetValue(tree, out var hits))
            {
                var scanned = Scan(tree, cancellationToken);
                hits = Cache.GetValue(tree, _ => scanned);
            }
            return hits.Literals.IsEmpty ? Array.Empty<SyntaxNode>() : Select(tree, hits.Literals, span, wanted, includeChars, cancellationToken);
        }

        private static IEnumerable<SyntaxNode> Select(SyntaxTree tree, ImmutableArray<Hit> hits, TextSpan? span, LiteralChars wanted, bool includeChars,
            CancellationToken cancellationToken)
        {
            SyntaxNode? root = null;
            foreach (var hit in hits)
            {
                if ((hit.Chars & wanted) == 0 || (!includeChars && hit.IsChar)) continue;
                if (span is TextSpan filter && !filter.Contains(hit.Start)) continue;
                root ??= tree.GetRoot(cancellationToken);
                // The literal's first token: the literal itself, or $" of an interpolated string.
                if (root.FindToken(hit.Start).Parent is { } literal && literal.SpanStart == hit.Start) yield return literal;
            }
        }

        private static Hits Scan(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var text = tree.GetText(cancellationToken).ToString(); // a StringText hands out its string without a copy
            ImmutableArray<Hit>.Builder? literals = null; // most trees have no literal of interest: nothing made for them
            Dictionary<int, int>? interpolated = null; // an interpolated string is met once per text part: by its start
            SyntaxNode? root = null;
            for (var position = SourceChars.Next(text, 0, backslash: true); position < text.Length; position = SourceChars.Next(text, position, backslash: true))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Of(text[position]) == LiteralChars.None) { position++; continue; }
                root ??= tree.GetRoot(cancellationToken);
                var token = root.FindToken(position);
                if (!token.Span.Contains(position))
                {
                    var trivia = root.FindTrivia(position); // a comment or directive: passed over whole
                    position = trivia.Span.Contains(position) ? trivia.Span.End : position + 1;
                    continue;
                }
                position = token.Span.End;
                var literal = LiteralOf(token);
                if (literal == null) continue;
                var chars = Of(token.Text);
                if (chars == LiteralChars.None) continue;
                literals ??= ImmutableArray.CreateBuilder<Hit>();
                if (literal is InterpolatedStringExpressionSyntax)
                {
                    interpolated ??= new Dictionary<int, int>();
                    if (interpolated.TryGetValue(literal.SpanStart, out var index)) { literals[index] = literals[index].With(chars); continue; }
                    interpolated[literal.SpanStart] = literals.Count;
                }
                literals.Add(new Hit(literal.SpanStart, chars, literal.IsKind(SyntaxKind.CharacterLiteralExpression)));
            }
            return literals == null ? Hits.None : new Hits(literals.ToImmutable());
        }

        /// <summary>The literal expression a content token belongs to (a text part: its interpolated string), or null.</summary>
        private static SyntaxNode? LiteralOf(SyntaxToken token)
        {
            switch (token.Kind())
            {
                case SyntaxKind.InterpolatedStringTextToken:
                    // A text part, not a format clause ({x:۰۰}): the rules look at text parts only.
                    return token.Parent is InterpolatedStringTextSyntax part ? part.Parent as InterpolatedStringExpressionSyntax : null;
                default:
                    return StringLiterals.IsContentToken(token) ? token.Parent as LiteralExpressionSyntax : null;
            }
        }

        private static LiteralChars Of(string written)
        {
            var chars = LiteralChars.None;
            for (var i = SourceChars.Next(written, 0, backslash: true); i < written.Length; i = SourceChars.Next(written, i + 1, backslash: true))
                chars |= Of(written[i]);
            return chars;
        }

        private static LiteralChars Of(char c)
        {
            if (c == '\\') return LiteralChars.Backslash;
            if (c < 0x0590) return LiteralChars.None;
            if (TextChecks.IsDirectionMark(c)) return LiteralChars.DirectionMark;
            if (DigitSystems.Of(c) != DigitSystem.None) return LiteralChars.NonLatinDigit;
            if (char.IsSurrogate(c)) return LiteralChars.RtlLetter;
            if (!RtlLetters.IsRtlLetter(c)) return LiteralChars.None;
            return TextChecks.IsWrongLetterForm(c, ArabicScriptLanguage.Persian) || TextChecks.IsWrongLetterForm(c, ArabicScriptLanguage.Arabic)
                ? LiteralChars.RtlLetter | LiteralChars.YehOrKaf : LiteralChars.RtlLetter;
        }

        /// <summary>A literal by its start, not the node: what is kept with a tree must not keep its nodes alive (the IDE
        /// lets a tree drop its root and parse it again).</summary>
        private readonly struct Hit
        {
            public Hit(int start, LiteralChars chars, bool isChar) { Start = start; Chars = chars; IsChar = isChar; }
            public int Start { get; }
            public LiteralChars Chars { get; }
            public bool IsChar { get; }
            public Hit With(LiteralChars more) => new Hit(Start, Chars | more, IsChar);
        }

        private sealed class Hits
        {
            public static readonly Hits None = new Hits(ImmutableArray<Hit>.Empty);

            public Hits(ImmutableArray<Hit> literals) => Literals = literals;
            public ImmutableArray<Hit> Literals { get; }
        }
    }
}
