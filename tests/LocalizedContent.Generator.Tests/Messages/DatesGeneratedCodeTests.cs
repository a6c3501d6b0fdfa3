using LocalizedContent.Generator.Tests.Infrastructure;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>The code generated for dates: reviewed as a snapshot, and free of run-time format strings.</summary>
public sealed class DatesGeneratedCodeTests
{
    private static GeneratorRun DateTimeAndPlural() => Run(new GeneratorHarness()
        .AddFile("Resources/Strings.resx", Resx(("Digest", "{when, date, long} at {when, time, short}: {count, plural, one {# new article} other {# new articles}}")))
        .AddFile("Resources/Strings.ar.resx", Resx(("Digest", "{when, date, long} الساعة {when, time, short}: {count, plural, zero {لا مقالات} one {مقالة واحدة} two {مقالتان} few {# مقالات} many {# مقالة} other {# مقالة}}")))
        .AddFile("Resources/Strings.fa.resx", Resx(("Digest", "{when, date, long} ساعت {when, time, short}: {count, plural, one {# مقالهٔ تازه} other {# مقالهٔ تازه}}"))));

    [Fact]
    public void Date_time_and_plural_in_one_message()
    {
        var run = DateTimeAndPlural();
        Assert.Empty(run.CompilationDiagnostics);
        Snapshot.Match(run.Source("Strings.Messages.g.cs"));
    }

    [Fact]
    public void No_format_string_is_parsed_at_run_time()
    {
        var source = DateTimeAndPlural().Source("Strings.Messages.g.cs");
        Assert.Contains("__LCDateParts(when,", source); // the dates are there…
        Assert.DoesNotContain("ToString(\"", source);    // …but no pattern handed to ToString
        Assert.DoesNotContain("string.Format", source);
        Assert.DoesNotContain("String.Format", source);
        Assert.DoesNotContain("DateTimeFormat", source);
        Assert.DoesNotContain("ParseExact", source);
        Assert.DoesNotContain("\"d MMMM y\"", source);   // CLDR patterns are compiled, not carried
        Assert.DoesNotContain("\"H:mm\"", source);
    }

    [Fact]
    public void DateTimeOffset_overloads_exist_and_DateOnly_only_for_date_only_members()
    {
        var source = Run(new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(("Day", "{d, date, long}"), ("At", "{t, time, short}")))).Source("Strings.Messages.g.cs");
        Assert.Contains("public static string Day(global::System.DateTimeOffset d) => For(null).Day(d.DateTime);", source);
        Assert.Contains("public static string Day(global::System.DateOnly d) => For(null).Day(d.ToDateTime(global::System.TimeOnly.MinValue));", source);
        Assert.Contains("public static string At(global::System.DateTimeOffset t)", source);
        Assert.DoesNotContain("At(global::System.DateOnly", source); // a time of a DateOnly would always be midnight
    }

    [Fact]
    public void A_class_without_dates_has_no_calendar_code() =>
        Assert.DoesNotContain("Calendar", Run(new GeneratorHarness().AddFile("Resources/Strings.ar.resx", Resx(("N", "{n, number}")))).Source("Strings.Messages.g.cs"));
}
