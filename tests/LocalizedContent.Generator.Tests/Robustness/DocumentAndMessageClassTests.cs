using LocalizedContent.Generator.Documents;
using LocalizedContent.Generator.Messages;
using LocalizedContent.Generator.Tests.Documents;
using LocalizedContent.Generator.Tests.Infrastructure;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Robustness;

/// <summary>LC1006: Strings.txt next to Strings.resx must not make two partial classes that both declare For and Variant.</summary>
public sealed class DocumentAndMessageClassTests
{
    [Fact]
    public void A_document_named_like_a_message_class_is_renamed_with_a_located_warning()
    {
        var run = new GeneratorHarness()
            .AddFile("Resources/Strings.txt", "عنوان\n\nمتن")
            .AddFile("Resources/Strings.fa.txt", "عنوان\n\nمتن")
            .AddFile("Resources/Strings.resx", Resx(("Hello", "Hello")))
            .Run(new DocumentGenerator(), new MessageGenerator());

        Assert.Empty(run.CompilationDiagnostics);
        var warnings = run.GeneratorDiagnostics.Where(d => d.Id == "LC1006").ToList();
        Assert.Equal(2, warnings.Count); // one per document file
        Assert.All(warnings, w => Assert.Equal((0, 0), (w.Location.GetLineSpan().StartLinePosition.Line, w.Location.GetLineSpan().StartLinePosition.Character)));
        Assert.Equal([GeneratorHarness.PathOf("Resources/Strings.fa.txt"), GeneratorHarness.PathOf("Resources/Strings.txt")],
            warnings.Select(w => w.Location.GetLineSpan().Path).Order(StringComparer.Ordinal));
        var assembly = run.CompileAndLoad();
        Assert.Equal("Hello", Call(assembly, "en", "Hello"));
        Assert.Equal("عنوان", new DocumentClassView(assembly.GetType("TestApp.Resources.StringsDocument")!).For("fa").Title);
    }

    [Fact]
    public void Different_namespaces_or_names_do_not_clash()
    {
        var run = new GeneratorHarness()
            .AddFile("Content/Strings.txt", "Title\n\nBody")
            .AddFile("Resources/Strings.resx", Resx(("Hello", "Hello")))
            .Run(new DocumentGenerator(), new MessageGenerator());

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "LC1006");
        Assert.NotNull(run.CompileAndLoad().GetType("TestApp.Content.Strings"));
    }
}
