using CsCheck;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>The content rules skip ASCII four characters at a time (<see cref="SourceChars"/>): whatever the text, its
/// length and where the search starts, the result is the first character a plain loop finds.</summary>
public class SourceCharsProperties
{
    private static readonly Gen<string> Text = Gen.String[Gen.OneOf('a', ' ', '"', '\\', '\n', '\u007F', '\u0080', 'é', 'ب', '\u202E', '\uD83D', '\uFFFF'), 0, 40];

    [Fact]
    public void Next_finds_the_first_non_ASCII_character_or_backslash_a_plain_loop_finds() =>
        Gen.Select(Text, Gen.Int[0, 40], Gen.Bool).Sample((text, start, backslash) =>
        {
            start = Math.Min(start, text.Length);
            var expected = start;
            while (expected < text.Length && text[expected] < 0x80 && !(backslash && text[expected] == '\\')) expected++;
            Assert.Equal(expected, SourceChars.Next(text, start, backslash));
        });

    [Fact]
    public void Next_within_a_span_stops_at_its_end() =>
        Gen.Select(Text, Gen.Int[0, 40], Gen.Int[0, 40], Gen.Bool).Sample((text, start, end, backslash) =>
        {
            start = Math.Min(start, text.Length);
            end = Math.Min(Math.Max(end, start), text.Length);
            var expected = start;
            while (expected < end && text[expected] < 0x80 && !(backslash && text[expected] == '\\')) expected++;
            Assert.Equal(expected, SourceChars.Next(text, start, end, backslash));
        });
}
