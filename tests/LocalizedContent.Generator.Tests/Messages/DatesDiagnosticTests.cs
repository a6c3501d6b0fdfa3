using LocalizedContent.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>Diagnostics about dates: LC1032 (format), LC1030 (Calendar option), LC1024 (kinds across cultures),
/// LC1020 (one name used as a date and as something else). ID, severity, file, line and column.</summary>
public sealed class DatesDiagnosticTests
{
    private static Diagnostic Single(GeneratorRun run, string id)
    {
        var found = run.GeneratorDiagnostics.Where(d => d.Id == id).ToList();
        Assert.True(found.Count == 1, $"Expected one {id}, got: {string.Join("\n", run.GeneratorDiagnostics)}");
        return found[0];
    }

    private static void AssertAt(Diagnostic d, string relativePath, int line, int column, DiagnosticSeverity severity)
    {
        var span = d.Location.GetLineSpan();
        Assert.Equal(GeneratorHarness.PathOf(relativePath), span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Equal(severity, d.Severity);
    }

    [Theory]
    [InlineData("{when, date, tiny}", "'tiny' on 'when' is not a date style", "۲۲ تیر ۱۴۰۰")]
    [InlineData("{when, time, full}", "show a time zone", "۱۹:۰۸:۰۰")]
    [InlineData("{when, date, ::yMMMMdQ}", "skeleton field 'Q' is not supported", "۲۲ تیر ۱۴۰۰")]
    [InlineData("{when, date, ::yyy}", "skeleton field 'yyy' is not supported", "۲۲ تیر ۱۴۰۰")]
    [InlineData("{when, date, ::yMd@calendar=chinese}", "'chinese' is not a calendar", "۲۲ تیر ۱۴۰۰")]
    [InlineData("{when, date, ::yMd@numbers=latn}", "keyword 'numbers' is not supported", "۲۲ تیر ۱۴۰۰")]
    [InlineData("{when, date, ::yMMMMd@calendar=islamic}", "ICU computes 'islamic' astronomically", "۲۲ تیر ۱۴۰۰")] // not approximated by a tabular calendar
    public void LC1032_unsupported_format_is_an_error_at_the_value_and_the_medium_style_is_used(string value, string expected, string medium)
    {
        var run = Run(new GeneratorHarness().AddFile("Resources/Strings.fa.resx", Resx(("Ok", "{when, date, long}"), ("Bad", value))));
        Assert.Empty(run.CompilationDiagnostics);
        var d = Single(run, "LC1032");
        AssertAt(d, "Resources/Strings.fa.resx", ValueLine(1), 5, DiagnosticSeverity.Error);
        Assert.Contains(expected, d.GetMessage());
        Assert.Contains("'Bad'", d.GetMessage());
        // The member keeps its DateTime parameter and shows the medium style (fa: date "d MMM y", time "H:mm:ss").
        Assert.Equal("\u2068" + medium + "\u2069", Call(run.CompileAndLoad(), "fa", "Bad", new DateTime(2021, 7, 13, 19, 8, 0)));
    }

    [Fact]
    public void LC1030_unknown_calendar_is_a_warning_at_the_file_start()
    {
        var run = Run(new GeneratorHarness().AddFile("Resources/Strings.fa.resx", Resx(("When", "{when, date, long}")), new Dictionary<string, string> { ["Calendar"] = "jalali" }));
        Assert.Empty(run.CompilationDiagnostics);
        var d = Single(run, "LC1030");
        AssertAt(d, "Resources/Strings.fa.resx", 1, 1, DiagnosticSeverity.Warning);
        Assert.Contains("jalali", d.GetMessage());
        Assert.Contains("Calendar", d.GetMessage());
        Assert.Equal("\u2068۲۲ تیر ۱۴۰۰\u2069", Call(run.CompileAndLoad(), "fa", "When", new DateTime(2021, 7, 13))); // the default: persian
    }

    [Fact]
    public void LC1030_unknown_project_calendar_is_reported_too()
    {
        var run = Run(new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(("When", "{when, date}"))).WithProperty("LocalizedContentCalendar", "hebrew"));
        Assert.Contains("hebrew", Single(run, "LC1030").GetMessage());
    }

    [Fact]
    public void LC1024_date_in_neutral_but_text_in_a_culture_warns_and_the_culture_falls_back()
    {
        var run = Run(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Published", "Published {when, date, long}")))
            .AddFile("Resources/Strings.ar.resx", Resx(("Published", "نُشر {when}"))));
        Assert.Empty(run.CompilationDiagnostics);
        var d = Single(run, "LC1024");
        AssertAt(d, "Resources/Strings.ar.resx", ValueLine(0), 5, DiagnosticSeverity.Warning);
        Assert.Contains("when:text", d.GetMessage());
        Assert.Contains("when:date", d.GetMessage());
        Assert.Contains("uses the Strings.resx text instead", d.GetMessage());
        Assert.Equal("Published July 13, 2021", Call(run.CompileAndLoad(), "ar", "Published", new DateTime(2021, 7, 13)));
    }

    [Fact]
    public void LC1024_date_in_a_culture_but_text_in_neutral_warns_and_the_culture_falls_back()
    {
        var run = Run(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Published", "Published {when}")))
            .AddFile("Resources/Strings.fa.resx", Resx(("Published", "منتشر شده در {when, date, long}"))));
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains("when:date", Single(run, "LC1024").GetMessage());
        Assert.Equal("Published yesterday", Call(run.CompileAndLoad(), "fa", "Published", "yesterday"));
    }

    [Fact]
    public void LC1020_one_name_as_a_date_and_a_number_in_one_message()
    {
        var run = Run(new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(("Mixed", "{when, date} {when, number}"))));
        Assert.Empty(run.CompilationDiagnostics);
        var d = Single(run, "LC1020");
        AssertAt(d, "Resources/Strings.resx", ValueLine(0), 5, DiagnosticSeverity.Error);
        Assert.Contains("'when' is used both as a date or time", d.GetMessage());
    }
}
