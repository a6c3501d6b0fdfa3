using System.Globalization;
using System.Reflection;
using LocalizedContent.Generator.Tests.Infrastructure;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>
/// Arabic dates: Umm al-Qura for ar-SA (day by day through Hijri year 1445, against UmAlQuraCalendar), the
/// Gregorian calendar with Arabic month names elsewhere, Arabic-Indic digits by default and Latin ones in the
/// Maghreb. Expected texts come from the calendar classes and the names written below.
/// </summary>
public sealed class DatesHijriCalendarTests
{
    private static readonly string[] HijriMonths = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"];
    private static readonly string[] GregorianMonths = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    private static readonly string[] Weekdays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
    private static readonly UmAlQuraCalendar UmAlQura = new();

    private static readonly Lazy<Assembly> Assembly = new(() => CompileAndLoad(new GeneratorHarness()
        .AddFile("Resources/Strings.resx", Resx(("Day", "{when, date, ::yMMMMd}"), ("Full", "{when, date, full}")))
        .AddFile("Resources/Strings.ar.resx", Resx(("Day", "{when, date, ::yMMMMd}"), ("Full", "{when, date, full}")))));

    private static string Digits(int value, char zero) =>
        new(value.ToString(CultureInfo.InvariantCulture).Select(c => (char)(zero + (c - '0'))).ToArray());

    private static string Strip(string s) => s.Replace("\u2068", "").Replace("\u2069", "");

    [Fact]
    public void Every_day_of_Hijri_year_1445_in_Saudi_Arabia_follows_Umm_al_Qura()
    {
        var days = new List<DateTime>();
        for (var day = UmAlQura.ToDateTime(1445, 1, 1, 0, 0, 0, 0); UmAlQura.GetYear(day) == 1445; day = day.AddDays(1)) days.Add(day);
        Assert.InRange(days.Count, 354, 355);
        var monthEnds = 0;
        foreach (var day in days)
        {
            var (y, m, d) = (UmAlQura.GetYear(day), UmAlQura.GetMonth(day), UmAlQura.GetDayOfMonth(day));
            Assert.Equal(Digits(d, '٠') + " " + HijriMonths[m - 1] + " " + Digits(y, '٠'), Strip(Call(Assembly.Value, "ar-SA", "Day", day)));
            if (d == UmAlQura.GetDaysInMonth(y, m)) monthEnds++;
        }
        Assert.Equal(12, monthEnds); // every month's last day (29 or 30) was met
    }

    [Fact]
    public void Saudi_full_date_has_the_weekday_and_the_Hijri_era()
    {
        var day = UmAlQura.ToDateTime(1445, 9, 1, 0, 0, 0, 0); // 1 Ramadan 1445
        Assert.Equal(Weekdays[(int)day.DayOfWeek] + "، ١ رمضان ١٤٤٥ هـ", Strip(Call(Assembly.Value, "ar-SA", "Full", day)));
    }

    [Theory]
    [InlineData("ar-EG", '٠')]
    [InlineData("ar", '0')]    // CLDR 48: ar and ar-AE default to Latin digits
    [InlineData("ar-AE", '0')]
    [InlineData("ar-MA", '0')]
    [InlineData("ar-DZ", '0')]
    public void Other_Arabic_regions_get_Gregorian_month_names_in_their_digits(string culture, char zero)
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
