using System.Collections.Immutable;
using CsCheck;
using LocalizedContent.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>
/// The content rules' shared scan (<see cref="LiteralScan"/>) reads a tree's text and looks a literal up only where a
/// wanted character is written. Against a walk of every node: it finds every literal whose text as written holds a
/// right-to-left letter (LC0001 leaves letters spelled only by escapes alone), and where it says the value is as written
/// (no \u, \U or \x escape) the value holds one too.
/// The rules after the one that scanned take the literals' nodes from that scan (same thread) instead of looking them
/// up again: on another thread, where they are looked up, the literals are the same.
/// </summary>
public sealed class LiteralScanProperties
{
    private static readonly ImmutableArray<MetadataReference> References = SharedFrameworks.RuntimeCore;

    /// <summary>Literal content: letters of both scripts, an astral right-to-left letter (Adlam) and an emoji, digits,
    /// a direction mark, and escapes that spell right-to-left letters or only ASCII.</summary>
    private static readonly Gen<string> Content = Gen.OneOf(
        Gen.Const("a"), Gen.Const(" "), Gen.Const("ب"), Gen.Const("ی"), Gen.Const("۴"), Gen.Const("\u200F"), Gen.Const("𞤀"), Gen.Const("😀"),
        Gen.Const("\\n"), Gen.Const("\\\\"), Gen.Const("\\u0628"), Gen.Const("\\x0628"), Gen.Const("\\U0001E900"), Gen.Const("\\u0041"),
        Gen.Const("\\\\u0628")).Array[0, 6].Select(parts => string.Concat(parts));

    private static readonly Gen<string> Member = Gen.OneOf(
        Gen.Select(Content, Gen.Int[0, 999]).Select((t, n) => "string s" + n + " = \"" + t + "\";"),
        Gen.Select(Content, Gen.Int[0, 999]).Select((t, n) => "string v" + n + " = @\"" + t.Replace("\\", "") + "\";"),
        Gen.Select(Content, Content, Gen.Int[0, 999]).Select((t, u, n) => "string i" + n + "(int x) => $\"" + t + "{x}" + u + "\";"),
        Gen.Select(Content, Gen.Int[0, 999]).Select((t, n) => "string r" + n + " = \"\"\"" + t.Replace("\\", "") + " \"\"\";"),
        Content.Select(t => "// " + t),
        Content.Select(t => "/* " + t + " */"));

    private static readonly Gen<string> Source = Member.Array[0, 10].Select(members => "class C\n{\n    " + string.Join("\n    ", members) + "\n}\n");

    [Fact]
    public void The_scan_finds_every_literal_written_with_a_right_to_left_letter_and_its_flags_hold_for_the_value() =>
        Source.Sample(source =>
        {
            var model = Model(source);
            var found = LiteralScan.Literals(model, null, LiteralChars.RtlLetter, includeChars: false, CancellationToken.None).ToList();
            var expected = model.SyntaxTree.GetRoot().DescendantNodes()
                .Where(n => n is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression or (int)SyntaxKind.Utf8StringLiteralExpression } or InterpolatedStringExpressionSyntax)
                .Where(n => RtlLetters.ContainsRtlLetter(Written(n)))
                .Select(n => n.SpanStart);
            Assert.Subset(found.Select(l => l.Node.SpanStart).ToHashSet(), expected.ToHashSet());
            foreach (var literal in found.Where(l => l.ValueAsWritten))
                Assert.True(RtlLetters.ContainsRtlLetter(Value(literal.Node)), $"{literal.Node} is as written and holds no right-to-left letter");
        }, iter: 500);

    [Fact]
    public void A_rule_after_the_scan_gets_the_literals_a_lookup_on_another_thread_finds() =>
        Source.Sample(source =>
        {
            var model = Model(source);
            const LiteralChars any = LiteralChars.RtlLetter | LiteralChars.NonLatinDigit | LiteralChars.DirectionMark;
            static string Describe(IEnumerable<LiteralScan.ScannedLiteral> literals) =>
                string.Join(" | ", literals.Select(l => $"{l.Node.Span}:{l.Node.Kind()}:{l.Chars}"));
            // This thread scans: the literals come from the scan's own nodes.
            var fromScan = Describe(LiteralScan.Literals(model, null, any, includeChars: true, CancellationToken.None));
            // A new thread has no scan of its own: each literal is looked up in the tree.
            string? lookedUp = null;
            var thread = new Thread(() => lookedUp = Describe(LiteralScan.Literals(model, null, any, includeChars: true, CancellationToken.None)));
            thread.Start();
            thread.Join();
            Assert.Equal(fromScan, lookedUp);
        }, iter: 300);

    private static SemanticModel Model(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, path: "/p/C.cs");
        return CSharpCompilation.Create("Scan", [tree], References).GetSemanticModel(tree);
    }

    private static string Written(SyntaxNode node) => node is InterpolatedStringExpressionSyntax interpolated
        ? string.Concat(interpolated.Contents.OfType<InterpolatedStringTextSyntax>().Select(t => t.TextToken.Text))
        : ((LiteralExpressionSyntax)node).Token.Text;

    private static string Value(SyntaxNode node) => node is InterpolatedStringExpressionSyntax interpolated
        ? string.Concat(interpolated.Contents.OfType<InterpolatedStringTextSyntax>().Select(t => t.TextToken.ValueText))
        : ((LiteralExpressionSyntax)node).Token.ValueText;
}
