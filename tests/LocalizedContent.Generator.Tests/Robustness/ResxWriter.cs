using System.Text;

namespace LocalizedContent.Generator.Tests.Robustness;

/// <summary>
/// Writes a .resx the way a careful tool would: markup characters escaped, CR and (in attributes) tab and LF as
/// character references so they survive XML's normalization. Characters XML cannot hold at all (most C0
/// controls, lone surrogates, U+FFFE, U+FFFF) are written as they are: the file is then malformed, as a user's
/// file with such a character is.
/// </summary>
internal static class ResxWriter
{
    public static string Write(IEnumerable<(string Key, string Value)> entries)
    {
        var builder = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n");
        foreach (var (key, value) in entries)
        {
            builder.Append("  <data name=\"").Append(Escape(key, attribute: true)).Append("\" xml:space=\"preserve\">\n");
            builder.Append("    <value>").Append(Escape(value, attribute: false)).Append("</value>\n");
            builder.Append("  </data>\n");
        }
        return builder.Append("</root>\n").ToString();
    }

    private static string Escape(string text, bool attribute)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append(attribute ? "&quot;" : "\""); break;
                case '\r': builder.Append("&#xD;"); break;
                case '\n': builder.Append(attribute ? "&#xA;" : "\n"); break;
                case '\t': builder.Append(attribute ? "&#x9;" : "\t"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }
}
