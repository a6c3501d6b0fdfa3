using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Analyzers
{
    /// <summary>The C# that the Razor source generator writes for a .razor or .cshtml file: which trees they are, which
    /// of their literals are markup (not mapped by <c>#line</c>: Razor emits markup in hidden regions) and where the
    /// Razor file is.</summary>
    internal static class RazorFiles
    {
        /// <summary>By the generator's hint name (Components/Hello_razor.g.cs; older SDKs: Components_Hello_razor.g.cs,
        /// Hello.razor.g.cs): a string test, so that .cs files cost nothing more.</summary>
        public static bool IsRazorTree(SyntaxTree tree)
        {
            var path = tree.FilePath;
            // ".g.cs" by one character first: every tree of a project is asked, and most are not generated.
            return path.Length >= 10 && (path[path.Length - 4] | 0x20) == 'g'
                && (path.EndsWith("razor.g.cs", StringComparison.OrdinalIgnoreCase) || path.EndsWith("cshtml.g.cs", StringComparison.OrdinalIgnoreCase));
        }

        public static bool IsRazorPath(string path) =>
            path.EndsWith(".razor", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase);

        /// <summary>The Razor file of a generated tree, from its first line: <c>#pragma checksum "path" …</c>, read as Razor
        /// writes it from the text (making the directive's structure was 10% of the Razor checks' time), else from the
        /// tree's leading trivia.</summary>
        public static string? SourcePath(string text, SyntaxNode root)
        {
            const string checksum = "#pragma checksum ";
            var start = 0;
            while (start < text.Length && (text[start] == '\uFEFF' || char.IsWhiteSpace(text[start]))) start++;
            if (string.CompareOrdinal(text, start, checksum, 0, checksum.Length) == 0)
            {
                start += checksum.Length;
                if (LineDirectiveText.QuotedFile(text, ref start, out var path)) return path;
            }
            return SourcePath(root);
        }

        private static string? SourcePath(SyntaxNode root)
        {
            // The kind first: GetStructure makes the red node of every directive (8% of our analyzers' time on the Razor benchmark).
            foreach (var trivia in root.GetLeadingTrivia())
                if (trivia.IsKind(SyntaxKind.PragmaChecksumDirectiveTrivia) && trivia.GetStructure() is PragmaChecksumDirectiveTriviaSyntax checksum)
                    return checksum.File.ValueText;
            return null;
        }

        /// <summary>Whether a generated tree may suppress one of the rules itself, as only Roslyn reads it for a location in
        /// the tree: a <c>#pragma warning disable</c> or <c>restore</c> without codes or with a code that is not the
        /// compiler's (Razor writes only those: <c>1591</c>, <c>1998</c>, <c>CS8618</c>), or a SuppressMessage attribute.</summary>
        public static bool MaySuppressInTree(string text) => MaySuppressInTree(text, TreeDirectives.Read(text));

        /// <summary>The same, with the tree's directives already read.</summary>
        public static bool MaySuppressInTree(string text, TreeDirectives directives) =>
            directives.PragmaMaySuppress || text.IndexOf("SuppressMessage", StringComparison.Ordinal) >= 0;

        /// <summary>The span of <paramref name="lines"/> in <paramref name="source"/>, clamped to its lines.</summary>
        public static TextSpan SpanIn(SourceText source, LinePositionSpan lines)
        {
            var start = PositionIn(source, lines.Start);
            return TextSpan.FromBounds(start, Math.Max(start, PositionIn(source, lines.End)));
        }

        private static int PositionIn(SourceText source, LinePosition position)
        {
            if (position.Line >= source.Lines.Count) return source.Length;
            var line = source.Lines[position.Line];
            return Math.Min(line.Start + position.Character, line.End);
        }

        /// <summary>The Razor files as the compiler was given them (the SDK passes .razor and .cshtml files as
        /// AdditionalFiles), by path: built once per compilation, so that finding a generated tree's file does not walk
        /// every additional file.</summary>
        public sealed class Index
        {
            private readonly Dictionary<string, AdditionalText> _byPath = new Dictionary<string, AdditionalText>(StringComparer.OrdinalIgnoreCase);

            public Index(ImmutableArray<AdditionalText> additionalFiles)
            {
                foreach (var file in additionalFiles)
                {
                    if (!IsRazorPath(file.Path)) continue;
                    var key = file.Path.Replace('\\', '/');
                    if (!_byPath.ContainsKey(key)) _byPath.Add(key, file);
                }
            }

            /// <summary>The Razor file at <paramref name="path"/>, or null.</summary>
            public SourceText? FindText(string path, out string foundPath, System.Threading.CancellationToken cancellationToken)
            {
                if (_byPath.TryGetValue(path.Replace('\\', '/'), out var file))
                {
                    foundPath = file.Path;
                    return file.GetText(cancellationToken);
                }
                foundPath = path;
                return null;
            }
        }

        /// <summary>The calls Razor emits markup with (see <see cref="KindOf"/>).</summary>
        public static readonly string[] MarkupMethods = { "AddMarkupContent", "WriteLiteral", "AddContent", "WriteAttributeValue", "AddAttribute", "AddComponentParameter" };

        /// <summary>The calls Razor writes output with: the markup methods, and Write (<c>@(…)</c> in a .cshtml file).</summary>
        public static bool IsOutputMethod(string? name) => name == "Write" || Array.IndexOf(MarkupMethods, name) >= 0;

        /// <summary>The markup methods whose string arguments are chunks of HTML (<see cref="MarkupKind.Html"/>).</summary>
        public static bool IsHtmlMethod(string name) => name == "AddMarkupContent" || name == "WriteLiteral";

        /// <summary>How Razor emits markup: the HTML methods take a chunk of HTML (several elements, or part of a tag),
        /// the others one text or attribute value: an element's attribute or a component's parameter, whose value mixed
        /// with C# (<c>title="مورد @item"</c>) Razor writes as <c>"مورد" + " " + (item)</c>. <see cref="MarkupKind.None"/>
        /// for anything else.</summary>
        public static MarkupKind KindOf(LiteralExpressionSyntax literal)
        {
            // A string: the sequence numbers and flags beside the markup are not text.
            if (!literal.IsKind(SyntaxKind.StringLiteralExpression)) return MarkupKind.None;
            var value = ValueExpression(literal);
            if (!(value.Parent is ArgumentSyntax argument) || !(argument.Parent?.Parent is InvocationExpressionSyntax call)) return MarkupKind.None;
            var name = InvocationScan.InvokedName(call.Expression);
            var concatenated = value != literal;
            if (name != null && IsHtmlMethod(name)) return concatenated ? MarkupKind.None : MarkupKind.Html;
            switch (name)
            {
                case "AddContent":
                case "WriteAttributeValue":
                    return concatenated ? MarkupKind.None : MarkupKind.Text;
                case "AddAttribute":
                case "AddComponentParameter":
                    // (sequence, name, value): the name is not text.
                    return ((ArgumentListSyntax)argument.Parent).Arguments.IndexOf(argument) >= 2 ? MarkupKind.Text : MarkupKind.None;
                default:
                    return MarkupKind.None;
            }
        }

        /// <summary>The expression an argument holds around <paramref name="literal"/>: the literal, or the
        /// concatenation (<c>+</c>, parentheses) it is a part of.</summary>
        public static ExpressionSyntax ValueExpression(LiteralExpressionSyntax literal)
        {
            ExpressionSyntax value = literal;
            while (value.Parent is ParenthesizedExpressionSyntax || value.Parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
                value = (ExpressionSyntax)value.Parent;
            return value;
        }

        /// <summary>The string literals an argument's value is written with, added to <paramref name="literals"/>: the
        /// value, or the parts of its concatenation (the inverse of <see cref="ValueExpression"/>). A list the caller
        /// reuses: an iterator per argument was a third of what the Razor checks allocated.</summary>
        public static void AddValueLiterals(ExpressionSyntax value, List<LiteralExpressionSyntax> literals)
        {
            switch (value)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                    literals.Add(literal);
                    break;
                case ParenthesizedExpressionSyntax parenthesized:
                    AddValueLiterals(parenthesized.Expression, literals);
                    break;
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                    AddValueLiterals(binary.Left, literals);
                    AddValueLiterals(binary.Right, literals);
                    break;
            }
        }
    }

    internal enum MarkupKind
    {
        None,
        Html,
        Text,
    }
}
