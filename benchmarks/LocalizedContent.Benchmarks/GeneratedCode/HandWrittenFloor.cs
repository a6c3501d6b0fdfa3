using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace LocalizedContent.Benchmarks.GeneratedCode;

/// <summary>
/// Issue 20 item 4: the floor a generated plural is measured against. What a careful developer writes by hand for the
/// same text as <c>Strings.FilesDeleted(count)</c> in ar and fa: the UI culture read on each call, the plural form
/// picked by hand (CLDR's Arabic rules, <see cref="PluralForm"/>), the number in the culture's digits isolated in
/// FSI…PDI, and one <c>string.Create</c> into the result (no builder, no intermediate string). Setup checks that it
/// writes exactly what the generated member writes.
/// </summary>
public partial class GeneratedCodeBenchmarks
{
#pragma warning disable LC0001 // the floor is hard-coded text on purpose: the generated member compiles the same texts

    [Benchmark, BenchmarkCategory(Plural)]
    public string HandWrittenFloorPlural() => FilesDeletedByHand(Count);

    private static string FilesDeletedByHand(int count)
    {
        var culture = CultureInfo.CurrentUICulture;
        string before, after;
        char zero;
        if (culture.TwoLetterISOLanguageName == "fa")
        {
            (before, after, zero) = ("", " پرونده حذف شد", '\u06F0');
        }
        else
        {
            zero = '0';
            switch (PluralForm(culture, count))
            {
                case "Zero": return "لم يُحذف أي ملف";
                case "One": return "حُذف ملف واحد";
                case "Two": return "حُذف ملفان";
                case "Few": (before, after) = ("حُذفت ", " ملفات"); break;
                case "Many": (before, after) = ("حُذف ", " ملفًا"); break;
                default: (before, after) = ("حُذف ", " ملف"); break;
            }
        }
        var digits = 1;
        for (var rest = count / 10; rest > 0; rest /= 10) digits++;
        return string.Create(before.Length + digits + 2 + after.Length, (before, after, zero, count, digits), static (span, s) =>
        {
            s.before.AsSpan().CopyTo(span);
            var at = s.before.Length;
            span[at++] = '\u2068';
            for (int i = s.digits - 1, value = s.count; i >= 0; i--, value /= 10) span[at + i] = (char)(s.zero + value % 10);
            at += s.digits;
            span[at++] = '\u2069';
            s.after.AsSpan().CopyTo(span[at..]);
        });
    }
#pragma warning restore LC0001
}
