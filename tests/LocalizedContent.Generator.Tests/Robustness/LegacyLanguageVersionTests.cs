using LocalizedContent.Generator.Documents;
using LocalizedContent.Generator.Messages;
using LocalizedContent.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Robustness;

/// <summary>
/// A netstandard2.0 or net472 project builds at C# 7.3 unless it sets LangVersion. The generated code must build
/// there too: nullable syntax (#nullable, string?) is C# 8, so it is emitted only when the consumer's language
/// version has it.
/// </summary>
public sealed class LegacyLanguageVersionTests
{
    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.Latest)]
    public void Documents_and_messages_compile_at_the_consumers_language_version(LanguageVersion version)
    {
        var harness = new GeneratorHarness()
            .WithLanguageVersion(version)
            .AddFile("Content/News.ar.txt", "عنوان\n\nفقرة")
            .AddFile("Content/News.txt", "Title\n\nParagraph")
            .AddFile("Resources/Strings.resx", Resx(
                ("Title", "News"),
                ("Welcome", "Hello {0}, you have {1} messages"),
                ("Users", "{app} has {n, plural, offset:1 =0 {no users} one {# user} other {# users}}"),
                ("Pick", "{g, select, a {A {n, number}} other {B}}")))
            .AddFile("Resources/Strings.ar.resx", Resx(("Users", "{app} {n, plural, zero {لا أحد} one {واحد} two {اثنان} few {#} many {#} other {#}}")))
            .WithSource("""
                public static class Consumer
                {
                    public static string Use(System.Globalization.CultureInfo c) =>
                        TestApp.Content.News.For(c).Title + TestApp.Resources.Strings.For(c).Users("app", 3m) + TestApp.Resources.Strings.Welcome(1, 2);
                }
                """);

        var run = harness.Run(new DocumentGenerator(), new MessageGenerator());

        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Empty(run.CompilationDiagnostics);
        var assembly = run.CompileAndLoad();
        var use = assembly.GetType("Consumer")!.GetMethod("Use")!;
        var text = (string)use.Invoke(null, [System.Globalization.CultureInfo.GetCultureInfo("ar")])!;
        Assert.StartsWith("عنوان", text, StringComparison.Ordinal);
        Assert.EndsWith("Hello 1, you have 2 messages", text, StringComparison.Ordinal);
    }
}
