using System.Reflection;
using LocalizedContent.Generator.Tests.Infrastructure;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>
/// The Persian seed's date line, "۲۲ تير ۱۴۰۰ - ۱۹:۰۸", from one message: a Solar Hijri date in Persian digits (with
/// Persian ی in تیر, which the seed itself gets wrong), and the same message for Arabic readers of several regions and for English readers.
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
    public void Arabic_regions_get_the_Gregorian_calendar_with_their_names_digits_and_clocks()
    {
        // As ICU 78 writes them (Intl.DateTimeFormat dateStyle long, timeStyle short): ar-SA is Gregorian in CLDR 48,
        // ar-MA has its own month names and a 24-hour clock.
        Assert.Equal("١٣ يوليو ٢٠٢١ - ٧:٠٨ م", Strip(Call(Assembly.Value, "ar-SA", "Published", When)));
        Assert.Equal("١٣ يوليو ٢٠٢١ - ٧:٠٨ م", Strip(Call(Assembly.Value, "ar-EG", "Published", When)));
        Assert.Equal("13 يوليوز 2021 - 19:08", Strip(Call(Assembly.Value, "ar-MA", "Published", When)));
        Assert.Equal("١٣ تموز ٢٠٢١ - ٧:٠٨ م", Strip(Call(Assembly.Value, "ar-IQ", "Published", When)));
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
