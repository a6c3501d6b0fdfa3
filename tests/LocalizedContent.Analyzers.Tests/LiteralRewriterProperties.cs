using CsCheck;
using LocalizedContent.CodeFixes;
using LocalizedContent.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>
/// Properties of the source rewriting that the LC0002–LC0005 fixes share: whatever the literal (escapes, quotes,
/// verbatim, raw), the fixed literal compiles to the old value with exactly the intended characters changed.
/// </summary>
public class LiteralRewriterProperties
{
    // Characters that exercise escapes, quotes, digits of the three systems, Arabic and Persian letters and marks.
    private static readonly Gen<string> Text = Gen.String[Gen.OneOf(
        'a', ' ', '"', '\\', '\n', '\t', '{', '}', '0', '5', '9', '٠', '٤', '٩', '۰', '۴', '۹', '.', '٫', '٬',
        'ي', 'ى', 'ك', 'ی', 'ک', 'پ', 'ة', '\u200F', '\u202E', '\u2066'), 0, 24];

    private static SyntaxToken ParseLiteral(string literal) =>
        ((LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal)).Token;

    private static Func<char, bool, string?> ToDigits(DigitSystem target) => (c, escaped) =>
    {
        var value = DigitSystems.ValueOf(c);
        return value < 0 || DigitSystems.Of(c) == target ? null : LiteralRewriter.Keep(DigitSystems.Digit(target, value), escaped);
    };

    [Fact]
    public void Converting_digits_in_a_regular_literal_with_escapes_changes_only_the_digits() =>
        Gen.Select(Text, Gen.OneOf(DigitSystem.Latin, DigitSystem.ArabicIndic, DigitSystem.Persian), Gen.Bool).Sample((value, target, escapeAll) =>
        {
            // Write the value as a regular literal; escapeAll writes every non-ASCII character as \uXXXX.
            var literal = SymbolDisplay.FormatLiteral(value, quote: true);
            if (escapeAll)
                literal = string.Concat(literal.Select(c => c >= 0x80 ? LiteralRewriter.Escape(c) : c.ToString()));
            var rewritten = LiteralRewriter.Rewrite(ParseLiteral(literal), ToDigits(target));
            var token = ParseLiteral(rewritten);
            Assert.False(token.ContainsDiagnostics, rewritten);
            Assert.Equal(DigitSystems.ConvertAll(value, target), token.ValueText);
        });

    [Fact]
    public void Converting_digits_in_a_verbatim_literal_changes_only_the_digits() =>
        Gen.Select(Text, Gen.OneOf(DigitSystem.Latin, DigitSystem.ArabicIndic, DigitSystem.Persian)).Sample((value, target) =>
        {
            var literal = "@\"" + value.Replace("\"", "\"\"") + "\"";
            var token = ParseLiteral(LiteralRewriter.Rewrite(ParseLiteral(literal), ToDigits(target)));
            Assert.Equal(DigitSystems.ConvertAll(value, target), token.ValueText);
        });

    [Fact]
    public void A_verbatim_literal_rewritten_as_regular_keeps_its_value_and_shows_no_raw_invisible_character() =>
        Gen.Select(Text, Gen.Bool).Sample((value, utf8) =>
        {
            var literal = "@\"" + value.Replace("\"", "\"\"") + "\"" + (utf8 ? "u8" : "");
            var regular = LiteralRewriter.ToRegularLiteral(ParseLiteral(literal));
            var token = ParseLiteral(regular);
            Assert.False(token.ContainsDiagnostics, regular);
            Assert.Equal(value, token.ValueText);
            Assert.Equal(utf8, regular.EndsWith("u8", StringComparison.Ordinal));
            Assert.DoesNotContain(regular, c => c is '\u200F' or '\u202E' or '\u2066' or '\n');
        });

    [Fact]
    public void A_lone_surrogate_in_a_verbatim_literal_is_escaped_so_the_file_keeps_its_value()
    {
        // Written raw, a lone surrogate cannot be saved as UTF-8: the file would hold U+FFFD and the value would change.
        var regular = LiteralRewriter.ToRegularLiteral(ParseLiteral("@\"a\uD800b\u202Ec\""));
        Assert.Equal("\"a\\uD800b\\u202Ec\"", regular);
        Assert.Equal("a\uD800b\u202Ec", ParseLiteral(regular).ValueText);
    }
}
