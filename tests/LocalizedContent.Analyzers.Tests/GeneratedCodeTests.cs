using LocalizedContent.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>
/// The rules on C# literals and calls leave code marked [GeneratedCode] alone (a type, a member, another part of a
/// partial type, the attribute written any way), and report the same code in an ordinary class. The analyzers let
/// Roslyn report in generated code (its per-diagnostic check was most of LC0001's cost) and decide it themselves;
/// generated files (an &lt;auto-generated&gt; header, a .g.cs name) are not analyzed at all.
/// </summary>
public class GeneratedCodeTests
{
    /// <summary>For each rule: a member holding what the rule reports, marked up as reported.</summary>
    public static TheoryData<string, string> Rules => new()
    {
        { "LC0001", """string Text() => {|LC0001:"سلام دنیا"|};""" },
        { "LC0002", """string Text() => {|LC0002:"صفحه ۱ از 3"|};""" },
        { "LC0003", """string Text() => {|LC0003:"این کتاب زيبا است"|};""" },
        { "LC0005", """string Text() => "سلام{|LC0005:⟨RLM⟩|}!";""" },
        { "LC0006", """int Number() => int.Parse({|LC0006:"۱۲۳"|});""" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public Task An_ordinary_class_is_reported(string rule, string member) => Verify(rule, $$"""
        class Plain { {{member}} }
        """);

    [Theory]
    [MemberData(nameof(Rules))]
    public Task A_class_marked_GeneratedCode_is_not_reported(string rule, string member) => Verify(rule, $$"""
        [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
        class Generated { {{Unmarked(member)}} }
        """);

    [Theory]
    [MemberData(nameof(Rules))]
    public Task A_member_marked_GeneratedCode_is_not_reported_its_neighbour_is(string rule, string member) => Verify(rule, $$"""
        using System.CodeDom.Compiler;
        class Mixed
        {
            [GeneratedCodeAttribute("tool", "1.0")]
            {{Unmarked(member)}}
            class Nested { {{member}} }
        }
        """);

    [Theory]
    [MemberData(nameof(Rules))]
    public Task A_nested_type_or_another_part_of_a_partial_type_marked_GeneratedCode_is_not_reported(string rule, string member) => Verify(rule, $$"""
        [global::System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
        partial class Generated { }
        partial class Generated { {{Unmarked(member)}} }
        [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
        class Outer { class Inner { {{Unmarked(member)}} } }
        """);

    [Theory]
    [MemberData(nameof(Rules))]
    public Task An_attribute_of_another_namespace_named_GeneratedCode_does_not_hide_anything(string rule, string member) => Verify(rule, $$"""
        [Tools.GeneratedCode]
        class Plain { {{member}} }
        namespace Tools { class GeneratedCodeAttribute : System.Attribute { } }
        """);

    [Theory]
    [MemberData(nameof(Rules))]
    public Task A_file_named_g_cs_is_not_reported(string rule, string member)
    {
        var test = Test(rule, "class Plain { }");
        test.TestState.Sources.Add(("/0/Test1.g.cs", Invisible.Expand($"class Generated {{ {Unmarked(member)} }}")));
        return test.RunAsync();
    }

    [Fact]
    public Task A_table_in_a_class_marked_GeneratedCode_is_not_reported() => Verify("LC0001", """
        [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
        class Generated { string[] Names = { "یک", "دو", "سه", "چهار", "پنج", "شش" }; }
        class Plain { string[] Names = {|LC0001:{ "یک", "دو", "سه", "چهار", "پنج", "شش" }|}; }
        """);

    [Fact]
    public Task String_Format_in_a_class_marked_GeneratedCode_is_not_reported() => new RuleTest<TypedFormatMethodAnalyzer>("""
        [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
        class Generated { string A(string name) => string.Format(Resources.Greeting, name); }
        class Plain { string A(string name) => {|#0:string.Format(Resources.Greeting, name)|}; }
        [System.CodeDom.Compiler.GeneratedCode("LocalizedContent", "0.1.0")]
        static class Resources
        {
            public static System.Resources.ResourceManager ResourceManager => null!;
            public static System.Globalization.CultureInfo? Culture { get; set; }
            public static string Greeting => "سلام {0}";
            public static string FormatGreeting(object? arg0) => string.Format(Greeting, arg0);
        }
        """).Expect(new DiagnosticResult("LC0008", DiagnosticSeverity.Info).WithLocation(0)
            .WithArguments("Resources.FormatGreeting", "Resources.Greeting", "")).RunAsync();

    /// <summary>The member without its markup: what must not be reported.</summary>
    private static string Unmarked(string member) =>
        System.Text.RegularExpressions.Regex.Replace(member, @"\{\|LC\d{4}:(.*?)\|\}", "$1");

    private static Task Verify(string rule, string source) => Test(rule, source).RunAsync();

    private static AnalyzerTest<DefaultVerifier> Test(string rule, string source) => rule switch
    {
        "LC0001" => new RuleTest<HardCodedRtlTextAnalyzer>(source),
        "LC0002" => new RuleTest<MixedDigitSystemsAnalyzer>(source),
        "LC0003" => new RuleTest<MismatchedLetterFormsAnalyzer>(source),
        "LC0005" => new RuleTest<DirectionMarkAnalyzer>(source),
        "LC0006" => new RuleTest<NativeDigitParseAnalyzer>(source),
        _ => throw new ArgumentException(rule),
    };
}
