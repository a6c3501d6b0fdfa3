using LocalizedContent.Generator.Tests.Infrastructure;

namespace LocalizedContent.Generator.Tests.Documents;

/// <summary>LC1004: two files for the same class and culture; the first by path is kept.</summary>
public class DuplicateDocumentTests
{
    [Fact]
    public void Two_files_for_one_class_and_culture_report_the_second()
    {
        var run = new GeneratorHarness()
            .AddFile("Content/News.fa.txt", "اول")
            .AddFile("Content/Other.fa.txt", "دوم", new Dictionary<string, string> { ["ClassName"] = "News" })
            .RunDocuments();

        DiagnosticAssert.Single(run, "LC1004", "Content/Other.fa.txt", 1, 1);
        Assert.Equal("اول", DocumentClassView.Load(run, "TestApp.Content.News").For("fa").Title);
    }

    [Fact]
    public void Culture_suffixes_that_differ_only_in_case_are_the_same_culture()
    {
        var run = new GeneratorHarness()
            .AddFile("Content/News.fa-IR.txt", "اول")
            .AddFile("Content/News.fa-ir.txt", "دوم")
            .RunDocuments();

        DiagnosticAssert.Single(run, "LC1004", "Content/News.fa-ir.txt", 1, 1);
        Assert.Equal(["fa-IR"], DocumentClassView.Load(run, "TestApp.Content.News").Cultures);
    }

    [Fact]
    public void Class_names_that_differ_only_in_case_are_two_classes_in_two_generated_files()
    {
        var run = new GeneratorHarness()
            .AddFile("Content/News.txt", "one")
            .AddFile("Content/news.txt", "two")
            .RunDocuments();

        DiagnosticAssert.None(run);
        Assert.Equal(2, run.GeneratedSources.Count);
        var assembly = run.CompileAndLoad();
        Assert.Equal("one", new DocumentClassView(assembly.GetType("TestApp.Content.News")!).For("en").Title);
        Assert.Equal("two", new DocumentClassView(assembly.GetType("TestApp.Content.news")!).For("en").Title);
    }
}
