using LocalizedContent.Analyzers.Tests.Infrastructure;
using LocalizedContent.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>Resources.FormatKey(a, b), written for Shape="designer", is CS0117 in the default shape; the fix calls Resources.Key(a, b).</summary>
public class FormatMethodToDefaultShapeTests
{
    private static Task VerifyFix(string source, string fixedSource, int? fixAllIterations = null)
    {
        var test = new FixTest<EmptyDiagnosticAnalyzer, FormatMethodToDefaultShapeCodeFixProvider>(
            source + DefaultShapeStandIn.Classes, fixedSource + DefaultShapeStandIn.Classes);
        // Errors the fix leaves (other classes, arguments that do not bind) are expected, marked up, in the fixed code too.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        if (fixAllIterations != null) test.NumberOfFixAllIterations = fixAllIterations;
        return test.RunAsync();
    }

    [Fact]
    public Task A_typed_format_method_becomes_the_key_method() => VerifyFix("""
        using App;
        class C
        {
            string A(string name, int count) => Resources.{|CS0117:FormatGreeting|}(name, count);
            string B(decimal price) => global::App.Resources.{|CS0117:FormatPrice|}(/* total */ price);
            string D() => Resources.{|CS0117:FormatMany|}(1, "two", 3.0, 'c');
        }
        """, """
        using App;
        class C
        {
            string A(string name, int count) => Resources.Greeting(name, count);
            string B(decimal price) => global::App.Resources.Price(/* total */ price);
            string D() => Resources.Many(1, "two", 3.0, 'c');
        }
        """);

    /// <summary>An outer call whose argument is still an error does not bind, so Fix All takes it in a second pass.</summary>
    [Fact]
    public Task Nested_calls_take_two_Fix_All_passes_and_using_static_names_are_fixed() => VerifyFix("""
        using static App.Resources;
        class C
        {
            string A(string name) => App.Resources.{|CS0117:FormatGreeting|}(App.Resources.{|CS0117:FormatGreeting|}(name, 1), 2);
            string B(int n) => {|CS0103:FormatPrice|}(n);
        }
        """, """
        using static App.Resources;
        class C
        {
            string A(string name) => App.Resources.Greeting(App.Resources.Greeting(name, 1), 2);
            string B(int n) => Price(n);
        }
        """, fixAllIterations: 2);

    [Fact]
    public Task Other_classes_and_arguments_that_do_not_bind_are_left_alone()
    {
        const string source = """
            using App;
            class C
            {
                string A(string name) => Designer.{|CS0117:FormatGreeting|}(name, 1);
                string B(string name) => Plain.{|CS0117:FormatGreeting|}(name, 1);
                string D(string text) => Resources.{|CS0117:FormatPrice|}(text);
                string E(string name) => Resources.{|CS0117:FormatGreeting|}(name);
                string F() => Resources.{|CS0117:FormatTitle|}();
            }
            """;
        return VerifyFix(source, source);
    }
}
