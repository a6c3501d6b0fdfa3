using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Analyzers
{
    /// <summary>
    /// The nodes of one Razor generator tree that the Razor checks look at, found without visiting every node (issue 18:
    /// a walk of the whole tree, and Roslyn's map of its <c>#line</c> directives, which asking whether a node is mapped
    /// builds, cost more than the checks themselves). The C# written in the Razor file lies in the <c>#line</c> regions
    /// that map to it, found from the text (each <c>#line</c> confirmed as a directive by the tree) and walked; the
    /// markup lies in the string arguments of the calls Razor emits for it (<see cref="RazorFiles.KindOf"/>), found by
    /// their names. In text order, as a walk of every node would give them.
    /// </summary>
    internal static class RazorTreeScan
    {
        /// <summary>A node the checks look at, and the mapped region it lies in (null: outside any, i.e. markup); or a
        /// chunk of HTML of ASCII read from the text (<see cref="AsciiMarkupCall"/>), which only the HTML reader needs.</summary>
        public readonly struct Found
        {
            public Found(SyntaxNode node, Region? region)
            {
                Node = node;
                Region = region;
                Span = node.Span; // kept for the sort: a node's span is found again from its first token each time
                AsciiHtml = null;
            }

            public Found(int start, string asciiHtml)
            {
                Node = null;
                Region = null;
                Span = new TextSpan(start, 0);
                AsciiHtml = asciiHtml;
            }

            /// <summary>The node; null for a chunk read from the text (<see cref="AsciiHtml"/>).</summary>
            public SyntaxNode? Node { get; }
            public Region? Region { get; }
            public TextSpan Span { get; }

            /// <summary>The value of an HTML chunk of ASCII that was not looked up in the tree, or null.</summary>
            public string? AsciiHtml { get; }
        }

        /// <summary>Lines of the tree that a <c>#line</c> directive maps to a Razor file, up to the next <c>#line</c>.</summary>
        public sealed class Region
        {
            private readonly LineDirectiveText _directive;

            public Region(TextSpan span, string file, LineDirectiveText directive) { Span = span; File = file; _directive = directive; }
            public TextSpan Span { get; }

            /// <summary>The Razor file, as the directive names it.</summary>
            public string File { get; }

            /// <summary>Where the region ends in the Razor file (an enhanced <c>#line (l,c)-(l,c)</c> says so), else null.</summary>
            public LinePosition? RazorEnd => _directive.End;

            /// <summary>Where <paramref name="span"/> (in this region) lies in the Razor file, by Roslyn's rule (what
            /// <see cref="SyntaxTree.GetMappedLineSpan"/> gives, without building the tree's map of every directive): a
            /// numbered directive moves lines; an enhanced one also moves the characters of its first line, from its
            /// character offset on (a span that starts before the offset is the directive's whole span).</summary>
            public LinePositionSpan Map(TextLineCollection treeLines, TextSpan span)
            {
                var firstLine = treeLines.GetLineFromPosition(Span.Start).LineNumber;
                var start = treeLines.GetLinePosition(span.Start);
                var end = treeLines.GetLinePosition(span.End);
                if (_directive.Kind == LineDirectiveKind.Span && start.Line == firstLine && start.Character < _directive.CharacterOffset && _directive.End is { } whole)
                    return new LinePositionSpan(_directive.Start, whole);
                return new LinePositionSpan(Translate(start, firstLine), Translate(end, firstLine));
            }

            /// <summary>Whether the tree's text at <paramref name="position"/> (in this region) is Razor's own: on the region's
            /// first line before an enhanced directive's character offset, where Razor writes its call around the mapped
            /// code (<c>Write(</c> of <c>@("…")</c>, <c>__builder.AddContent(3, </c>).</summary>
            public bool IsWrittenByRazor(string treeText, int position) =>
                Span.Contains(position) && _directive.Kind == LineDirectiveKind.Span && position - Span.Start < _directive.CharacterOffset
                && treeText.IndexOf('\n', Span.Start, position - Span.Start) < 0;

            /// <summary>Whether <paramref name="literal"/> (in this region) is the argument of a call Razor writes its output
            /// with (<see cref="RazorFiles.IsOutputMethod"/>) whose name is not in the Razor file: Razor's own call, so the
            /// literal is output, never a logging or data call's argument (LC0001 need not look the call up).</summary>
            public bool IsRazorOutput(SyntaxNode literal, string treeText)
            {
                var value = literal;
                while (value.Parent is ParenthesizedExpressionSyntax parenthesized) value = parenthesized;
                if (!(value.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } })) return false;
                var name = call.Expression.SpanStart;
                return RazorFiles.IsOutputMethod(InvocationScan.InvokedName(call.Expression)) && (!Span.Contains(name) || IsWrittenByRazor(treeText, name));
            }

            /// <summary>Whether the call Razor wrote at <paramref name="open"/> (its argument list, before the character
            /// offset: <see cref="IsWrittenByRazor"/>) around this region's code holds no string before the code and nothing
            /// after it but directives, white space and its closing parenthesis: no literal of it lies outside the region.</summary>
            public bool HoldsOnlyItsCode(string treeText, int open)
            {
                var offset = Span.Start + _directive.CharacterOffset;
                if (open >= offset || treeText.IndexOf('"', open, offset - open) >= 0) return false;
                var i = Span.End;
                while (i < treeText.Length)
                {
                    if (char.IsWhiteSpace(treeText[i])) i++;
                    else if (treeText[i] == '#') i = LineEnd(treeText, i); // a directive's line
                    else return treeText[i] == ')';
                }
                return false;
            }

            private LinePosition Translate(LinePosition position, int firstLine)
            {
                var line = position.Line - firstLine + _directive.Start.Line;
                var character = _directive.Kind == LineDirectiveKind.Span && position.Line == firstLine
                    ? _directive.Start.Character + position.Character - _directive.CharacterOffset
                    : position.Character;
                return new LinePosition(line, Math.Max(character, 0));
            }
        }

        /// <summary>Literals, interpolated strings and possible localizer lookups (when <paramref name="lookups"/>) in
        /// the mapped regions that may hold something the checks look for; the string arguments of Razor's markup calls
        /// outside them.</summary>
        public static List<Found> Nodes(SyntaxNode root, string text, bool lookups, CancellationToken cancellationToken) =>
            Nodes(root, text, TreeDirectives.Read(text), lookups, new List<Found>(), cancellationToken);

        /// <summary>The same, with the tree's directives already read, added to <paramref name="found"/> (the caller's list,
        /// reused from tree to tree: a list per tree, grown as markup was found, was a tenth of these checks' time).</summary>
        public static List<Found> Nodes(SyntaxNode root, string text, TreeDirectives directives, bool lookups, List<Found> found, CancellationToken cancellationToken) =>
            Nodes(root, text, directives, lookups, literals: true, found, cancellationToken);

        /// <summary>The possible localizer lookups alone, in the mapped regions that may hold one: for a tree with nothing
        /// beyond ASCII (<see cref="SourceChars.IsAsciiOnly"/>), where no literal holds what the text rules look for (a
        /// letter, digit or mark beyond ASCII, written or escaped), so neither its markup calls nor its other regions are
        /// looked up.</summary>
        public static List<Found> Lookups(SyntaxNode root, string text, TreeDirectives directives, List<Found> found, CancellationToken cancellationToken) =>
            Nodes(root, text, directives, lookups: true, literals: false, found, cancellationToken);

        private static List<Found> Nodes(SyntaxNode root, string text, TreeDirectives directives, bool lookups, bool literals, List<Found> found, CancellationToken cancellationToken)
        {
            var regions = Regions(root, text, directives, cancellationToken);
            SyntaxNode? near = null;
            foreach (var region in regions)
            {
                var mayHoldLookup = lookups && MayHoldLookup(text, region.Span);
                if (!mayHoldLookup)
                {
                    if (literals) AddLiterals(root, text, region, ref near, found, cancellationToken);
                    continue;
                }
                // Walked from the nearest node that holds the region, not from the root: a walk from the root goes
                // through every statement of the render method before the region, again for each region.
                var container = TokenSearch.Near(root, near, region.Span.Start).Parent ?? root;
                while (container.Parent != null && !container.FullSpan.Contains(region.Span)) container = container.Parent;
                near = container;
                for (var outer = container.Parent; outer != null && region.Span.Contains(outer.Span); outer = outer.Parent) Add(outer, region, literals, found);
                foreach (var node in container.DescendantNodesAndSelf(region.Span))
                    if (region.Span.Contains(node.Span)) Add(node, region, literals, found);
            }
            // Under an #if, a call may lie in disabled text, which only the tree tells from code: every call is looked up.
            if (literals) AddMarkupLiterals(root, text, regions, near, readPlainMarkup: !directives.MayBeInactive, found, cancellationToken);
            found.Sort(InTreeOrder);
            return found;
        }

        /// <summary>A region that may hold a localizer lookup (an indexer or GetString) is walked node by node.</summary>
        private static bool MayHoldLookup(string text, TextSpan span) =>
            text.IndexOf('[', span.Start, span.Length) >= 0 || text.IndexOf("GetString", span.Start, span.Length, StringComparison.Ordinal) >= 0;

        /// <summary>
        /// The literals of a region without lookups whose text holds what the text rules look for (not ASCII, or a
        /// backslash that may escape it), found from those characters as the shared scan of C# files finds them
        /// (<see cref="LiteralScan"/>): a token looked up where one is written, its literal and the interpolated strings
        /// around it kept. A walk of every node of the region (an <c>@code</c> block is a class) was a fifth of the
        /// Razor checks' time. Most regions are expressions such as <c>@item.Name</c>, with no such character at all.
        /// </summary>
        private static void AddLiterals(SyntaxNode root, string text, Region region, ref SyntaxNode? near, List<Found> found, CancellationToken cancellationToken)
        {
            var end = region.Span.End;
            var first = found.Count; // this region's nodes: an interpolated string is met once per text part
            for (var position = SourceChars.Next(text, region.Span.Start, end, backslash: true); position < end; position = SourceChars.Next(text, position, end, backslash: true))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var token = TokenSearch.Near(root, near, position);
                near = token.Parent;
                if (!token.Span.Contains(position))
                {
                    position = TokenSearch.TriviaEnd(token, position); // a comment, a directive or disabled text: passed over whole
                    continue;
                }
                for (var node = token.Parent; node != null && region.Span.Contains(node.Span); node = node.Parent)
                    if ((node is LiteralExpressionSyntax || node is InterpolatedStringExpressionSyntax) && !Holds(found, first, node)) found.Add(new Found(node, region));
                position = Math.Max(token.Span.End, position + 1);
            }
        }

        private static bool Holds(List<Found> found, int from, SyntaxNode node)
        {
            for (var i = from; i < found.Count; i++)
                if (found[i].Node == node) return true;
            return false;
        }


        private static void Add(SyntaxNode node, Region region, bool literals, List<Found> found)
        {
            if ((literals && (node is LiteralExpressionSyntax || node is InterpolatedStringExpressionSyntax)) || LocalizerCall.MayBeLookup(node)) found.Add(new Found(node, region));
        }

        /// <summary>As a walk would meet them: by start, an enclosing node (longer) before the node it holds.</summary>
        private static readonly Comparison<Found> InTreeOrder = (x, y) =>
            x.Span.Start != y.Span.Start ? x.Span.Start.CompareTo(y.Span.Start) : y.Span.Length.CompareTo(x.Span.Length);

        /// <summary>The regions that map to a Razor file: from the line after a <c>#line</c> naming one to the next
        /// <c>#line</c> (Roslyn's rule: a directive acts from the next line on, until the next one).</summary>
        private static List<Region> Regions(SyntaxNode root, string text, TreeDirectives directives, CancellationToken cancellationToken)
        {
            var regions = new List<Region>();
            var start = -1;
            var current = default(LineDirectiveText);
            string? inherited = null, currentFile = null;
            // A directive under #if false is still a directive to the tree, but inactive: only its structure says so.
            var mayBeInactive = directives.MayBeInactive;
            // Without a text that spans lines, a #line that starts a line is a directive: asking the tree was a tenth of the
            // Razor checks' time.
            var askTree = mayBeInactive || MaySpanLines(text);
            SyntaxNode? near = null;
            foreach (var at in directives.Lines)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var line = mayBeInactive ? default : LineDirectiveText.Read(text, at + 5, current.File);
                TextSpan directiveSpan;
                if (askTree || line.Kind == LineDirectiveKind.Unread)
                {
                    if (!(DirectiveAt(root, ref near, at) is { } trivia)) continue; // in a string or comment
                    directiveSpan = trivia.FullSpan;
                    if (line.Kind == LineDirectiveKind.Unread)
                    {
                        // Not as Razor writes it: the tree's reading (making a directive's structure costs more than the text).
                        var directive = (DirectiveTriviaSyntax)trivia.GetStructure()!;
                        if (!directive.IsActive) continue;
                        line = LineDirectiveText.Of(directive);
                    }
                }
                else directiveSpan = TextSpan.FromBounds(at, LineEnd(text, at));
                if (start >= 0) regions.Add(new Region(TextSpan.FromBounds(start, directiveSpan.Start), currentFile!, current));
                start = -1;
                var file = line.MappedFile(ref inherited);
                if (file == null || !RazorFiles.IsRazorPath(file)) continue;
                start = directiveSpan.End; // a directive's trivia ends with its line break
                current = line;
                currentFile = file;
            }
            if (start >= 0) regions.Add(new Region(TextSpan.FromBounds(start, text.Length), currentFile!, current));
            return regions;
        }

        /// <summary>The #line directive trivia at <paramref name="at"/>, or null (a directive is leading trivia of a token).</summary>
        private static SyntaxTrivia? DirectiveAt(SyntaxNode root, ref SyntaxNode? near, int at)
        {
            var token = TokenSearch.Near(root, near, at);
            near = token.Parent;
            if (token.Span.Contains(at)) return null;
            foreach (var trivia in token.LeadingTrivia)
                if (trivia.Span.Contains(at))
                    return trivia.IsKind(SyntaxKind.LineDirectiveTrivia) || trivia.IsKind(SyntaxKind.LineSpanDirectiveTrivia) ? trivia : (SyntaxTrivia?)null;
            return null;
        }

        /// <summary>Whether a token or comment of <paramref name="text"/> may span lines, so that a line of it that starts
        /// with #line may be no directive: a /* comment, a raw string, an interpolated string (C# 11 lets its holes span
        /// lines) or a verbatim string with a line break before its closing quote. May say yes when no: the tree decides then.</summary>
        internal static bool MaySpanLines(string text)
        {
            if (text.IndexOf("\"\"\"", StringComparison.Ordinal) >= 0) return true;
            // /*, $" (and $@"), and each @" as if it began a verbatim string (one inside a string or comment only adds a
            // yes): one search for the characters they hold that C# rarely writes, where a search per pattern read a
            // Razor tree's text four times more.
            for (var at = text.IndexOfAny(SpanMarks); at >= 0; at = text.IndexOfAny(SpanMarks, at + 1))
            {
                var next = at + 1 < text.Length ? text[at + 1] : '\0';
                switch (text[at])
                {
                    case '*' when at > 0 && text[at - 1] == '/':
                    case '$' when next == '"' || (next == '@' && at + 2 < text.Length && text[at + 2] == '"'):
                        return true;
                    case '@' when next == '"' && VerbatimSpansLines(text, at + 2):
                        return true;
                }
            }
            return false;
        }

        private static readonly char[] SpanMarks = { '*', '$', '@' };

        /// <summary>Whether a verbatim string whose text starts at <paramref name="start"/> has a line break before its end.</summary>
        private static bool VerbatimSpansLines(string text, int start)
        {
            for (var i = start; i < text.Length; i++)
            {
                if (text[i] == '\n' || text[i] == '\r') return true;
                if (text[i] != '"') continue;
                if (i + 1 < text.Length && text[i + 1] == '"') { i++; continue; } // "" is a quote in a verbatim string
                return false;
            }
            return false;
        }

        /// <summary>Where the line at <paramref name="at"/> ends, its line break included.</summary>
        private static int LineEnd(string text, int at)
        {
            var i = text.IndexOfAny(LineBreaks, at);
            if (i < 0) return text.Length;
            return text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
        }

        private static readonly char[] LineBreaks = { '\r', '\n' };

        /// <summary>The string arguments of the calls of <see cref="RazorFiles.MarkupMethods"/> that lie outside the mapped
        /// regions (the tree tells a call from the same word elsewhere). The names begin with Add or Write: two searches,
        /// met in text order so that each call is looked for from the last (a search per name read the text six times
        /// and looked for each name's first call from the root).</summary>
        private static void AddMarkupLiterals(SyntaxNode root, string text, List<Region> regions, SyntaxNode? near, bool readPlainMarkup, List<Found> found,
            CancellationToken cancellationToken)
        {
            // near: the last node the regions' search found, usually in the render method, where the first call is looked
            // for from (not from the root).
            List<LiteralExpressionSyntax>? literals = null; // the string literals of one call's arguments
            List<(int Start, string Value)>? chunks = null; // the HTML of one call read from the text
            var add = text.IndexOf("Add", StringComparison.Ordinal);
            var write = text.IndexOf("Write", StringComparison.Ordinal);
            while (add >= 0 || write >= 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int at;
                if (write < 0 || add >= 0 && add < write)
                {
                    at = add;
                    add = text.IndexOf("Add", add + 3, StringComparison.Ordinal);
                }
                else
                {
                    at = write;
                    write = text.IndexOf("Write", write + 5, StringComparison.Ordinal);
                }
                if (!(InvocationScan.NameAt(text, at, RazorFiles.MarkupMethods) is { } name)) continue;
                var after = at + name.Length;
                // The name whole: with no name character on either side, a name token that holds it starts at it.
                if (after < text.Length && IsNamePart(text[after]) || at > 0 && IsNamePart(text[at - 1])) continue;
                var region = RegionAt(regions, at);
                // Razor's call around a region's code (Write( of @(…)) whose only literals are that code's: the region's.
                if (readPlainMarkup && region != null && region.IsWrittenByRazor(text, at) && region.HoldsOnlyItsCode(text, after)) continue;
                // Outside the regions (Razor's own text, where a call is on one line), plain markup is read from the text.
                var html = RazorFiles.IsHtmlMethod(name) ? chunks ??= new List<(int, string)>() : null;
                if (readPlainMarkup && region == null && AsciiMarkupCall.TryRead(text, after, html))
                {
                    if (html == null) continue;
                    foreach (var (start, value) in html) found.Add(new Found(start, value));
                    html.Clear();
                    continue;
                }
                if (!(InvocationScan.CallAt(root, ref near, at) is { } call)) continue;
                literals ??= new List<LiteralExpressionSyntax>();
                foreach (var argument in call.ArgumentList.Arguments) RazorFiles.AddValueLiterals(argument.Expression, literals);
                foreach (var literal in literals)
                    if (!InAny(regions, literal.SpanStart)) found.Add(new Found(literal, null));
                literals.Clear();
            }
        }

        private static bool IsNamePart(char c) => c == '_' || c == '@' || char.IsLetterOrDigit(c);

        private static bool InAny(List<Region> regions, int position) => RegionAt(regions, position) != null;

        private static Region? RegionAt(List<Region> regions, int position)
        {
            foreach (var region in regions)
                if (region.Span.Contains(position)) return region;
            return null;
        }
    }
}
