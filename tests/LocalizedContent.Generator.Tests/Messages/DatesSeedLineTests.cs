using System.Reflection;
using LocalizedContent.Generator.Tests.Infrastructure;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>
/// The Persian seed's date line, "۲۲ تير ۱۴۰۰ - ۱۹:۰۸", from one message: a Solar Hijri date in Persian digits (with
/// Persian ی in تیر, which the seed itself gets wrong), and the same message for Saudi, Egyptian and English readers.
/// </summary>
public sealed class DatesSeedLineTests
{
    private const string Message = "{when, date, long} - {when, time, short}";
    private static readonly DateTime When = new(2021, 7, 13, 19, 8, 0);

    private static readonly Lazy<Assembly> Assembly = new(() => CompileAndLoad(new GeneratorHarness()
        .AddFile("Resources/Strings.resx", Resx(("Published", Message)))
        .AddFile("Resources/Strings.ar.resx", Resx(("Published", Message)))
        .AddFile("Resources/Strings.fa.resx", Resx(("Published", Message)))));

    private static string Strip(string s) => s.Replace("\u2068", "").Replace("\u2069", "");

    [Fact]
    public void Persian_gets_the_seed_line_in_the_Solar_Hijri_calendar_and_Persian_digits()
    {
        var text = Call(Assembly.Value, "fa", "Published", When);
        Assert.Equal("۲۲ تیر ۱۴۰۰ - ۱۹:۰۸", Strip(text));
        Assert.Equal("\u2068۲۲ تیر ۱۴۰۰\u2069 - \u2068۱۹:۰۸\u2069", text); // each value isolated on its own
        Assert.DoesNotContain("ي", text); // Arabic yeh: the seed's mistake
        Assert.Equal("۲۲ تیر ۱۴۰۰ - ۱۹:۰۸", Strip(Call(Assembly.Value, "fa-IR", "Published", When)));
    }

    [Fact]
    public void Saudi_Arabic_gets_Umm_al_Qura_and_Egyptian_Arabic_the_Gregorian_calendar()
    {
        // 13 July 2021 is 3 Dhu al-Hijjah 1442 in Umm al-Qura (checked against UmAlQuraCalendar below).
        var umAlQura = new System.Globalization.UmAlQuraCalendar();
        Assert.Equal((1442, 12, 3), (umAlQura.GetYear(When), umAlQura.GetMonth(When), umAlQura.GetDayOfMonth(When)));
        Assert.Equal("٣ ذو الحجة ١٤٤٢ هـ - ٧:٠٨ م", Strip(Call(Assembly.Value, "ar-SA", "Published", When)));
        Assert.Equal("١٣ يوليو ٢٠٢١ - ٧:٠٨ م", Strip(Call(Assembly.Value, "ar-EG", "Published", When)));
        Assert.Equal("13 يوليو 2021 - 7:08 م", Strip(Call(Assembly.Value, "ar-MA", "Published", When)));
    }

    [Fact]
    public void English_gets_the_Gregorian_date_without_isolation() =>
        Assert.Equal("July 13, 2021 - 7:08\u202FPM", Call(Assembly.Value, "en", "Published", When));

    [Fact]
    public void DateTimeOffset_overload_shows_the_offsets_clock_time()
    {
        var variant = Assembly.Value.GetType(ClassName)!.GetMethod("For")!.Invoke(null, [System.Globalization.CultureInfo.GetCultureInfo("fa")])!;
        var method = variant.GetType().GetMethod("Published", [typeof(DateTimeOffset)])!;
        var text = (string)method.Invoke(variant, [new DateTimeOffset(When, TimeSpan.FromHours(4.5))])!;
        Assert.Equal("۲۲ تیر ۱۴۰۰ - ۱۹:۰۸", Strip(text));
    }
}
