using System.Text;

namespace LocalizedContent.CodeFixes.MoveToResource
{
    /// <summary>Literal text written as a .resx value (a .NET composite format or an ICU MessageFormat message) and as XML element content.</summary>
    internal static class MessageText
    {
        /// <summary>
        /// A literal without holes as a value that reads back as <paramref name="text"/>, or null when no value can:
        /// under MessageFormat=auto the generator reads brace text by the rest of the set (literal, ICU or a .NET
        /// format item), and a doubled apostrophe is one apostrophe in a set that uses ICU; text without either is
        /// the same in every reading. For an ICU target (<paramref name="icu"/>), ICU quoting says exactly what is meant.
        /// </summary>
        public static string? Literal(string text, bool icu)
        {
            if (icu) return Quote(text);
            return text.IndexOf('{') >= 0 || text.IndexOf('}') >= 0 || text.Contains("''") ? null : text;
        }

        /// <summary>Text between .NET composite format items: braces doubled, apostrophes as they are.</summary>
        public static string EscapeComposite(string text) => text.Replace("{", "{{").Replace("}", "}}");

        /// <summary>
        /// Quotes what the generator's ICU parser treats specially so that the message means exactly
        /// <paramref name="text"/>: every apostrophe is doubled ('' is one apostrophe everywhere) and each run of braces
        /// is wrapped in apostrophes ('{' … '}').
        /// </summary>
        public static string Quote(string text)
        {
            var builder = new StringBuilder(text.Length + 8);
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c == '\'')
                {
                    builder.Append("''");
                    i++;
                }
                else if (c == '{' || c == '}')
                {
                    builder.Append('\'');
                    while (i < text.Length && (text[i] == '{' || text[i] == '}')) builder.Append(text[i++]);
                    builder.Append('\'');
                }
                else
                {
                    builder.Append(c);
                    i++;
                }
            }
            return builder.ToString();
        }

        /// <summary>
        /// The XML content that reads back as <paramref name="text"/>: &amp; &lt; &gt; escaped and a carriage return
        /// written as &amp;#xD; (XML readers turn a raw CR into LF). Null when the text holds a character XML 1.0
        /// cannot represent (a control character or a lone surrogate): such text cannot move to a .resx.
        /// </summary>
        public static string? EscapeXml(string text)
        {
            var builder = new StringBuilder(text.Length + 8);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                switch (c)
                {
                    case '&': builder.Append("&amp;"); continue;
                    case '<': builder.Append("&lt;"); continue;
                    case '>': builder.Append("&gt;"); continue;
                    case '"': builder.Append("&quot;"); continue;
                    case '\r': builder.Append("&#xD;"); continue;
                    case '\t': case '\n': builder.Append(c); continue;
                }
                if (c < ' ' || c == '\uFFFE' || c == '\uFFFF') return null;
                if (char.IsHighSurrogate(c))
                {
                    if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return null;
                    builder.Append(c).Append(text[++i]);
                    continue;
                }
                if (char.IsLowSurrogate(c)) return null;
                builder.Append(c);
            }
            return builder.ToString();
        }
    }
}
