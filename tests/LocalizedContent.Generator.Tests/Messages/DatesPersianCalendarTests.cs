using System.Globalization;
using System.Reflection;
using LocalizedContent.Generator.Tests.Infrastructure;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>
/// Persian dates against System.Globalization.PersianCalendar, day by day through a whole Solar Hijri leap year
/// (1403, which has Esfand 30). Expected texts are built here from the calendar's parts, the month names written
/// below and the digits ۰-۹: nothing comes from the generator.
/// </summary>
public sealed class DatesPersianCalendarTests
{
    private static readonly string[] Months = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];
    private static readonly string[] Weekdays = ["یکشنبه", "دوشنبه", "سه\u200Cشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه"]; // Sunday first
    private static readonly PersianCalendar Calendar = new();

    private static readonly Lazy<Assembly> Assembly = new(() => CompileAndLoad(new GeneratorHarness()
        .AddFile("Resources/Strings.resx", Resx(("Long", "{when, date, long}"), ("Short", "{when, date, short}"), ("Weekday", "{when, date, ::EEEEd}"), ("Padded", "{when, date, ::yyMMdd}")))
        .AddFile("Resources/Strings.fa.resx", Resx(("Long", "{when, date, long}"), ("Short", "{when, date, short}"), ("Weekday", "{when, date, ::EEEEd}"), ("Padded", "{when, date, ::yyMMdd}")))));

    private static string Persian(int value, int width = 1) =>
        new(value.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0').Select(c => (char)('۰' + (c - '0'))).ToArray());

    private static string Strip(string s) => s.Replace("\u2068", "").Replace("\u2069", "");

    private static IEnumerable<DateTime> Year(int persianYear)
    {
        for (var day = Calendar.ToDateTime(persianYear, 1, 1, 0, 0, 0, 0); Calendar.GetYear(day) == persianYear; day = day.AddDays(1)) yield return day;
    }

    [Fact]
    public void Every_day_of_the_leap_year_1403_has_the_calendars_day_month_and_year()
    {
        Assert.True(Calendar.IsLeapYear(1403));
        var days = Year(1403).ToList();
        Assert.Equal(366, days.Count);
        foreach (var day in days)
        {
            var (y, m, d) = (Calendar.GetYear(day), Calendar.GetMonth(day), Calendar.GetDayOfMonth(day));
            Assert.Equal(Persian(d) + " " + Months[m - 1] + " " + Persian(y), Strip(Call(Assembly.Value, "fa", "Long", day)));
            Assert.Equal(Persian(y) + "/" + Persian(m) + "/" + Persian(d), Strip(Call(Assembly.Value, "fa", "Short", day)));
        }
    }

    [Fact]
    public void Esfand_30_exists_in_1403_and_the_next_day_is_Farvardin_1_1404()
    {
        var esfand30 = Calendar.ToDateTime(1403, 12, 30, 0, 0, 0, 0);
        Assert.Equal("۳۰ اسفند ۱۴۰۳", Strip(Call(Assembly.Value, "fa", "Long", esfand30)));
        Assert.Equal("۱ فروردین ۱۴۰۴", Strip(Call(Assembly.Value, "fa", "Long", esfand30.AddDays(1))));
        Assert.False(Calendar.IsLeapYear(1402));
        Assert.Equal("۱ فروردین ۱۴۰۳", Strip(Call(Assembly.Value, "fa", "Long", Calendar.ToDateTime(1402, 12, 29, 0, 0, 0, 0).AddDays(1))));
    }

    [Fact]
    public void Month_boundaries_31_and_30_day_months()
    {
        // Months 1-6 have 31 days, 7-11 have 30.
        Assert.Equal("۳۱ شهریور ۱۴۰۲", Strip(Call(Assembly.Value, "fa", "Long", Calendar.ToDateTime(1402, 6, 31, 0, 0, 0, 0))));
        Assert.Equal("۱ مهر ۱۴۰۲", Strip(Call(Assembly.Value, "fa", "Long", Calendar.ToDateTime(1402, 6, 31, 0, 0, 0, 0).AddDays(1))));
        Assert.Equal("۱ آبان ۱۴۰۲", Strip(Call(Assembly.Value, "fa", "Long", Calendar.ToDateTime(1402, 7, 30, 0, 0, 0, 0).AddDays(1))));
    }

    [Fact]
    public void Weekday_names_and_padded_numeric_fields_for_a_whole_year()
    {
        foreach (var day in Year(1402))
        {
            var (y, m, d) = (Calendar.GetYear(day), Calendar.GetMonth(day), Calendar.GetDayOfMonth(day));
            var weekday = Strip(Call(Assembly.Value, "fa", "Weekday", day));
            Assert.Contains(Weekdays[(int)day.DayOfWeek], weekday);
            Assert.Contains(Persian(d), weekday);
            Assert.Equal(Persian(y % 100, 2) + "/" + Persian(m, 2) + "/" + Persian(d, 2), Strip(Call(Assembly.Value, "fa", "Padded", day)));
        }
    }

    [Fact]
    public void Persian_dates_use_only_Persian_digits_and_letters()
    {
        var text = Call(Assembly.Value, "fa", "Long", new DateTime(2025, 3, 20));
        Assert.DoesNotContain(text, c => c is >= '0' and <= '9' or >= '٠' and <= '٩' or 'ي' or 'ك');
    }

    [Fact]
    public void A_date_before_the_Persian_calendar_throws_like_the_calendar_does()
    {
        Assert.True(default(DateTime) < Calendar.MinSupportedDateTime);
        var e = Assert.Throws<TargetInvocationException>(() => Call(Assembly.Value, "fa", "Long", default(DateTime)));
        Assert.IsType<ArgumentOutOfRangeException>(e.InnerException);
        Assert.Equal("January 1, 1", Call(Assembly.Value, "en", "Long", default(DateTime))); // Gregorian has no such limit; y is the year unpadded
    }
}
