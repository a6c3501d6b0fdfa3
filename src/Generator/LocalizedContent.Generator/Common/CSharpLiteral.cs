using System.Globalization;
using System.Text;

namespace LocalizedContent.Generator.Common
{
    /// <summary>
    /// Writes any string as C# source that compiles and reads back the same value. Arabic and Persian letters stay
    /// as they are, so generated code is readable in review; everything a reader could not see or the compiler
    /// would misread (quotes, backslashes, control and format characters such as the bidi controls, line and
    /// paragraph separators, lone surrogates) becomes an escape.
    /// </summary>
    internal static class CSharpLiteral
    {
        public static string String(string value)
        {
            // Most texts need no escape: quoted as they are, without a builder.
            if (IsPlain(value)) return "\"" + value + "\"";
            return Append(new StringBuilder(value.Length + 8), value).ToString();
        }

        /// <summary>Appends the literal of <paramref name="value"/> to <paramref name="builder"/> (no string made for it).</summary>
        public static StringBuilder Append(StringBuilder builder, string value)
        {
            builder.Append('"');
            if (IsPlain(value)) return builder.Append(value).Append('"');
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                switch (c)
                {
                    case '"': builder.Append("\\\""); continue;
                    case '\\': builder.Append("\\\\"); continue;
                    case '\n': builder.Append("\\n"); continue;
                    case '\r': builder.Append("\\r"); continue;
                    case '\t': builder.Append("\\t"); continue;
                    case '\0': builder.Append("\\0"); continue;
                }
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    builder.Append(c).Append(value[++i]);
                    continue;
                }
                if (NeedsEscape(c)) builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                else builder.Append(c);
            }
            return builder.Append('"');
        }

        private static bool IsPlain(string value)
        {
            foreach (var c in value)
                if (Special.Contains(c)) return false;
            return true;
        }

        /// <summary>A quote, a backslash, a surrogate or a character that needs an escape.</summary>
        private static readonly CharSet Special = new CharSet(c => c == '"' || c == '\\' || char.IsSurrogate(c) || NeedsEscape(c));

        private static bool NeedsEscape(char c)
        {
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;
            if (c < 0x7F) return false;
            if (char.IsSurrogate(c)) return true; // a lone surrogate (pairs are handled by the caller)
            switch (char.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Format:             // bidi controls, ZWNJ, BOM: invisible in review
                case UnicodeCategory.LineSeparator:      // U+2028 ends a line in C# source
                case UnicodeCategory.ParagraphSeparator: // U+2029 too
                case UnicodeCategory.OtherNotAssigned:
                case UnicodeCategory.PrivateUse:
                    return true;
                default:
                    return false;
            }
        }
    }
}
