using LocalizedContent.Analyzers.Tests.Infrastructure;
using LocalizedContent.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>string.Format(Resources.Key, a, b), written for Shape="designer", is CS1503 in the default shape (Key
/// is a method group); the fix calls Resources.Key(a, b), under LC0008's provider rule.</summary>
public class StringFormatToDefaultShapeTests
{
    private static Task VerifyFix(string source, string fixedSource, int iterations = 0)
    {
        var test = new FixTest<EmptyDiagnosticAnalyzer, StringFormatToDefaultShapeCodeFixProvider>(
            source + DefaultShapeStandIn.Classes, fixedSource + DefaultShapeStandIn.Classes);
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        if (iterations > 0) test.NumberOfFixAllIterations = test.NumberOfIncrementalIterations = iterations;
        return test.RunAsync();
    }

    [Fact]
    public Task String_Format_over_a_key_becomes_the_key_method() => VerifyFix("""
        using System;
        using System.Globalization;
        using App;
        class C
        {
            string A(string name, int count) => string.Format({|CS1503:Resources.Greeting|}, name, count);
            string B(decimal price) => String.Format(CultureInfo.CurrentCulture, {|CS1503:global::App.Resources.Price|}, price);
            string D() => string.Format({|CS1503:Resources.Many|}, {|CS1503:new object[] { 1, "two", 3.0, 'c' }|});
        }
        """, """
        using System;
        using System.Globalization;
        using App;
        class C
        {
            string A(string name, int count) => Resources.Greeting(name, count);
            string B(decimal price) => global::App.Resources.Price(price);
            string D() => Resources.Many(1, "two", 3.0, 'c');
        }
        """);

    /// <summary>The compiler reports no error for the outer call while its argument has one, so the outer call is
    /// fixed in a second pass, once the inner one compiles.</summary>
    [Fact]
    public Task A_nested_call_is_fixed_first_and_its_outer_call_in_a_second_pass() => VerifyFix("""
        using App;
        class C
        {
            string A(string name) => string.Format(Resources.Greeting, string.Format({|CS1503:Resources.Greeting|}, name, 1), 2);
        }
        """, """
        using App;
        class C
        {
            string A(string name) => Resources.Greeting(Resources.Greeting(name, 1), 2);
        }
        """, iterations: 2);

    [Fact]
    public Task Another_provider_other_classes_and_arguments_that_do_not_bind_are_left_alone()
    {
        const string source = """
            using System.Globalization;
            using App;
            class C
            {
                string A(int n) => string.Format(CultureInfo.InvariantCulture, {|CS1503:Resources.Price|}, n);
                string B(string name) => string.Format({|CS1503:Designer.Greeting|}, name, 1);
                string D(string name) => string.Format({|CS1503:Plain.Greeting|}, name, 1);
                string E(string text) => string.Format({|CS1503:Resources.Price|}, text);
                string F(string name) => string.Format({|CS1503:Resources.Greeting|}, name);
                string G(object[] values) => string.Format({|CS1503:Resources.Many|}, {|CS1503:values|});
            }
            """;
        return VerifyFix(source, source);
    }
}
