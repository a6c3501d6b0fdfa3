using System.Globalization;
using System.Reflection;
using LocalizedContent.Generator.Tests.Infrastructure;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>
/// Arabic dates: Umm al-Qura when asked for (day by day through Hijri year 1445, against UmAlQuraCalendar, which
/// agrees with ICU's table that year), the Gregorian calendar by default in every region including ar-SA (CLDR 48),
/// Arabic-Indic digits where CLDR has them and regional month names (ar-MA يوليوز, ar-DZ جويلية, ar-IQ تموز).
/// DateIcuConformanceTests compares the rest with ICU.
/// </summary>
public sealed class DatesHijriCalendarTests
{
    private static readonly string[] HijriMonths = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];
    private static readonly string[] GregorianMonths = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    private static readonly string[] Weekdays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
    private static readonly UmAlQuraCalendar UmAlQura = new();

    private static readonly (string, string)[] Entries =
        [("Day", "{when, date, ::yMMMMd}"), ("Hijri", "{when, date, ::yMMMMd@calendar=islamic-umalqura}"), ("HijriFull", "{when, date, ::yMMMMEEEEd@calendar=islamic-umalqura}")];

    private static readonly Lazy<Assembly> Assembly = new(() => CompileAndLoad(new GeneratorHarness()
        .AddFile("Resources/Strings.resx", Resx(Entries))
        .AddFile("Resources/Strings.ar.resx", Resx(Entries))));

    private static string Digits(int value, char zero) =>
        new(value.ToString(CultureInfo.InvariantCulture).Select(c => (char)(zero + (c - '0'))).ToArray());

    private static string Strip(string s) => s.Replace("\u2068", "").Replace("\u2069", "");

    [Fact]
    public void Every_day_of_Hijri_year_1445_follows_Umm_al_Qura()
    {
        var days = new List<DateTime>();
        for (var day = UmAlQura.ToDateTime(1445, 1, 1, 0, 0, 0, 0); UmAlQura.GetYear(day) == 1445; day = day.AddDays(1)) days.Add(day);
        Assert.InRange(days.Count, 354, 355);
        var monthEnds = 0;
        foreach (var day in days)
        {
            var (y, m, d) = (UmAlQura.GetYear(day), UmAlQura.GetMonth(day), UmAlQura.GetDayOfMonth(day));
            Assert.Equal(Digits(d, '٠') + " " + HijriMonths[m - 1] + " " + Digits(y, '٠') + " هـ", Strip(Call(Assembly.Value, "ar-SA", "Hijri", day)));
            if (d == UmAlQura.GetDaysInMonth(y, m)) monthEnds++;
        }
        Assert.Equal(12, monthEnds); // every month's last day (29 or 30) was met
    }

    [Fact]
    public void Hijri_full_date_has_the_weekday_and_the_era()
    {
        var day = UmAlQura.ToDateTime(1445, 9, 1, 0, 0, 0, 0); // 1 Ramadan 1445
        Assert.Equal(Weekdays[(int)day.DayOfWeek] + "، ١ رمضان ١٤٤٥ هـ", Strip(Call(Assembly.Value, "ar-SA", "HijriFull", day)));
    }

    [Fact]
    public void Saudi_Arabia_defaults_to_the_Gregorian_calendar() =>
        Assert.Equal("١٣ يوليو ٢٠٢١", Strip(Call(Assembly.Value, "ar-SA", "Day", new DateTime(2021, 7, 13))));

    [Theory]
    [InlineData("ar-MA", "13 يوليوز 2021")]
    [InlineData("ar-DZ", "13 جويلية 2021")]
    [InlineData("ar-IQ", "١٣ تموز ٢٠٢١")]
    [InlineData("ar-LB", "١٣ تموز ٢٠٢١")]
    public void Regions_have_their_own_month_names(string culture, string expected) =>
        Assert.Equal(expected, Strip(Call(Assembly.Value, culture, "Day", new DateTime(2021, 7, 13))));

    [Theory]
    [InlineData("ar-EG", '٠')]
    [InlineData("ar", '0')]    // CLDR 48: ar and ar-AE default to Latin digits
    [InlineData("ar-AE", '0')]
    [InlineData("ar-SA", '٠')]
    public void Arabic_regions_get_Gregorian_month_names_in_their_digits(string culture, char zero)
    {
        for (var day = new DateTime(2024, 1, 1); day.Year == 2024; day = day.AddDays(1))
        {
            Assert.Equal(Digits(day.Day, zero) + " " + GregorianMonths[day.Month - 1] + " " + Digits(day.Year, zero), Strip(Call(Assembly.Value, culture, "Day", day)));
        }
    }

    [Fact]
    public void English_gets_Gregorian_dates() =>
        Assert.Equal("February 29, 2024", Call(Assembly.Value, "en", "Day", new DateTime(2024, 2, 29)));
}
