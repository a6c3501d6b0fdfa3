using System.Collections.Immutable;
using LocalizedContent.Analyzers.Tests.Infrastructure;
using LocalizedContent.CodeFixes;
using LocalizedContent.Generator.Messages;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>
/// LC0008 against the generator's own output instead of a stand-in: a .resx with Shape="designer" (what a project
/// coming from Resources.Designer.cs sets) and the same file in the default shape, where string.Format over a
/// property is never rewritten (a key X beside a key FormatX would be another message).
/// </summary>
public class TypedFormatMethodGeneratedClassTests
{
    private const string Resx = """
        <?xml version="1.0" encoding="utf-8"?>
        <root>
          <data name="Greeting" xml:space="preserve"><value>سلام {0}، {1} پیام تازه</value></data>
          <data name="Price" xml:space="preserve"><value>{0:N2} تومان</value></data>
          <data name="Title" xml:space="preserve"><value>عنوان</value></data>
          <data name="FormatTitle" xml:space="preserve"><value>{0} عنوان</value></data>
        </root>
        """;

    /// <summary>The generator's sources for /app/Resources/Strings.resx (project App in /app) with
    /// <paramref name="shape"/> (null: the default), holding <paramref name="resx"/> (this class's file when null).</summary>
    internal static ImmutableArray<(string HintName, string Text)> Generate(string? shape, string? resx = null)
    {
        const string path = "/app/Resources/Strings.resx";
        var metadata = new Dictionary<string, string> { [TestAnalyzerConfigOptionsProvider.ContentItemKey] = "true" };
        if (shape != null) metadata["build_metadata.AdditionalFiles.Shape"] = shape;
        var options = new TestAnalyzerConfigOptionsProvider(
            new Dictionary<string, string> { ["build_property.RootNamespace"] = "App", ["build_property.MSBuildProjectDirectory"] = "/app" },
            new Dictionary<string, Dictionary<string, string>> { [path] = metadata });
        var compilation = CSharpCompilation.Create("App", [CSharpSyntaxTree.ParseText("class Empty { }")]);
        var driver = CSharpGeneratorDriver.Create([new MessageGenerator().AsSourceGenerator()],
            [InMemoryAdditionalText.FromBytes(path, System.Text.Encoding.UTF8.GetBytes(resx ?? Resx))], optionsProvider: options);
        return driver.RunGenerators(compilation).GetRunResult().Results.Single().GeneratedSources
            .Select(s => (s.HintName, s.SourceText.ToString())).ToImmutableArray();
    }

    [Fact]
    public Task The_designer_shape_class_gets_the_rewrite_to_its_typed_methods()
    {
        var test = new FixTest<TypedFormatMethodAnalyzer, TypedFormatMethodCodeFixProvider>("""
            using App.Resources;
            class C
            {
                string A(string name, int count) => {|LC0008:string.Format(Strings.Greeting, name, count)|};
                string B(decimal price) => {|LC0008:string.Format(Strings.Price, price)|};
                string D(string s) => string.Format(Strings.Price, s);
            }
            """, """
            using App.Resources;
            class C
            {
                string A(string name, int count) => Strings.FormatGreeting(name, count);
                string B(decimal price) => Strings.FormatPrice(price);
                string D(string s) => string.Format(Strings.Price, s);
            }
            """);
        foreach (var (hintName, text) in Generate("designer"))
        {
            test.TestState.Sources.Add((hintName, text));
            test.FixedState.Sources.Add((hintName, text));
        }
        return test.RunAsync();
    }

    [Fact]
    public Task The_default_shape_class_is_left_alone()
    {
        var test = new RuleTest<TypedFormatMethodAnalyzer>("""
            using App.Resources;
            class C
            {
                string A() => string.Format(Strings.Title, 1);
            }
            """);
        foreach (var source in Generate(null)) test.TestState.Sources.Add(source);
        return test.RunAsync();
    }
}
