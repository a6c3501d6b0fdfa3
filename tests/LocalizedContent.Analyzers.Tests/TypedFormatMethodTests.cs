using LocalizedContent.Analyzers.Tests.Infrastructure;
using LocalizedContent.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>LC0008: string.Format over a property of a Designer-shaped generated class, and its fix.</summary>
public class TypedFormatMethodTests
{
    /// <summary>
    /// A hand-written stand-in for the generator's Designer-compatible shape (Shape="designer"): the attribute, a
    /// property per key (raw text) and a typed Format method per key with placeholders (object? for {0}, a generic
    /// IFormattable parameter for {0:N2}). The class is generated code for the analyzer, as the real one is.
    /// </summary>
    private const string Resources = """

        namespace App
        {
            [global::System.CodeDom.Compiler.GeneratedCode("LocalizedContent", "0.1.0")]
            internal static partial class Resources
            {
                public static global::System.Resources.ResourceManager ResourceManager => null!;
                public static global::System.Globalization.CultureInfo? Culture { get; set; }
                public static string Greeting => "سلام {0}، {1} پیام تازه";
                public static string FormatGreeting(object? arg0, object? arg1) => string.Format(Greeting, arg0, arg1);
                public static string Price => "{0:N2} تومان";
                public static string FormatPrice<T0>(T0 arg0) where T0 : global::System.IFormattable => string.Format(Price, arg0);
                public static string Many => "{0} {1} {2} {3}";
                public static string FormatMany(object? arg0, object? arg1, object? arg2, object? arg3) => string.Format(Many, arg0, arg1, arg2, arg3);
                public static string Title => "عنوان";
                public static string Inside(string name) => string.Format(Greeting, name, 1);
            }

            // The same shape without LocalizedContent's attribute, or with another tool's.
            internal static class Plain
            {
                public static string Greeting => "{0} {1}";
                public static string FormatGreeting(object? arg0, object? arg1) => "";
            }

            [global::System.CodeDom.Compiler.GeneratedCode("ResXFileCodeGenerator", "17.0.0.0")]
            internal static class Designer
            {
                public static string Greeting => "{0} {1}";
                public static string FormatGreeting(object? arg0, object? arg1) => "";
            }

            [global::System.CodeDom.Compiler.GeneratedCode("LocalizedContent", "0.1.0")]
            internal sealed class Instance
            {
                public static global::System.Resources.ResourceManager ResourceManager => null!;
                public string Greeting => "{0} {1}";
                public static string FormatGreeting(object? arg0, object? arg1) => "";
                public static string Title => "{0}";
                public string FormatTitle(object? arg0) => "";
            }
        }
        """;

    private static DiagnosticResult Diagnostic(int location, string typed, string format, string note = "") =>
        new DiagnosticResult("LC0008", DiagnosticSeverity.Info).WithLocation(location).WithArguments(typed, format, note);

    private static Task Verify(string source, params DiagnosticResult[] expected) =>
        new RuleTest<TypedFormatMethodAnalyzer>(source + Resources).Expect(expected).RunAsync();

    private static Task VerifyFix(string source, string fixedSource, int? fixAllIterations = null)
    {
        var test = new FixTest<TypedFormatMethodAnalyzer, TypedFormatMethodCodeFixProvider>(source + Resources, fixedSource + Resources);
        // A call left without a fix (another provider) is expected, marked up, in the fixed code too.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        if (fixAllIterations != null) test.NumberOfFixAllIterations = fixAllIterations;
        return test.RunAsync();
    }

    [Fact]
    public Task String_Format_over_a_key_with_a_typed_method_is_reported() => Verify("""
        using System;
        using App;
        class C
        {
            string A(string name, int count) => {|#0:string.Format(Resources.Greeting, name, count)|};
            string B(decimal price) => {|#1:String.Format(Resources.Price, price)|};
            string D(int a) => {|#2:System.String.Format(global::App.Resources.Price, a)|};
            string E() => {|#3:string.Format(Resources.Many, 1, "two", 3.0, 'c')|};
        }
        """,
        Diagnostic(0, "Resources.FormatGreeting", "Resources.Greeting"),
        Diagnostic(1, "Resources.FormatPrice", "Resources.Price"),
        Diagnostic(2, "global::App.Resources.FormatPrice", "global::App.Resources.Price"),
        Diagnostic(3, "Resources.FormatMany", "Resources.Many"));

    [Fact]
    public Task Provider_overloads_are_reported_and_the_fix_is_offered_only_for_the_current_culture() => Verify("""
        using System.Globalization;
        using App;
        class C
        {
            string A(int n) => {|#0:string.Format(CultureInfo.CurrentCulture, Resources.Price, n)|};
            string B(int n) => {|#1:string.Format(CultureInfo.InvariantCulture, Resources.Price, n)|};
        }
        """,
        Diagnostic(0, "Resources.FormatPrice", "Resources.Price"),
        Diagnostic(1, "Resources.FormatPrice", "Resources.Price",
            " (no automatic fix: it formats for the class's culture, not with 'CultureInfo.InvariantCulture')"));

    [Fact]
    public Task Calls_in_interpolations_lambdas_and_other_calls_are_reported() => Verify("""
        using System;
        using System.Linq;
        using App;
        class C
        {
            string A(string name) => $"<p>{{|#0:string.Format(Resources.Greeting, name, 2)|}}</p>";
            Func<int, string> B = n => {|#1:string.Format(Resources.Price, n)|};
            string[] D(int[] prices) => prices.Select(p => {|#2:string.Format(Resources.Price, p)|}).ToArray();
            string E(string name) => {|#3:string.Format(Resources.Greeting, {|#4:string.Format(Resources.Greeting, name, 1)|}, 2)|};
        }
        """,
        Diagnostic(0, "Resources.FormatGreeting", "Resources.Greeting"),
        Diagnostic(1, "Resources.FormatPrice", "Resources.Price"),
        Diagnostic(2, "Resources.FormatPrice", "Resources.Price"),
        Diagnostic(3, "Resources.FormatGreeting", "Resources.Greeting"),
        Diagnostic(4, "Resources.FormatGreeting", "Resources.Greeting"));

    [Fact]
    public Task An_explicit_object_array_is_reported_an_array_variable_is_not() => Verify("""
        using App;
        class C
        {
            string A() => {|#0:string.Format(Resources.Many, new object[] { 1, 2, 3, 4 })|};
            string B() => {|#1:string.Format(Resources.Greeting, new[] { "a", "b" })|};
            string D(object[] values) => string.Format(Resources.Many, values);
            string E() => string.Format(Resources.Many, new object[4]);
        }
        """,
        Diagnostic(0, "Resources.FormatMany", "Resources.Many"),
        Diagnostic(1, "Resources.FormatGreeting", "Resources.Greeting"));

    /// <summary>The fix must always compile: every call the typed method would not take stays as it is.</summary>
    [Fact]
    public Task Calls_the_typed_method_would_not_take_are_not_reported() => Verify("""
        using System;
        using App;
        class C
        {
            string Arity(string name) => string.Format(Resources.Greeting, name) + string.Format(Resources.Price, 1, 2);
            string NotFormattable(object o, string s, int? n) =>
                string.Format(Resources.Price, o) + string.Format(Resources.Price, s) + string.Format(Resources.Price, n) + string.Format(Resources.Price, null);
            string NoTypedMethod() => string.Format(Resources.Title, 1);
            string Named(int n) => string.Format(arg0: n, format: Resources.Price);
            string Dynamic(dynamic d) => string.Format(Resources.Price, d);
        }
        """);

    [Fact]
    public Task Other_classes_properties_and_strings_are_not_reported() => Verify("""
        using App;
        class C
        {
            const string Local = "{0} {1}";
            string A(string a, string b) =>
                string.Format(Plain.Greeting, a, b) + string.Format(Designer.Greeting, a, b)
                + string.Format(new Instance().Greeting, a, b) + string.Format(Instance.Title, a)
                + string.Format(Local, a, b) + string.Format("{0} {1}", a, b) + string.Format((Resources.Greeting), a, b);
        }
        """);

    [Fact]
    public Task Generated_code_is_not_reported() => Verify("""
        // <auto-generated/>
        using App;
        class Generated
        {
            string A(string name) => string.Format(Resources.Greeting, name, 1);
        }
        """);

    [Fact]
    public Task The_fix_calls_the_typed_method_with_the_same_arguments() => VerifyFix("""
        using System;
        using System.Globalization;
        using App;
        class C
        {
            string A(string name, int count) => {|LC0008:string.Format(Resources.Greeting, name, count)|};
            string B(decimal price) => {|LC0008:String.Format(CultureInfo.CurrentUICulture, global::App.Resources.Price, price)|};
            string D() => {|LC0008:string.Format(Resources.Many, new object[] { 1, 2, 3, 4 })|};
        }
        """, """
        using System;
        using System.Globalization;
        using App;
        class C
        {
            string A(string name, int count) => Resources.FormatGreeting(name, count);
            string B(decimal price) => global::App.Resources.FormatPrice(price);
            string D() => Resources.FormatMany(1, 2, 3, 4);
        }
        """);

    [Fact]
    public Task The_fix_keeps_comments_and_line_breaks() => VerifyFix("""
        using App;
        class C
        {
            string A(string name, int count)
            {
                return /* lead */ {|LC0008:string.Format(
                    Resources.Greeting, // the greeting
                    name /* who */,
                    count)|}; // trail
            }
        }
        """, """
        using App;
        class C
        {
            string A(string name, int count)
            {
                return /* lead */ Resources.FormatGreeting(
                    // the greeting
                    name /* who */,
                    count); // trail
            }
        }
        """);

    [Fact]
    public Task The_fix_works_under_using_static_and_leaves_the_invariant_culture_call() => VerifyFix("""
        using System.Globalization;
        using static App.Resources;
        class C
        {
            string A(int n) => {|LC0008:string.Format(Price, n)|};
            string B(int n) => {|LC0008:string.Format(CultureInfo.InvariantCulture, Price, n)|};
        }
        """, """
        using System.Globalization;
        using static App.Resources;
        class C
        {
            string A(int n) => FormatPrice(n);
            string B(int n) => {|LC0008:string.Format(CultureInfo.InvariantCulture, Price, n)|};
        }
        """);

    [Fact]
    public Task Fix_all_rewrites_nested_calls_in_one_pass() => VerifyFix("""
        using App;
        class C
        {
            string A(string name) => {|LC0008:string.Format(Resources.Greeting, {|LC0008:string.Format(Resources.Greeting, name, 1)|}, 2)|};
            string B(string name) => $"<b>{{|LC0008:string.Format(Resources.Price, 3)|}}</b>";
        }
        """, """
        using App;
        class C
        {
            string A(string name) => Resources.FormatGreeting(Resources.FormatGreeting(name, 1), 2);
            string B(string name) => $"<b>{Resources.FormatPrice(3)}</b>";
        }
        """, fixAllIterations: 1);
}
