using System.CodeDom.Compiler;
using System.Globalization;
using System.Reflection;
using LocalizedContent.Generator.Documents;
using LocalizedContent.Generator.Messages;
using LocalizedContent.Generator.Tests.Infrastructure;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Robustness;

/// <summary>Documents and messages share one generated API contract: For(null), accessibility, GeneratedCode.</summary>
public sealed class GeneratedApiContractTests
{
    private const string Document = "TestApp.Content.News";
    private const string Messages = "TestApp.Resources.Strings";

    private static GeneratorHarness Project() => new GeneratorHarness()
        .AddFile("Content/News.txt", "Title\n\nParagraph")
        .AddFile("Content/News.ar.txt", "عنوان\n\nفقرة")
        .AddFile("Resources/Strings.resx", Resx(("Hello", "Hello")))
        .AddFile("Resources/Strings.ar.resx", Resx(("Hello", "مرحبا")));

    private static Assembly Compile(GeneratorHarness harness)
    {
        var run = harness.Run(new DocumentGenerator(), new MessageGenerator());
        Assert.Empty(run.CompilationDiagnostics);
        return run.CompileAndLoad();
    }

    [Fact]
    public void For_null_reads_the_current_UI_culture_for_documents_and_messages()
    {
        var assembly = Compile(Project());
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ar-EG");
            var document = Invoke(assembly, Document, "For");
            Assert.Equal("عنوان", document.GetType().GetProperty("Title")!.GetValue(document));
            var messages = Invoke(assembly, Messages, "For");
            Assert.Equal("مرحبا", messages.GetType().GetProperty("Hello")!.GetValue(messages));
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    private static object Invoke(Assembly assembly, string type, string method) =>
        assembly.GetType(type, throwOnError: true)!.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [null])!;

    [Fact]
    public void Generated_classes_are_internal_unless_the_users_partial_declaration_makes_them_public()
    {
        var defaults = Compile(Project());
        Assert.False(defaults.GetType(Document, throwOnError: true)!.IsPublic);
        Assert.False(defaults.GetType(Messages, throwOnError: true)!.IsPublic);

        var madePublic = Compile(Project().WithSource("""
            namespace TestApp.Content { public static partial class News { } }
            namespace TestApp.Resources { public static partial class Strings { } }
            """));
        Assert.True(madePublic.GetType(Document, throwOnError: true)!.IsPublic);
        Assert.True(madePublic.GetType(Messages, throwOnError: true)!.IsPublic);
    }

    [Fact]
    public void Both_kinds_carry_one_GeneratedCode_attribute_with_the_generator_version()
    {
        var assembly = Compile(Project());
        var version = typeof(MessageGenerator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        foreach (var name in new[] { Document, Messages })
        {
            var attribute = Assert.Single(assembly.GetType(name, throwOnError: true)!.GetCustomAttributes<GeneratedCodeAttribute>());
            Assert.Equal(("LocalizedContent", version), (attribute.Tool, attribute.Version));
        }
    }
}
