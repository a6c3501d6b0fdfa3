using System.Globalization;
using System.Text;

namespace LocalizedContent.Benchmarks.Infrastructure;

/// <summary>The escaping the benchmarks' floors do to turn text into a C# string literal (the generators' own
/// escaping is internal to them): quotes, backslashes and line ends escaped, and every other character that may not
/// stand in a regular literal (controls, U+2028, U+2029) as \uXXXX.</summary>
public static class CSharpStringLiteral
{
    public static StringBuilder Append(StringBuilder code, string value)
    {
        code.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': code.Append("\\\""); break;
                case '\\': code.Append("\\\\"); break;
                case '\n': code.Append("\\n"); break;
                case '\r': code.Append("\\r"); break;
                case '\t': code.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029') code.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else code.Append(c);
                    break;
            }
        }
        return code.Append('"');
    }
}
