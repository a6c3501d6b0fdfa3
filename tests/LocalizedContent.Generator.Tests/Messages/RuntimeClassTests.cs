using LocalizedContent.Generator.Documents;
using LocalizedContent.Generator.Messages;
using LocalizedContent.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>The helpers message classes use are emitted once per compilation, in a namespace of the assembly's own.</summary>
public sealed class RuntimeClassTests
{
    [Fact]
    public void Message_classes_share_one_runtime_class_and_a_project_without_messages_gets_none()
    {
        var run = Run(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Count", "{n, plural, one {# item} other {# items}}")))
            .AddFile("Resources/Errors.resx", Resx(("Total", "{n, number} errors"))));

        Assert.Empty(run.CompilationDiagnostics);
        Assert.Single(run.GeneratedSources.Keys, k => k == MessageRuntimeEmitter.HintName);
        Assert.Equal(3, run.GeneratedSources.Count);
        Assert.All(new[] { "Strings.Messages.g.cs", "Errors.Messages.g.cs" }, hint => Assert.DoesNotContain("struct Builder", run.Source(hint), StringComparison.Ordinal));
        Assert.Contains("struct Builder", run.Source(MessageRuntimeEmitter.HintName), StringComparison.Ordinal);

        var documentsOnly = new GeneratorHarness().AddFile("Content/News.txt", "Title\n\nText").Run(new DocumentGenerator(), new MessageGenerator());
        Assert.DoesNotContain(MessageRuntimeEmitter.HintName, documentsOnly.GeneratedSources.Keys);
    }

    /// <summary>
    /// A library that shows its internals to the app (InternalsVisibleTo), both with messages: a runtime class of
    /// one fixed name would be declared in both, and the app would get warning CS0436, an error under
    /// TreatWarningsAsErrors.
    /// </summary>
    [Fact]
    public void Two_assemblies_with_InternalsVisibleTo_both_using_messages_compile_without_warnings()
    {
        var library = Run(new GeneratorHarness()
            .WithAssemblyName("Shop.Core")
            .WithSource("[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Shop.Web\")]")
            .AddFile("Resources/Orders.resx", Resx(("Count", "{n, plural, one {# order} other {# orders}}"))));
        Assert.Empty(library.CompilationDiagnostics);
        using var image = new MemoryStream();
        Assert.True(library.Output.Emit(image).Success);

        var app = Run(new GeneratorHarness()
            .WithAssemblyName("Shop.Web")
            .WithReference(MetadataReference.CreateFromImage(image.ToArray()))
            .AddFile("Resources/Strings.resx", Resx(("Count", "{n, plural, one {# item} other {# items}}")))
            .WithSource("""
                public static class Consumer
                {
                    public static string Use() => TestApp.Resources.Orders.Count(2m) + " / " + TestApp.Resources.Strings.Count(1m);
                }
                """));

        Assert.Empty(app.CompilationDiagnostics);
        Assert.NotEqual(library.Source(MessageRuntimeEmitter.HintName), app.Source(MessageRuntimeEmitter.HintName));
    }

    [Fact]
    public void A_message_class_named_LocalizedContent_in_the_global_namespace_compiles()
    {
        var run = Run(new GeneratorHarness()
            .WithProperty("RootNamespace", "")
            .AddFile("LocalizedContent.resx", Resx(("Count", "{n, plural, one {# item} other {# items}}"))));

        Assert.Empty(run.CompilationDiagnostics);
        Assert.NotNull(run.CompileAndLoad().GetType("LocalizedContent", throwOnError: true));
    }

    [Theory]
    [InlineData("TestApp", "__LCGenerated.TestApp")]
    [InlineData("Shop.Web", "__LCGenerated.Shop.Web")]
    [InlineData("My-App", null)]
    [InlineData("2fast", null)]
    [InlineData("class", null)]
    [InlineData("", null)]
    public void The_runtime_namespace_is_made_of_valid_identifiers_from_the_assembly_name(string assemblyName, string? expected)
    {
        var ns = MessageRuntimeEmitter.Namespace(assemblyName);

        if (expected is not null) Assert.Equal(expected, ns);
        var parsed = SyntaxFactory.ParseName(ns);
        Assert.Empty(parsed.GetDiagnostics());
        Assert.Equal(ns, parsed.ToString());
    }

    [Fact]
    public void Assembly_names_that_differ_only_in_characters_an_identifier_cannot_hold_get_different_namespaces()
    {
        var names = new[] { "My-App", "My_App", "My App", "My+App" };
        Assert.Equal(names.Length, names.Select(MessageRuntimeEmitter.Namespace).Distinct().Count());
    }
}
