using LocalizedContent.Generator.Tests.Infrastructure;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>DateTime, DateTimeOffset and (on .NET 6+) DateOnly arguments give the same text.</summary>
public sealed class DatesOverloadTests
{
    private const string Consumer = """
        using System;
        using System.Globalization;
        public static class Consumer
        {
            public static string[] Calls()
            {
                var fa = TestApp.Resources.Strings.For(CultureInfo.GetCultureInfo("fa"));
                return new[]
                {
                    fa.Day(new DateTime(2024, 3, 20)),
                    fa.Day(new DateTimeOffset(2024, 3, 20, 23, 30, 0, TimeSpan.FromHours(3.5))),
                    fa.Day(new DateOnly(2024, 3, 20)),
                };
            }
        }
        """;

    [Fact]
    public void DateOnly_overload_compiles_for_NET6_consumers_and_every_overload_agrees()
    {
        var assembly = CompileAndLoad(new GeneratorHarness()
            .WithPreprocessorSymbols("NET6_0_OR_GREATER")
            .AddFile("Resources/Strings.fa.resx", Resx(("Day", "{d, date, long}")))
            .WithSource(Consumer));
        var calls = (string[])assembly.GetType("Consumer")!.GetMethod("Calls")!.Invoke(null, null)!;
        // 20 March 2024 is Nowruz: 1 Farvardin 1403, as PersianCalendar confirms. The DateTimeOffset's clock time
        // (23:30 at +03:30) is still that day: the offset is not converted to another zone.
        var persian = new System.Globalization.PersianCalendar();
        var day = new DateTime(2024, 3, 20);
        Assert.Equal((1403, 1, 1), (persian.GetYear(day), persian.GetMonth(day), persian.GetDayOfMonth(day)));
        var expected = "\u2068۱ فروردین ۱۴۰۳\u2069";
        Assert.All(calls, text => Assert.Equal(expected, text));
    }

    [Fact]
    public void Without_NET6_there_is_no_DateOnly_overload()
    {
        var run = Run(new GeneratorHarness().AddFile("Resources/Strings.fa.resx", Resx(("Day", "{d, date, long}"))));
        Assert.Empty(run.CompilationDiagnostics);
        Assert.DoesNotContain(run.Output.GetTypeByMetadataName("TestApp.Resources.Strings")!.GetMembers("Day"),
            m => m is Microsoft.CodeAnalysis.IMethodSymbol method && method.Parameters[0].Type.Name == "DateOnly");
    }
}
