using CsCheck;

namespace LocalizedContent.Generator.Tests.Robustness;

/// <summary>
/// Random text from all of Unicode, weighted toward what breaks generators and XML: RTL and LTR letters, bidi
/// controls, quotes, backslashes, braces, comment and doc-comment enders, raw-string quotes, preprocessor
/// lines, NUL and other controls, U+2028/U+2029, lone surrogates, non-characters, C# keywords.
/// </summary>
internal static class HostileText
{
    public static readonly string[] Fragments =
    [
        "a", "Z", "WeChat", " ", "  ", "\t", "\"", "'", "''", "\\", "\\n", "\\u0041", "*/", "/*", "//", "///", "</summary>", "<summary>",
        "<para>", "<", ">", "&", "&amp;", "&#x0;", "]]>", "<![CDATA[", "\"\"\"", "{", "}", "{{", "}}", "{0}", "#", "#if X", "#endregion",
        "@", "$", "$\"", "\0", "\u0001", "\u001B", "\u007F", "\u0085", "\u00A0", "\u00AD", "\uD800", "\uDC00", "\uDBFF\uDFFF", "😀",
        "\u2028", "\u2029", "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066",
        "\u2067", "\u2068", "\u2069", "\u061C", "\uFEFF", "\uFFFD", "\uFFFE", "\uFFFF", "\uE000", "سلام", "پیام‌رسان", "ي", "ك", "ی", "ک",
        "مرحباً", "۱۴۰۰", "١٩", "2021", "שלום", "Ελληνικά", "日本語", "ﷺ", "-", "---", ":", "title: x", "class", "namespace", "For",
        "Variant", "__LC", "null", "true", "global::", "ToString",
    ];

    /// <summary>One char anywhere in the BMP, lone surrogates included.</summary>
    public static readonly Gen<string> AnyChar = Gen.Char.Select(c => c.ToString());

    /// <summary>A supplementary-plane character (a surrogate pair).</summary>
    public static readonly Gen<string> Astral = Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32);

    public static readonly Gen<string> ArabicLetters = Gen.String[Gen.Char['\u0600', '\u06FF'], 1, 8];

    public static readonly Gen<string> Piece = Gen.Frequency(
        (8, Gen.OneOf(Fragments)),
        (3, ArabicLetters),
        (2, AnyChar),
        (1, Astral),
        (2, Gen.String[Gen.Char['a', 'z'], 1, 6]));

    /// <summary>Text of 0 to <paramref name="maxPieces"/> pieces.</summary>
    public static Gen<string> Text(int maxPieces) => Piece.Array[0, maxPieces].Select(p => string.Concat(p));

    /// <summary>A huge text (one piece repeated thousands of times): mixed in rarely, as it costs compile time.</summary>
    public static readonly Gen<string> Huge = Gen.Select(Piece, Gen.Int[1_000, 12_000]).Select((p, n) => string.Concat(Enumerable.Repeat(p, n)));

    /// <summary><see cref="Text"/>, and about once in <paramref name="oneIn"/> a <see cref="Huge"/> one.</summary>
    public static Gen<string> TextOrHuge(int maxPieces, int oneIn) => Gen.Frequency((oneIn - 1, Text(maxPieces)), (1, Huge));

    /// <summary>A character XML 1.0 cannot hold, even as a character reference.</summary>
    public static bool IsXmlIllegal(string text, out int index)
    {
        for (index = 0; index < text.Length; index++)
        {
            var c = text[index];
            if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index++;
                continue;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') return true;
        }
        index = -1;
        return false;
    }
}
