using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
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
    /// <summary>What a literal's text, as written, holds that one of the content rules looks for; and, for the rules
    /// that need only its value, whether that rule reports it (decided once, when the tree is scanned).</summary>
    [Flags]
    internal enum LiteralChars
    {
        None = 0,
        /// <summary>A right-to-left letter (<see cref="RtlLetters.IsRtlLetter"/>; in the scan's first look at a character,
        /// before its token is found, any surrogate).</summary>
        RtlLetter = 1,
        /// <summary>An Arabic-Indic or Persian digit.</summary>
        NonLatinDigit = 2,
        /// <summary>LRM, RLM or ALM.</summary>
        DirectionMark = 8,
        /// <summary>A backslash before u, U or x: such an escape may spell any of the above in the value (the other escapes
        /// spell ASCII). Without it, the value holds the letters, digits and marks the text as written holds.</summary>
        Backslash = 16,
        /// <summary>The value mixes digit systems (<see cref="MixedDigitSystemsAnalyzer.IsReported"/>, LC0002).</summary>
        MixedDigits = 32,
        /// <summary>The value has letter forms of the other language (<see cref="MismatchedLetterFormsAnalyzer.IsReported"/>, LC0003).</summary>
        WrongLetterForms = 64,
    }

    /// <summary>
    /// The C# literals of one tree that hold a character the content rules look for, found from the tree's text: one
    /// callback per tree and rule, not one per literal. With a syntax node action on every literal, Roslyn's cost per
    /// callback was most of those rules' telemetry (benchmarks/results/README.md, issue 20). The text is read once per
    /// tree for all the rules (where the literals start and what they hold, kept for the compilation), and a literal is
    /// looked up (FindToken) only where such a character is written. LC0002 and LC0003 look at a literal's value alone:
    /// the scan, which has the literal at hand, asks them then, and a rule looks its literal up again only to report it.
    /// </summary>
    internal static class LiteralScan
    {
        // Per compilation, then per tree: one weak entry per compilation, not one per tree (an entry of a
        // ConditionalWeakTable is a dependent handle, which every garbage collection visits).
        private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<SyntaxTree, Hits>> Cache =
            new ConditionalWeakTable<Compilation, ConcurrentDictionary<SyntaxTree, Hits>>();

        [ThreadStatic] private static List<Hit>? _scratch;
        [ThreadStatic] private static List<SyntaxNode>? _scratchNodes;

        /// <summary>The literals the last scan on this thread found, held weakly: the compiler runs one tree's actions
        /// one after another on one thread, so the rules after the one that scanned take the nodes from here instead of
        /// looking each up again (FindToken) — unless a collection came between. Nothing is kept with the tree.</summary>
        [ThreadStatic] private static WeakReference<ScannedNodes>? _lastScan;

        /// <summary>What a rule asks the scan for: the rest is what the scan reads to decide.</summary>
        private const LiteralChars Concerning = LiteralChars.RtlLetter | LiteralChars.DirectionMark | LiteralChars.MixedDigits | LiteralChars.WrongLetterForms;

        /// <summary>Registers a rule's check of one literal (<paramref name="check"/>, with a reporter that leaves
        /// generated code alone) for the literals of each tree that hold one of <paramref name="wanted"/>.</summary>
        public static void Register(AnalysisContext context, LiteralChars wanted, bool includeChars, Action<SyntaxNode, Action<Diagnostic>> check) =>
            context.RegisterSemanticModelAction(c => Check(c, wanted, includeChars, check));

        private static void Check(SemanticModelAnalysisContext context, LiteralChars wanted, bool includeChars, Action<SyntaxNode, Action<Diagnostic>> check)
        {
            GeneratedCode.TreeReporter? reporter = null; // made for the first literal: most trees have none for a rule
            foreach (var literal in Literals(context.SemanticModel, context.FilterSpan, wanted, includeChars, context.CancellationToken))
            {
                reporter ??= new GeneratedCode.TreeReporter(context);
                reporter.Node = literal.Node;
                check(literal.Node, reporter.Report);
            }
        }

        /// <summary>Each literal — a string, UTF-8 or raw literal, an interpolated string (for its text parts), and char
        /// literals when <paramref name="includeChars"/> — that starts in <paramref name="span"/> (or anywhere) and whose
        /// text as written holds one of <paramref name="wanted"/>, in text order, with what the scan found in it.</summary>
        public static IEnumerable<ScannedLiteral> Literals(SemanticModel model, TextSpan? span, LiteralChars wanted, bool includeChars, CancellationToken cancellationToken)
        {
            var tree = model.SyntaxTree;
            if (!Cache.TryGetValue(model.Compilation, out var trees)) trees = Cache.GetValue(model.Compilation, static _ => new ConcurrentDictionary<SyntaxTree, Hits>());
            if (!trees.TryGetValue(tree, out var hits)) hits = trees.GetOrAdd(tree, Scan(tree, cancellationToken));
            return hits.Literals.Length == 0 || (hits.Chars & wanted) == 0
                ? Array.Empty<ScannedLiteral>() : Select(tree, hits, span, wanted, includeChars, cancellationToken);
        }

        private static IEnumerable<ScannedLiteral> Select(SyntaxTree tree, Hits scanned, TextSpan? span, LiteralChars wanted, bool includeChars,
            CancellationToken cancellationToken)
        {
            var nodes = _lastScan != null && _lastScan.TryGetTarget(out var last) && last.Hits == scanned ? last.Nodes : null;
            var hits = scanned.Literals;
            SyntaxNode? root = null, previous = null;
            for (var i = 0; i < hits.Length; i++)
            {
                var hit = hits[i];
                if ((hit.Chars & wanted) == 0 || (!includeChars && hit.IsChar)) continue;
                if (span is TextSpan filter && !filter.Contains(hit.Start)) continue;
                if (nodes != null) { yield return new ScannedLiteral(nodes[i], hit.Chars); continue; }
                root ??= tree.GetRoot(cancellationToken);
                // The literal's first token: the literal itself, or $" of an interpolated string.
                var token = TokenSearch.Near(root, previous, hit.Start);
                previous = token.Parent;
                if (previous is { } literal && literal.SpanStart == hit.Start) yield return new ScannedLiteral(literal, hit.Chars);
            }
        }

        private static Hits Scan(SyntaxTree tree, CancellationToken cancellationToken)
        {
            try
            {
                return ScanText(tree, cancellationToken);
            }
            finally
            {
                _scratchNodes?.Clear(); // the thread's list must not keep a tree's nodes, cancelled or not
            }
        }

        private static Hits ScanText(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var text = tree.GetText(cancellationToken).ToString(); // a StringText hands out its string without a copy
            List<Hit>? literals = null; // most trees have no literal of interest: nothing made for them
            List<SyntaxNode>? nodes = null; // the literals' nodes, for the rules after this one (_lastScan)
            Dictionary<int, int>? interpolated = null; // an interpolated string is met once per text part: by its start
            SyntaxNode? root = null, previous = null;
            var bidi = false; // a raw bidi control anywhere in the text, for LC0004 (BidiControlCharacterAnalyzer)
            for (var position = SourceChars.Next(text, 0, backslash: true); position < text.Length; position = SourceChars.Next(text, position, backslash: true))
            {
                cancellationToken.ThrowIfCancellationRequested();
                // A backslash is looked at only where it may begin an escape beyond ASCII; any other character by what it is.
                if (text[position] == '\\' ? !SourceChars.MayEscapeBeyondAscii(text, position, text.Length) : Of(text[position]) == LiteralChars.None)
                {
                    bidi |= TextChecks.IsBidiControl(text[position]);
                    position++;
                    continue;
                }
                root ??= tree.GetRoot(cancellationToken);
                var token = TokenSearch.Near(root, previous, position);
                previous = token.Parent;
                var tokenSpan = token.Span; // computed from the token's trivia: once
                if (!tokenSpan.Contains(position))
                {
                    var end = TokenSearch.TriviaEnd(token, position); // a comment or directive: passed over whole
                    bidi = bidi || HasBidiControl(text, position, end);
                    position = end;
                    continue;
                }
                var literal = LiteralOf(token);
                if (literal == null)
                {
                    bidi = bidi || HasBidiControl(text, position, tokenSpan.End);
                    position = tokenSpan.End;
                    continue;
                }
                position = tokenSpan.End;
                // The token's text is the text from here to its end and more: its bidi controls are found on the way. Read
                // from the tree's text, which the search has just read, not token.Text: a string of its own elsewhere in
                // memory, whose first reading was a cache miss per literal.
                var chars = Of(text, tokenSpan.Start, tokenSpan.End, out var letters, ref bidi);
                if (chars == LiteralChars.None) continue;
                if (literals == null) (literals, nodes) = Scratch();
                var isInterpolated = literal is InterpolatedStringExpressionSyntax;
                if (isInterpolated)
                {
                    interpolated ??= new Dictionary<int, int>();
                    if (interpolated.TryGetValue(literal.SpanStart, out var index)) { literals[index] = literals[index].With(chars); continue; }
                    interpolated[literal.SpanStart] = literals.Count;
                }
                var isChar = literal.IsKind(SyntaxKind.CharacterLiteralExpression);
                // The value of an interpolated string is judged whole, when its first part with such a character is met.
                // Not for text without a non-Latin digit (LC0002) nor both kinds of letters a mismatch needs (LC0003),
                // most right-to-left text: a tenth of this scan's time went to values no rule would report.
                // Each verdict only where the text as written can lead to it (an escape can spell anything).
                var escaped = isInterpolated || (chars & LiteralChars.Backslash) != 0;
                var digits = escaped || (chars & LiteralChars.NonLatinDigit) != 0;
                var forms = escaped || TextChecks.MayMismatch(letters);
                if (!isChar && (digits || forms)) chars |= ValueVerdicts(StringLiterals.Value(literal), digits, forms);
                // A literal that only led to a verdict of "not reported" concerns no rule (an interpolated string is kept:
                // a later part may hold more).
                if (!isInterpolated && (chars & Concerning) == 0) continue;
                literals.Add(new Hit(literal.SpanStart, chars, isChar));
                nodes!.Add(literal);
            }
            if (literals == null) return bidi ? Hits.NoneButBidiControl : Hits.None;
            var hits = new Hits(literals.ToArray(), bidi);
            var scanned = new ScannedNodes(hits, nodes!.ToArray());
            if (_lastScan == null) _lastScan = new WeakReference<ScannedNodes>(scanned);
            else _lastScan.SetTarget(scanned); // the same handle again: none made per tree
            return hits;
        }

        /// <summary>Whether <paramref name="tree"/>'s text holds a raw bidi control, if a content rule's action has already
        /// read it in this compilation (null: not read, or being read). LC0004 asks, so that a tree's text is read once
        /// for all the rules: reading it again was most of LC0004's time (2,000 files: 2.4 of 2.5 ms). Analyzing on one
        /// thread, the compiler runs syntax tree actions after the semantic model actions that read the tree; analyzing
        /// concurrently, LC0004 often comes first and reads the tree itself.</summary>
        public static bool? HasBidiControl(Compilation compilation, SyntaxTree tree) =>
            Cache.TryGetValue(compilation, out var trees) && trees.TryGetValue(tree, out var hits) ? hits.HasBidiControl : (bool?)null;

        /// <summary>Over a token or trivia the scan jumps: short, and all letters in right-to-left text, where a search
        /// for the next non-ASCII character would stop at each one.</summary>
        private static bool HasBidiControl(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
                if (TextChecks.IsBidiControl(text[i])) return true;
            return false;
        }

        /// <summary>Which of the rules that judge a string's value alone report <paramref name="value"/>, of those asked.</summary>
        private static LiteralChars ValueVerdicts(string value, bool digits, bool forms) =>
            (digits && MixedDigitSystemsAnalyzer.IsReported(value) ? LiteralChars.MixedDigits : LiteralChars.None)
            | (forms && MismatchedLetterFormsAnalyzer.IsReported(value) ? LiteralChars.WrongLetterForms : LiteralChars.None);

        /// <summary>The thread's lists of hits and of their nodes, emptied: each tree's are copied out once, at their final count.</summary>
        private static (List<Hit>, List<SyntaxNode>) Scratch()
        {
            var list = _scratch ??= new List<Hit>();
            list.Clear();
            var nodes = _scratchNodes ??= new List<SyntaxNode>();
            nodes.Clear();
            return (list, nodes);
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

        /// <summary>What <paramref name="text"/> holds in [<paramref name="start"/>, <paramref name="end"/>) (a token as
        /// written), which of the letters that tell Arabic from Persian, and (in <paramref name="bidi"/>) whether it has a
        /// raw bidi control.</summary>
        private static LiteralChars Of(string text, int start, int end, out LanguageLetters letters, ref bool bidi)
        {
            // Character by character: a literal is short, and right-to-left text is all non-ASCII.
            var chars = LiteralChars.None;
            letters = LanguageLetters.None;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (c < 0x80)
                {
                    if (c == '\\' && SourceChars.MayEscapeBeyondAscii(text, i, end)) chars |= LiteralChars.Backslash;
                    continue;
                }
                if ((c & 0xFF00) == 0x0600)
                {
                    // The Arabic block, most of such text: its answers read from a table.
                    var answers = ArabicBlock[c & 0xFF];
                    chars |= (LiteralChars)(answers & 0x0F);
                    letters |= (LanguageLetters)(answers >> 4);
                    continue;
                }
                if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
                {
                    // Exactly: a flag the text as written sets must hold for the value (without such an escape).
                    if (RtlLetters.IsRtlLetter(char.ConvertToUtf32(c, text[++i]))) chars |= LiteralChars.RtlLetter;
                    continue;
                }
                if (!char.IsSurrogate(c)) chars |= Of(c);
                bidi |= TextChecks.IsBidiControl(c);
            }
            return chars;
        }

        /// <summary>What a character beyond ASCII is to the rules (a backslash is read with the character after it).</summary>
        private static LiteralChars Of(char c)
        {
            if (c < 0x0590) return LiteralChars.None;
            if (TextChecks.IsDirectionMark(c)) return LiteralChars.DirectionMark;
            if (DigitSystems.Of(c) != DigitSystem.None) return LiteralChars.NonLatinDigit;
            if (char.IsSurrogate(c)) return LiteralChars.RtlLetter;
            return RtlLetters.IsRtlLetter(c) ? LiteralChars.RtlLetter : LiteralChars.None;
        }

        /// <summary><see cref="Of(char)"/> (low four bits: the Arabic block has letters, digits and ALM) and
        /// <see cref="ArabicScriptLanguages.LetterOf"/> (high four bits) of U+0600–U+06FF, computed by them once.</summary>
        private static readonly byte[] ArabicBlock = ArabicBlockTable();

        private static byte[] ArabicBlockTable()
        {
            var table = new byte[256];
            for (var i = 0; i < table.Length; i++)
            {
                var c = (char)(0x0600 + i);
                var chars = (int)Of(c);
                var letters = (int)ArabicScriptLanguages.LetterOf(c);
                if (chars > 0x0F || letters > 0x0F) throw new InvalidOperationException("The Arabic block's answers no longer fit in four bits each.");
                table[i] = (byte)(chars | letters << 4);
            }
            return table;
        }

        /// <summary>A literal found by the scan, and what its text as written holds.</summary>
        internal readonly struct ScannedLiteral
        {
            public ScannedLiteral(SyntaxNode node, LiteralChars chars) { Node = node; Chars = chars; }

            public SyntaxNode Node { get; }

            public LiteralChars Chars { get; }

            /// <summary>The value holds what the text as written holds (no escape could spell or hide a letter).</summary>
            public bool ValueAsWritten => (Chars & LiteralChars.Backslash) == 0;
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

        /// <summary>A scan's hits with their nodes (same order), held only weakly (<see cref="_lastScan"/>).</summary>
        private sealed class ScannedNodes
        {
            public ScannedNodes(Hits hits, SyntaxNode[] nodes) { Hits = hits; Nodes = nodes; }
            public Hits Hits { get; }
            public SyntaxNode[] Nodes { get; }
        }

        private sealed class Hits
        {
            public static readonly Hits None = new Hits(Array.Empty<Hit>(), hasBidiControl: false);
            public static readonly Hits NoneButBidiControl = new Hits(Array.Empty<Hit>(), hasBidiControl: true);

            public Hits(Hit[] literals, bool hasBidiControl)
            {
                Literals = literals;
                HasBidiControl = hasBidiControl;
                foreach (var literal in literals) Chars |= literal.Chars;
            }

            public Hit[] Literals { get; }

            /// <summary>The tree's text holds a raw bidi control (<see cref="TextChecks.IsBidiControl"/>), anywhere.</summary>
            public bool HasBidiControl { get; }

            /// <summary>What any of the literals holds: a rule none of them concerns has nothing to look up.</summary>
            public LiteralChars Chars { get; }
        }
    }
}
