using LocalizedContent.Analyzers.Tests.Infrastructure;
using LocalizedContent.CodeFixes;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>
/// The move off Shape="designer" against the generator's own output: the .resx of
/// <see cref="TypedFormatMethodGeneratedClassTests"/> in the default shape, and call sites written for the Designer
/// shape, which now fail to compile and are fixed to the default shape's methods.
/// </summary>
public class DefaultShapeGeneratedClassTests
{
    private static Task VerifyFix<TCodeFix>(string source, string fixedSource)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new FixTest<EmptyDiagnosticAnalyzer, TCodeFix>(source, fixedSource);
        foreach (var (hintName, text) in TypedFormatMethodGeneratedClassTests.Generate(shape: null))
        {
            test.TestState.Sources.Add((hintName, text));
            test.FixedState.Sources.Add((hintName, text));
        }
        return test.RunAsync();
    }

    [Fact]
    public Task Typed_format_methods_become_the_key_methods() => VerifyFix<FormatMethodToDefaultShapeCodeFixProvider>("""
        using App.Resources;
        class C
        {
            string A(string name, int count) => Strings.{|CS0117:FormatGreeting|}(name, count);
            string B(decimal price) => Strings.{|CS0117:FormatPrice|}(price);
            string D(string title) => Strings.{|CS0117:FormatFormatTitle|}(title);
        }
        """, """
        using App.Resources;
        class C
        {
            string A(string name, int count) => Strings.Greeting(name, count);
            string B(decimal price) => Strings.Price(price);
            string D(string title) => Strings.FormatTitle(title);
        }
        """);

    [Fact]
    public Task String_Format_over_a_key_becomes_the_key_method() => VerifyFix<StringFormatToDefaultShapeCodeFixProvider>("""
        using System.Globalization;
        using App.Resources;
        class C
        {
            string A(string name, int count) => string.Format({|CS1503:Strings.Greeting|}, name, count);
            string B(decimal price) => string.Format(CultureInfo.CurrentUICulture, {|CS1503:Strings.Price|}, price);
            string D() => string.Format(Strings.Title, 1);
        }
        """, """
        using System.Globalization;
        using App.Resources;
        class C
        {
            string A(string name, int count) => Strings.Greeting(name, count);
            string B(decimal price) => Strings.Price(price);
            string D() => string.Format(Strings.Title, 1);
        }
        """);
}
