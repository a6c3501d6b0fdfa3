using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using LocalizedContent.Naming;

namespace LocalizedContent.Generator.Tests.RealWorld;

/// <summary>
/// What a project's code gets today compared with what it got from <c>string.Format</c>: for every key and culture
/// whose value is a .NET composite format string, the generated member's text for the file's culture against
/// <c>string.Format(culture, value, 2024, 2025, …)</c>, up to the two differences issue 15 allows (FSI/PDI
/// isolation and the culture's own digit shapes).
/// </summary>
internal sealed partial class StringFormatComparison
{
    /// <summary>The neutral files of the corpus are English (each project's SOURCE.md says so).</summary>
    private const string NeutralCulture = "en";

    /// <summary>Argument N is 2024 + N: a number shows grouping, and each argument is told apart from the others.</summary>
    private const int FirstSample = 2024;

    private StringFormatComparison()
    {
    }

    /// <summary>Values <c>string.Format</c> accepts (plain text included), compared with the generated text.</summary>
    public int Compared { get; private set; }

    /// <summary>Of <see cref="Compared"/>, the values with at least one format item ({0}, {1:N2}…).</summary>
    public int WithFormatItems { get; private set; }

    public int Matches { get; private set; }

    /// <summary>Values <c>string.Format</c> rejects (ICU syntax, descriptive braces such as {n}): not compared.</summary>
    public int NotDotNet { get; private set; }

    public List<Mismatch> Mismatches { get; } = [];

    public static StringFormatComparison Run(RealWorldProject project, Assembly assembly)
    {
        var result = new StringFormatComparison();
        foreach (var set in project.Files.GroupBy(f => f.SetPath))
        {
            var type = GeneratedClass(assembly, set.Key);
            var members = MemberNamesOf(type.Name, set);
            foreach (var file in set)
            {
                var culture = CultureInfo.GetCultureInfo(file.Culture ?? NeutralCulture);
                var variant = type.GetMethod("For")!.Invoke(null, [culture])!;
                foreach (var (key, value) in file.Entries) result.Compare(file, key, value, culture, variant, members[key]);
            }
        }
        return result;
    }

    private void Compare(RealWorldFile file, string key, string value, CultureInfo culture, object variant, string member)
    {
        if (!TryStringFormat(value, culture, out var expected, out var hasItems))
        {
            NotDotNet++;
            return;
        }
        Compared++;
        if (hasItems) WithFormatItems++;
        var actual = Call(variant, member);
        if (actual is not null && Shape(actual) == Shape(expected)) Matches++;
        else Mismatches.Add(new Mismatch(file, key, Shape(expected), actual is null ? "(no member taking arg0…argN)" : Shape(actual)));
    }

    /// <summary>The member of each key as the generator names them (<see cref="MemberNames"/>, keys in first-seen order, neutral file first).</summary>
    private static Dictionary<string, string> MemberNamesOf(string className, IEnumerable<RealWorldFile> set)
    {
        var names = new MemberNames(className);
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in set.OrderBy(f => f.Culture is null ? 0 : 1).ThenBy(f => f.Culture, StringComparer.Ordinal))
        {
            foreach (var (key, _) in file.Entries.Where(e => !members.ContainsKey(e.Key))) members[key] = names.Add(key).Name.TrimStart('@');
        }
        return members;
    }

    /// <summary>The class generated for a set: named after the file, in the namespace of its folder.</summary>
    private static Type GeneratedClass(Assembly assembly, string setPath)
    {
        var candidates = assembly.GetTypes()
            .Where(t => t.Name == CSharpIdentifier.Sanitize(Path.GetFileName(setPath)) && t.GetMethod("For", [typeof(CultureInfo)]) is not null)
            .ToList();
        static string Letters(string? s) => new((s ?? "").Where(char.IsLetterOrDigit).ToArray());
        return candidates.Count == 1 ? candidates[0] : candidates.Single(t => Letters(t.Namespace).EndsWith(Letters(Path.GetDirectoryName(setPath)), StringComparison.Ordinal));
    }

    /// <summary>The member's text with argument N = 2024 + N; null when it takes a parameter that is not a positional argN.</summary>
    private static string? Call(object variant, string member)
    {
        var type = variant.GetType();
        if (type.GetProperty(member) is { } property) return (string?)property.GetValue(variant);
        var method = type.GetMethods().FirstOrDefault(m => m.Name == member);
        // {0:0.0} takes an IFormattable type parameter: the sample is an int.
        if (method is { IsGenericMethodDefinition: true }) method = method.MakeGenericMethod(method.GetGenericArguments().Select(_ => typeof(int)).ToArray());
        var arguments = method?.GetParameters().Select(Sample).ToArray();
        if (method is null || arguments!.Any(a => a is null)) return null;
        try
        {
            return (string?)method.Invoke(variant, arguments);
        }
        catch (TargetInvocationException e)
        {
            return "(threw " + e.InnerException?.GetType().Name + ")";
        }
    }

    private static object? Sample(ParameterInfo parameter)
    {
        if (parameter.Name is not { } name || !name.StartsWith("arg", StringComparison.Ordinal) || !int.TryParse(name[3..], out var index)) return null;
        var value = FirstSample + index;
        var type = parameter.ParameterType;
        if (type == typeof(object) || type == typeof(int)) return value;
        if (type == typeof(string)) return value.ToString(CultureInfo.InvariantCulture);
        if (type == typeof(decimal)) return (decimal)value;
        return null;
    }

    /// <summary><c>string.Format(culture, value, 2024, 2025, …)</c> with as many arguments as the value's highest index needs.</summary>
    private static bool TryStringFormat(string value, CultureInfo culture, out string text, out bool hasItems)
    {
        var indexes = FormatItemIndex().Matches(value.Replace("{{", "").Replace("}}", "")).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        hasItems = indexes.Count > 0;
        var count = hasItems ? indexes.Max() + 1 : 0;
        try
        {
            text = count <= 100 ? string.Format(culture, value, Enumerable.Range(FirstSample, count).Cast<object>().ToArray()) : "";
            return count <= 100;
        }
        catch (FormatException)
        {
            text = "";
            return false;
        }
    }

    /// <summary>Without FSI/PDI, every decimal digit (Arabic-Indic, Persian…) as its ASCII digit.</summary>
    private static string Shape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\u2068' or '\u2069') continue;
            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            builder.Append(digit >= 0 ? (char)('0' + digit) : c);
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"\{(\d{1,9})")]
    private static partial Regex FormatItemIndex();

    [GeneratedRegex(@"(?<=\d)[,\u066C](?=\d{3}(?!\d))")]
    private static partial Regex GroupSeparator();

    /// <summary>A value whose generated text differs from string.Format's (both with ASCII digits, without FSI/PDI).</summary>
    public sealed record Mismatch(RealWorldFile File, string Key, string Expected, string Actual)
    {
        public string Culture => File.Culture ?? "neutral";

        /// <summary>The only difference is digit grouping (2,024 or ٢٬٠٢٤ for 2024): a .NET {0} read as an ICU number.</summary>
        public bool GroupingOnly => GroupSeparator().Replace(Actual, "") == Expected;

        public override string ToString() => $"{File.RelativePath} '{Key}': string.Format «{Expected}», generated «{Actual}»";
    }
}
