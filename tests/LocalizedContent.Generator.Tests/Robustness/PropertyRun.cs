using System.Globalization;
using System.Text;

namespace LocalizedContent.Generator.Tests.Robustness;

/// <summary>
/// How long the property tests run, and how a failing input is printed. CI runs the normal count; set
/// <c>LOCALIZEDCONTENT_PROPERTY_SCALE=20</c> (a whole number) to run twenty times as many cases, for example
/// before a release or after touching an emitter.
/// </summary>
internal static class PropertyRun
{
    public const string ScaleVariable = "LOCALIZEDCONTENT_PROPERTY_SCALE";

    public static int Scale => ScaleFrom(Environment.GetEnvironmentVariable(ScaleVariable));

    /// <summary>The scale a value of the variable asks for: a positive whole number, else 1.</summary>
    public static int ScaleFrom(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var scale) && scale > 0 ? scale : 1;

    /// <summary>The number of CsCheck iterations: <paramref name="normal"/> in CI, times the scale on demand.</summary>
    public static long Iterations(int normal) => (long)normal * Scale;

    /// <summary>
    /// A string as a C# literal a developer can paste into a test: printable characters as they are (Arabic and
    /// Persian letters stay readable), everything invisible or ambiguous (controls, bidi marks, ZWNJ, line and
    /// paragraph separators, surrogates that are not a pair, non-characters) as \uXXXX. Long strings are cut.
    /// </summary>
    public static string Show(string? value, int maxLength = 400)
    {
        if (value is null) return "null";
        var builder = new StringBuilder("\"");
        for (var i = 0; i < value.Length; i++)
        {
            if (i >= maxLength)
            {
                builder.Append("\"… (").Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(" chars)");
                return builder.ToString();
            }
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
            var category = char.GetUnicodeCategory(c);
            var visible = !char.IsSurrogate(c) && category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse or UnicodeCategory.SpaceSeparator)
                || c == ' ';
            if (visible) builder.Append(c);
            else builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        return builder.Append('"').ToString();
    }

    /// <summary>Several named strings, one per line, for a failure message.</summary>
    public static string Show(IEnumerable<(string Name, string Value)> items) =>
        string.Join("\n", items.Select(i => i.Name + " = " + Show(i.Value)));
}
