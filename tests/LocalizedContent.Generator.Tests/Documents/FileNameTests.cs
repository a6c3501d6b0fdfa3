using LocalizedContent.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace LocalizedContent.Generator.Tests.Documents;

/// <summary>File names that are not C# identifiers still make a class, and LC1003/LC1015/LC1001 say what it is called;
/// Culture metadata that is not a culture tag is ignored, with LC1002.</summary>
public class FileNameTests
{
    [Theory]
    [InlineData("2021news", "_2021news", "_2021news")]
    [InlineData("breaking-news", "breaking_news", "breaking_news")]
    public void A_name_that_is_not_an_identifier_is_made_one_and_reported(string baseName, string className, string metadataName)
    {
        var run = new GeneratorHarness().AddFile($"Content/{baseName}.ar.txt", "عنوان").RunDocuments();

        var diagnostic = DiagnosticAssert.Single(run, "LC1003", $"Content/{baseName}.ar.txt", 1, 1);
        Assert.Contains($"'{className}'", diagnostic.GetMessage());
        Assert.Equal("عنوان", DocumentClassView.Load(run, "TestApp.Content." + metadataName).For("ar").Title);
    }

    [Theory]
    [InlineData("class", "classDocument")]
    [InlineData("file", "fileDocument")]
    public void A_name_that_is_a_keyword_is_renamed_and_reported(string baseName, string className)
    {
        var run = new GeneratorHarness().AddFile($"Content/{baseName}.ar.txt", "عنوان").RunDocuments();

        var diagnostic = DiagnosticAssert.Single(run, "LC1007", $"Content/{baseName}.ar.txt", 1, 1);
        Assert.Contains($"'{className}'", diagnostic.GetMessage());
        Assert.Equal("عنوان", DocumentClassView.Load(run, "TestApp.Content." + className).For("ar").Title);
    }

    [Theory]
    [InlineData("Title", "TitleDocument")]
    [InlineData("Variant", "VariantDocument")]
    [InlineData("__variants", "Document__variants")]
    public void A_name_that_clashes_with_a_generated_member_is_renamed_and_reported(string baseName, string className)
    {
        var run = new GeneratorHarness().AddFile($"Content/{baseName}.txt", "Title line\n\nBody").RunDocuments();

        DiagnosticAssert.Single(run, "LC1015", $"Content/{baseName}.txt", 1, 1);
        Assert.Equal("Body", DocumentClassView.Load(run, "TestApp.Content." + className).For("en").Paragraphs.Single());
    }

    [Fact]
    public void A_culture_suffix_that_is_not_BCP47_is_reported_and_the_file_is_neutral()
    {
        var run = new GeneratorHarness().AddFile("Content/News.farsi.txt", "سلام").RunDocuments();

        DiagnosticAssert.Single(run, "LC1001", "Content/News.farsi.txt", 1, 1);
        var variant = DocumentClassView.Load(run, "TestApp.Content.News_farsi").For("fa");
        Assert.Equal(("", "سلام"), (variant.CultureName, variant.Title));
    }

    [Fact]
    public void Culture_metadata_that_is_not_BCP47_is_reported_and_ignored()
    {
        var run = new GeneratorHarness()
            .AddFile("Content/News.fa.txt", "سلام", new Dictionary<string, string> { ["Culture"] = "farsi" })
            .RunDocuments();

        var diagnostic = DiagnosticAssert.Single(run, "LC1002", "Content/News.fa.txt", 1, 1);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("'farsi'", diagnostic.GetMessage());
        var variant = DocumentClassView.Load(run, "TestApp.Content.News").For("fa");
        Assert.Equal(("fa", "سلام"), (variant.CultureName, variant.Title));
    }

    [Fact]
    public void ClassName_and_Namespace_metadata_name_the_class()
    {
        var run = new GeneratorHarness()
            .AddFile("Content/a-b.fa.txt", "سلام", new Dictionary<string, string> { ["ClassName"] = "Greeting", ["Namespace"] = "My.Texts" })
            .RunDocuments();

        DiagnosticAssert.None(run);
        Assert.Equal("سلام", DocumentClassView.Load(run, "My.Texts.Greeting").For("fa").Title);
    }

    [Fact]
    public void A_class_named_like_a_subfolder_namespace_is_renamed_and_reported()
    {
        var run = new GeneratorHarness()
            .AddFile("Content/News.fa.txt", "اخبار")
            .AddFile("Content/News/Sports.fa.txt", "ورزش")
            .RunDocuments();

        DiagnosticAssert.Single(run, "LC1018", "Content/News.fa.txt", 1, 1);
        var assembly = run.CompileAndLoad();
        Assert.Equal("اخبار", new DocumentClassView(assembly.GetType("TestApp.Content.NewsDocument")!).For("fa").Title);
        Assert.Equal("ورزش", new DocumentClassView(assembly.GetType("TestApp.Content.News.Sports")!).For("fa").Title);
    }

    [Fact]
    public void Without_RootNamespace_a_file_at_the_project_root_makes_a_class_in_the_global_namespace()
    {
        var run = new GeneratorHarness().WithProperty("RootNamespace", "").AddFile("News.ar.txt", "عنوان").RunDocuments();

        DiagnosticAssert.None(run);
        Assert.Equal("عنوان", DocumentClassView.Load(run, "News").For("ar").Title);
    }
}
