using System;
using System.Globalization;
using System.Text;
using LocalizedContent.Analyzers;
using LocalizedContent.Generator.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LocalizedContent.CodeFixes
{
    /// <summary>
    /// Rewrites the characters of a literal's source text without disturbing anything else: escape sequences stay
    /// escapes (an escaped digit or letter that changes is written as a new escape), verbatim and raw text stays as it
    /// is, quotes, prefixes and the u8 suffix are kept.
    /// </summary>
    internal static class LiteralRewriter
    {
        /// <summary>
        /// The new source text of <paramref name="token"/> (a string, char, raw or interpolated-text token).
        /// <paramref name="replace"/> gets each character of the content and whether it was written as an escape, and
        /// returns its new source text or null to keep it.
        /// </summary>
        public static string Rewrite(SyntaxToken token, Func<char, bool, string?> replace)
        {
            var text = token.Text;
            GetContent(token, out var start, out var end);
            var escapes = StringLiterals.SupportsEscapes(token);
            var builder = new StringBuilder(text.Length + 8);
            builder.Append(text, 0, start);
            var i = start;
            while (i < end)
            {
                var c = text[i];
                if (escapes && c == '\\' && i + 1 < end)
                {
                    var length = EscapeLength(text, i, end, out var decoded);
                    var replacement = decoded.HasValue ? replace(decoded.Value, true) : null;
                    if (replacement != null) builder.Append(replacement);
                    else builder.Append(text, i, length);
                    i += length;
                    continue;
                }
                builder.Append(replace(c, false) ?? c.ToString());
                i++;
            }
            builder.Append(text, end, text.Length - end);
            return builder.ToString();
        }

        /// <summary>The escape that a code fix writes for <paramref name="c"/>: <c>\u202E</c>.</summary>
        public static string Escape(char c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

        /// <summary>A character as the replacement of an escaped one: ASCII stays plain, the rest stays escaped.</summary>
        public static string Keep(char c, bool wasEscaped) => wasEscaped && c >= 0x80 ? Escape(c) : c.ToString();

        /// <summary>True for a verbatim or raw (not interpolated) string literal, whose text cannot hold an escape.</summary>
        public static bool IsConvertibleToRegular(SyntaxToken token)
        {
            switch (token.Kind())
            {
                case SyntaxKind.StringLiteralToken:
                case SyntaxKind.Utf8StringLiteralToken:
                case SyntaxKind.SingleLineRawStringLiteralToken:
                case SyntaxKind.MultiLineRawStringLiteralToken:
                case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
                case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                    return !StringLiterals.SupportsEscapes(token);
                default:
                    return false;
            }
        }

        /// <summary>A verbatim or raw literal rewritten as a regular one with the same value, escaping what a
        /// reader could not see (control and format characters, bidi controls, direction marks) and what a UTF-8
        /// file cannot hold (a lone surrogate): the generator's own escaping, so both write literals alike.</summary>
        public static string ToRegularLiteral(SyntaxToken token)
        {
            var literal = CSharpLiteral.String(token.ValueText);
            if (token.IsKind(SyntaxKind.Utf8StringLiteralToken) || token.IsKind(SyntaxKind.Utf8SingleLineRawStringLiteralToken)
                || token.IsKind(SyntaxKind.Utf8MultiLineRawStringLiteralToken))
                literal += token.Text.Substring(token.Text.Length - 2, 2);
            return literal;
        }

        /// <summary>Where the content sits in the token's text (between the quotes; all of an interpolated text token).</summary>
        private static void GetContent(SyntaxToken token, out int start, out int end)
        {
            var text = token.Text;
            start = 0;
            end = text.Length;
            switch (token.Kind())
            {
                case SyntaxKind.InterpolatedStringTextToken:
                    return;
                case SyntaxKind.CharacterLiteralToken:
                    start = 1;
                    end = text.Length - 1;
                    return;
                case SyntaxKind.Utf8StringLiteralToken:
                case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
                case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                    end -= 2; // u8
                    break;
            }
            if (text.StartsWith("@", StringComparison.Ordinal)) start = 1;
            var raw = token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)
                || token.IsKind(SyntaxKind.Utf8SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.Utf8MultiLineRawStringLiteralToken);
            var quotes = 1;
            if (raw)
            {
                quotes = 0;
                while (start + quotes < end && text[start + quotes] == '"') quotes++;
            }
            start += quotes;
            end -= quotes;
            if (end < start) end = start;
        }

        /// <summary>The length of the escape sequence at <paramref name="i"/> and the UTF-16 unit it stands for (none for \U).</summary>
        private static int EscapeLength(string text, int i, int end, out char? decoded)
        {
            decoded = null;
            var kind = text[i + 1];
            int digits;
            switch (kind)
            {
                case 'u': digits = 4; break;
                case 'U': return Math.Min(10, end - i);
                case 'x':
                    digits = 0;
                    while (digits < 4 && i + 2 + digits < end && IsHex(text[i + 2 + digits])) digits++;
                    break;
                default:
                    // A simple escape (\n, \", \\ …) is copied as written.
                    return 2;
            }
            if (i + 2 + digits > end) return end - i;
            var hex = text.Substring(i + 2, digits);
            if (digits > 0 && int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
                decoded = (char)value;
            return 2 + digits;
        }

        private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
