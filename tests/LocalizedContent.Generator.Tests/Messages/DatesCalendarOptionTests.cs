using System.Globalization;
using LocalizedContent.Generator.Tests.Infrastructure;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>The calendar can be chosen per file (Calendar metadata), per project (LocalizedContentCalendar) and per
/// argument (<c>::skeleton@calendar=…</c>), over CLDR's default for the culture.</summary>
public sealed class DatesCalendarOptionTests
{
    private static readonly DateTime When = new(2021, 7, 13, 19, 8, 0);

    private static string Strip(string s) => s.Replace("\u2068", "").Replace("\u2069", "");

    private static GeneratorHarness Files(string fa, string ar, IDictionary<string, string>? faMetadata = null) => new GeneratorHarness()
        .AddFile("Resources/Strings.resx", Resx(("When", "{when, date, long}")))
        .AddFile("Resources/Strings.ar.resx", Resx(("When", ar)))
        .AddFile("Resources/Strings.fa.resx", Resx(("When", fa)), faMetadata);

    [Fact]
    public void File_metadata_gregorian_gives_Persian_readers_Gregorian_month_names()
    {
        var assembly = CompileAndLoad(Files("{when, date, long}", "{when, date, long}", new Dictionary<string, string> { ["Calendar"] = "gregorian" }));
        Assert.Equal("۱۳ ژوئیهٔ ۲۰۲۱", Strip(Call(assembly, "fa", "When", When)));
        Assert.Equal("١٣ يوليو ٢٠٢١", Strip(Call(assembly, "ar-SA", "When", When))); // other files keep their default (CLDR 48: Gregorian)
    }

    [Fact]
    public void Project_property_sets_every_files_calendar()
    {
        var assembly = CompileAndLoad(Files("{when, date, long}", "{when, date, long}").WithProperty("LocalizedContentCalendar", "islamic-umalqura"));
        Assert.Equal("٣ ذو الحجة ١٤٤٢ هـ", Strip(Call(assembly, "ar-EG", "When", When))); // Egypt's default would be Gregorian
        Assert.Equal("۳ ذیحجه ۱۴۴۲ ه\u200D.ق.", Strip(Call(assembly, "fa", "When", When)));
        Assert.Equal("Dhuʻl-Hijjah 3, 1442 AH", Call(assembly, "en", "When", When));
    }

    [Fact]
    public void Skeleton_calendar_keyword_fixes_one_arguments_calendar()
    {
        var assembly = CompileAndLoad(Files("{when, date, ::yMMMMd@calendar=persian} ({when, date, ::yMMMMd@calendar=gregorian})", "{when, date, ::yMMMMd@calendar=gregorian}"));
        Assert.Equal("۲۲ تیر ۱۴۰۰ (۱۳ ژوئیهٔ ۲۰۲۱)", Strip(Call(assembly, "fa", "When", When)));
        Assert.Equal("١٣ يوليو ٢٠٢١", Strip(Call(assembly, "ar-SA", "When", When)));
        var persian = new PersianCalendar();
        Assert.Equal((1400, 4, 22), (persian.GetYear(When), persian.GetMonth(When), persian.GetDayOfMonth(When)));
    }

    [Fact]
    public void Time_skeletons_write_hours_minutes_and_day_periods()
    {
        var assembly = CompileAndLoad(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("T12", "{t, time, ::hmm}"), ("T24", "{t, time, ::HHmm}"), ("Sec", "{t, time, medium}"), ("Day", "{t, date, ::EEEyMMMd}")))
            .AddFile("Resources/Strings.fa.resx", Resx(("T12", "{t, time, ::hmm}"), ("T24", "{t, time, ::HHmm}"), ("Sec", "{t, time, medium}"), ("Day", "{t, date, ::EEEyMMMd}"))));
        var morning = new DateTime(2021, 7, 13, 7, 5, 9);
        Assert.Equal("7:05\u202FAM", Call(assembly, "en", "T12", morning));
        Assert.Equal("12:05\u202FPM", Call(assembly, "en", "T12", morning.AddHours(5)));
        Assert.Equal("07:05", Call(assembly, "en", "T24", morning));
        Assert.Equal("Tue, Jul 13, 2021", Call(assembly, "en", "Day", morning));
        Assert.Equal("۷:۰۵ ق.ظ.", Strip(Call(assembly, "fa", "T12", morning)));
        Assert.Equal("۷:۰۵ ب.ظ.", Strip(Call(assembly, "fa", "T12", morning.AddHours(12))));
        Assert.Equal("۷:۰۵", Strip(Call(assembly, "fa", "T24", morning))); // MessageFormat keeps the pattern's hour width (H:mm)
        Assert.Equal("۷:۰۵:۰۹", Strip(Call(assembly, "fa", "Sec", morning)));
    }

    [Fact]
    public void Thai_readers_get_the_Buddhist_era_by_default_as_ICU_writes_it()
    {
        var assembly = CompileAndLoad(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("When", "{when, date, full}"), ("Gregorian", "{when, date, ::yMMMMd@calendar=gregorian}")))
            .AddFile("Resources/Strings.th.resx", Resx(("When", "{when, date, full}"), ("Gregorian", "{when, date, ::yMMMMd@calendar=gregorian}")))
            .AddFile("Resources/Strings.en.resx", Resx(("When", "{when, date, ::yMMMMd@calendar=buddhist}"), ("Gregorian", "{when, date, ::yMMMMd}"))));
        var icu = Node.Run<string[]>("""
            const d = new Date(Date.UTC(2021, 6, 13, 19, 8));
            const f = (l, o) => new Intl.DateTimeFormat(l, { ...o, timeZone: "UTC" }).format(d);
            process.stdout.write(JSON.stringify([f("th", { dateStyle: "full" }), f("th", { year: "numeric", month: "long", day: "numeric", calendar: "gregory" }),
              f("en", { year: "numeric", month: "long", day: "numeric", calendar: "buddhist" })]));
            """, new { });
        Assert.Equal(icu[0], Call(assembly, "th", "When", When)); // 2564, the year 2021 of the Buddhist era
        Assert.Equal(icu[1], Call(assembly, "th", "Gregorian", When));
        Assert.Equal(icu[2], Call(assembly, "en", "When", When));
    }

    [Fact]
    public void Week_based_year_Y_changes_with_the_week_as_ICU_computes_it()
    {
        // gd's yMMM is "LLL Y" (Monday weeks, 4 days); gl's full date is "... 'de' Y G" in the Persian calendar, whose
        // year 1404 began on Friday 21 March 2025 (Spain: Monday weeks, 4 days).
        var assembly = CompileAndLoad(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Month", "{when, date, ::yMMM}"), ("Full", "{when, date, full}")))
            .AddFile("Resources/Strings.gd.resx", Resx(("Month", "{when, date, ::yMMM}"), ("Full", "{when, date, full}")))
            .AddFile("Resources/Strings.gl.resx", Resx(("Month", "{when, date, ::yMMM}"), ("Full", "{when, date, full}")), new Dictionary<string, string> { ["Calendar"] = "persian" }));
        DateTime[] dates = [new(2020, 12, 31), new(2021, 1, 1), new(2021, 1, 4), new(2024, 12, 29), new(2024, 12, 30), new(2025, 3, 20), new(2025, 3, 21), new(2025, 3, 23), new(2025, 3, 24)];
        var icu = Node.Run<string[][]>("""
            const dates = JSON.parse(require("fs").readFileSync(0, "utf8"));
            const f = (l, o) => dates.map(d => new Intl.DateTimeFormat(l, { ...o, timeZone: "UTC" }).format(new Date(d)));
            process.stdout.write(JSON.stringify([f("gd", { year: "numeric", month: "short" }), f("gl", { dateStyle: "full", calendar: "persian" })]));
            """, dates.Select(d => (long)(d - DateTime.UnixEpoch).TotalMilliseconds).ToArray());
        for (var i = 0; i < dates.Length; i++)
        {
            Assert.Equal(icu[0][i], Call(assembly, "gd", "Month", dates[i]));
            Assert.Equal(icu[1][i], Call(assembly, "gl", "Full", dates[i]));
        }
        Assert.Contains("2020", icu[0][1], StringComparison.Ordinal); // 1 January 2021 is in the last week of 2020
        Assert.Contains("1403", icu[1][6], StringComparison.Ordinal); // 1 Farvardin 1404 is in the last week of 1403
    }

    [Fact]
    public void Flexible_day_periods_B_name_the_part_of_the_day_as_ICU_does()
    {
        // zh-Hant's times are "Bh:mm": 凌晨 before 5, 清晨, 上午, 中午 12–13, 下午, 晚上 from 19 (CLDR's zh rules). V8
        // writes AM/PM for Intl's hour and minute options unless dayPeriod is asked for (ECMA-402); ICU's pattern has B.
        var assembly = CompileAndLoad(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Time", "{when, time, short}"), ("Minute", "{when, time, ::jm}")))
            .AddFile("Resources/Strings.zh-Hant.resx", Resx(("Time", "{when, time, short}"), ("Minute", "{when, time, ::jm}"))));
        var hours = Enumerable.Range(0, 24).Select(h => new DateTime(2021, 7, 13, h, h == 12 ? 0 : 30, 0)).ToArray();
        var icu = Node.Run<string[][]>("""
            const dates = JSON.parse(require("fs").readFileSync(0, "utf8"));
            const f = o => dates.map(d => new Intl.DateTimeFormat("zh-Hant", { ...o, timeZone: "UTC" }).format(new Date(d)));
            process.stdout.write(JSON.stringify([f({ timeStyle: "short" }), f({ hour: "numeric", minute: "numeric", dayPeriod: "short" })]));
            """, hours.Select(d => (long)(d - DateTime.UnixEpoch).TotalMilliseconds).ToArray());
        for (var i = 0; i < hours.Length; i++)
        {
            Assert.Equal(icu[0][i], Call(assembly, "zh-Hant", "Time", hours[i]));
            Assert.Equal(icu[1][i], Call(assembly, "zh-Hant", "Minute", hours[i]));
        }
        Assert.Equal(6, icu[0].Select(t => t[..2]).Distinct().Count()); // six periods, not AM/PM
    }

    [Fact]
    public void Latin_digits_option_applies_to_dates()
    {
        var assembly = CompileAndLoad(Files("{when, date, long}", "{when, date, long}").WithProperty("LocalizedContentDigits", "latin"));
        Assert.Equal("22 تیر 1400", Strip(Call(assembly, "fa", "When", When)));
    }
}
