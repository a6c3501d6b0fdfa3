using System.Reflection;
using LocalizedContent.Generator.Tests.Infrastructure;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>
/// ICU skeletons become the locale's CLDR pattern with the requested widths, as ICU MessageFormat's
/// DateTimePatternGenerator does (hours keep the pattern's width: HHmm is H:mm in fa): Tuesday 13 July 2021 07:05:09
/// = Tir 22, 1400 (Solar Hijri). Checked against Intl.DateTimeFormat where it asks ICU the same (fa's long
/// date-time glue is its gregorian atTime one, as in ICU's data; DateIcuConformanceTests covers every locale).
/// </summary>
public sealed class DatesSkeletonTests
{
    private static readonly DateTime When = new(2021, 7, 13, 7, 5, 9);

    private static readonly string[] Skeletons = ["yMMMMd", "yMMM", "yMd", "yyMMdd", "MMMMd", "MMMd", "Md", "MEd", "EEEEd", "MMMM", "y", "d", "Hm", "HHmm", "hm", "hhmm", "Hms", "jm", "yMMMMdHm"];

    private static readonly Lazy<Assembly> Assembly = new(() =>
    {
        var entries = Skeletons.Select(s => ("S_" + s, "{when, date, ::" + s + "}")).ToArray();
        return CompileAndLoad(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(entries))
            .AddFile("Resources/Strings.ar.resx", Resx(entries))
            .AddFile("Resources/Strings.fa.resx", Resx(entries)));
    });

    private static string Strip(string s) => s.Replace("\u2068", "").Replace("\u2069", "");

    [Theory]
    [InlineData("yMMMMd", "July 13, 2021", "١٣ يوليو ٢٠٢١", "۲۲ تیر ۱۴۰۰")]
    [InlineData("yMMM", "Jul 2021", "يوليو ٢٠٢١", "تیر ۱۴۰۰")]
    [InlineData("yMd", "7/13/2021", "١٣\u200F/٧\u200F/٢٠٢١", "۱۴۰۰/۴/۲۲")]
    [InlineData("yyMMdd", "07/13/21", "١٣\u200F/٠٧\u200F/٢١", "۰۰/۰۴/۲۲")]
    [InlineData("MMMMd", "July 13", "١٣ يوليو", "۲۲ تیر")]
    [InlineData("MMMd", "Jul 13", "١٣ يوليو", "۲۲ تیر")]
    [InlineData("Md", "7/13", "١٣\u200F/٧", "۴/۲۲")]
    [InlineData("MEd", "Tue, 7/13", "الثلاثاء، ١٣\u200F/٧", "سه‌شنبه ۴/۲۲")]
    [InlineData("EEEEd", "13 Tuesday", "الثلاثاء، ١٣", "سه‌شنبه ۲۲م")]
    [InlineData("MMMM", "July", "يوليو", "تیر")]
    [InlineData("y", "2021", "٢٠٢١", "۱۴۰۰")]
    [InlineData("d", "13", "١٣", "۲۲")]
    [InlineData("Hm", "07:05", "٠٧:٠٥", "۷:۰۵")]
    [InlineData("HHmm", "07:05", "٠٧:٠٥", "۷:۰۵")]
    [InlineData("hm", "7:05\u202FAM", "٧:٠٥ ص", "۷:۰۵ ق.ظ.")]
    [InlineData("hhmm", "7:05\u202FAM", "٧:٠٥ ص", "۷:۰۵ ق.ظ.")]
    [InlineData("Hms", "07:05:09", "٠٧:٠٥:٠٩", "۷:۰۵:۰۹")]
    [InlineData("jm", "7:05\u202FAM", "٧:٠٥ ص", "۷:۰۵")]
    [InlineData("yMMMMdHm", "July 13, 2021 at 07:05", "١٣ يوليو ٢٠٢١ في ٠٧:٠٥", "۲۲ تیر ۱۴۰۰ ساعت ۷:۰۵")] // fa: gregorian atTime glue, as ICU
    public void Skeleton_in_English_Arabic_and_Persian(string skeleton, string en, string ar, string fa)
    {
        Assert.Equal(en, Call(Assembly.Value, "en", "S_" + skeleton, When));
        Assert.Equal(ar, Strip(Call(Assembly.Value, "ar-EG", "S_" + skeleton, When)));
        Assert.Equal(fa, Strip(Call(Assembly.Value, "fa", "S_" + skeleton, When)));
    }
}
