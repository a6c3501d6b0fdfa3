using CsCheck;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>The content rules skip ASCII a vector or four characters at a time (<see cref="SourceChars"/>): whatever
/// the text, its length and where the search starts, the result is the first character a plain loop finds (texts up to
/// 100 characters: several 16-character vectors and a tail).</summary>
public class SourceCharsProperties
{
    // Mostly ASCII, as source is: a wanted character may come after several vectors of none.
    private static readonly Gen<string> Text = Gen.String[Gen.Frequency(
        (30, Gen.OneOf('a', ' ', '"', '\n', '\u007F')),
        (1, Gen.OneOf('\\', '\u0080', 'é', 'ب', '\u202E', '\uD83D', '\uFFFF'))), 0, 100];

    [Fact]
    public void Next_finds_the_first_non_ASCII_character_or_backslash_a_plain_loop_finds() =>
        Gen.Select(Text, Gen.Int[0, 100], Gen.Bool).Sample((text, start, backslash) =>
        {
            start = Math.Min(start, text.Length);
            var expected = start;
            while (expected < text.Length && text[expected] < 0x80 && !(backslash && text[expected] == '\\')) expected++;
            Assert.Equal(expected, SourceChars.Next(text, start, backslash));
        }, iter: 2000);

    [Fact]
    public void Next_within_a_span_stops_at_its_end() =>
        Gen.Select(Text, Gen.Int[0, 100], Gen.Int[0, 100], Gen.Bool).Sample((text, start, end, backslash) =>
        {
            start = Math.Min(start, text.Length);
            end = Math.Min(Math.Max(end, start), text.Length);
            var expected = start;
            while (expected < end && text[expected] < 0x80 && !(backslash && text[expected] == '\\')) expected++;
            Assert.Equal(expected, SourceChars.Next(text, start, end, backslash));
        }, iter: 2000);

    // Mostly other characters, Arabic letters among them: a wanted one may come after several vectors of none.
    private static readonly Gen<string> Punctuated = Gen.String[Gen.Frequency(
        (30, Gen.OneOf('a', ' ', 'ب', '\u00A0', '\u1F20', '\u2100', '\u3020', '\uA020', '\uD83D')),
        (1, Gen.OneOf('\u2000', '\u200F', '\u202A', '\u2066', '\u20AC', '\u20FF'))), 0, 100];

    [Fact]
    public void NextGeneralPunctuation_finds_the_first_character_from_U2000_to_U20FF_a_plain_loop_finds() =>
        Gen.Select(Punctuated, Gen.Int[0, 100]).Sample((text, start) =>
        {
            start = Math.Min(start, text.Length);
            var expected = start;
            while (expected < text.Length && !(text[expected] >= '\u2000' && text[expected] <= '\u20FF')) expected++;
            Assert.Equal(expected, SourceChars.NextGeneralPunctuation(text, start));
        }, iter: 2000);

    // Pieces of a C# string literal: ASCII, escapes of ASCII and escapes beyond it, letters as written.
    private static readonly Gen<string> Literal = Gen.OneOf(
        Gen.Const("a"), Gen.Const(" "), Gen.Const("u0628"), Gen.Const("\\n"), Gen.Const("\\\\"), Gen.Const("\\\""), Gen.Const("\\u0041"),
        Gen.Const("\\u0628"), Gen.Const("\\x62"), Gen.Const("\\x628"), Gen.Const("\\U00000628"), Gen.Const("\\\\u0628"), Gen.Const("ب"), Gen.Const("\u00E9"))
        .Array[0, 12].Select(pieces => "\"" + string.Concat(pieces) + "\"");

    [Fact]
    public void IsAsciiOnly_is_never_said_of_a_literal_whose_value_Roslyn_reads_beyond_ASCII()
    {
        Literal.Sample(source =>
        {
            var literal = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(source);
            Assert.Empty(literal.GetDiagnostics());
            if (SourceChars.IsAsciiOnly(source)) Assert.All(literal.Token.ValueText, c => Assert.True(c < 0x80, source));
        }, iter: 2000);
        // What Razor writes for a page without such text is ASCII only, a Windows path in its directives among it, even
        // one whose folder reads like an escape; the same characters in a string on a line of code are an escape.
        Assert.True(SourceChars.IsAsciiOnly("#pragma checksum \"C:\\Users\\xena\\UAT\\Index.cshtml\"\n  #line (1,1)-(1,5) 3 \"C:\\Users\\xena\\UAT\\Index.cshtml\"\r\nWriteLiteral(\"<p title=\\\"x\\\">\\r\\n\");"));
        Assert.False(SourceChars.IsAsciiOnly("#line 1 \"C:\\src\\صفحات\\Index.cshtml\""));
        Assert.False(SourceChars.IsAsciiOnly("#line 1 \"C:\\Users\\x\\A.cshtml\"\nvar s = \"\\xe9\"; // #"));
    }
}
