using LocalizedContent.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>LC0006: number parsing of constants that hold digits .NET does not parse.</summary>
public class NativeDigitParseTests
{
    private static Task Verify(string source, params DiagnosticResult[] expected) =>
        new RuleTest<NativeDigitParseAnalyzer>(source).Expect(expected).RunAsync();

    [Fact]
    public Task Parse_and_Convert_of_Persian_or_Arabic_Indic_digits_are_reported() => Verify("""
        using System;
        using System.Globalization;
        class C
        {
            const string Year = "۱۴۰۰";
            void M()
            {
                int a = int.Parse({|#0:"۱۲۳"|});
                long b = long.Parse({|#1:Year|}, CultureInfo.GetCultureInfo("fa-IR"));
                decimal c = decimal.Parse({|#2:"1۲"|});
                double d = double.Parse({|#3:"٣٫١٤"|}, NumberStyles.Float);
                byte e = byte.Parse(s: {|#4:"٧"|});
                int f = Convert.ToInt32({|#5:"۴۲"|});
                short g = Convert.ToInt16({|#6:"٤"|});
            }
        }
        """,
        Verifier.Diagnostic("LC0006").WithLocation(0).WithArguments("۱۲۳", "Int32.Parse", "throws a FormatException"),
        Verifier.Diagnostic("LC0006").WithLocation(1).WithArguments("۱۴۰۰", "Int64.Parse", "throws a FormatException"),
        Verifier.Diagnostic("LC0006").WithLocation(2).WithArguments("1۲", "Decimal.Parse", "throws a FormatException"),
        Verifier.Diagnostic("LC0006").WithLocation(3).WithArguments("٣٫١٤", "Double.Parse", "throws a FormatException"),
        Verifier.Diagnostic("LC0006").WithLocation(4).WithArguments("٧", "Byte.Parse", "throws a FormatException"),
        Verifier.Diagnostic("LC0006").WithLocation(5).WithArguments("۴۲", "Convert.ToInt32", "throws a FormatException"),
        Verifier.Diagnostic("LC0006").WithLocation(6).WithArguments("٤", "Convert.ToInt16", "throws a FormatException"));

    [Fact]
    public Task TryParse_is_reported_because_it_always_returns_false() => Verify("""
        class C
        {
            bool M() => int.TryParse({|#0:"۲۰۲۱"|}, out _);
        }
        """, Verifier.Diagnostic("LC0006").WithLocation(0).WithArguments("۲۰۲۱", "Int32.TryParse", "returns false"));

    [Fact]
    public Task Ascii_digits_variables_and_other_methods_are_not_reported() => Verify("""
        using System;
        class C
        {
            void M(string input)
            {
                int a = int.Parse("123");
                int b = int.Parse(input);
                double c = char.GetNumericValue('۵');
                string d = string.Concat("۱", "2");
                DateTime e = DateTime.Parse("2021-07-13");
                string f = Convert.ToString(12);
            }
        }
        """);

    /// <summary>The analyzer looks at calls by their written name before binding them: every way of writing the
    /// name of a number parse must still be found.</summary>
    [Fact]
    public Task Calls_written_through_using_static_parentheses_and_generic_context_are_reported() => Verify("""
        using static System.Int32;
        using static System.Convert;
        class C
        {
            int? M(string? s)
            {
                int a = Parse({|#0:"۳"|});
                int b = (int.Parse)({|#1:"٣"|});
                long c = ToInt64({|#2:"۹"|});
                return s?.Length + (TryParse({|#3:"٥"|}, out var d) ? d : 0);
            }
        }
        """,
        Verifier.Diagnostic("LC0006").WithLocation(0).WithArguments("۳", "Int32.Parse", "throws a FormatException"),
        Verifier.Diagnostic("LC0006").WithLocation(1).WithArguments("٣", "Int32.Parse", "throws a FormatException"),
        Verifier.Diagnostic("LC0006").WithLocation(2).WithArguments("۹", "Convert.ToInt64", "throws a FormatException"),
        Verifier.Diagnostic("LC0006").WithLocation(3).WithArguments("٥", "Int32.TryParse", "returns false"));
}
