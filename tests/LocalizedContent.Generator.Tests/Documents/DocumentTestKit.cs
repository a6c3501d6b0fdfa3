using System.Globalization;
using System.Reflection;
using LocalizedContent.Generator.Documents;
using LocalizedContent.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace LocalizedContent.Generator.Tests.Documents;

/// <summary>Shared helpers for the document tests: the seeds, running the generator, reading generated classes.</summary>
public static class DocumentTestKit
{
    /// <summary>The seed files of the NewsReader sample, byte for byte.</summary>
    public static byte[] SeedBytes(string fileName) =>
        File.ReadAllBytes(Repository.PathOf("samples", "NewsReader", "Content", fileName));

    /// <summary>A harness with both seeds as Content/WeChatNews.{ar,fa}.txt, read as the compiler reads them.</summary>
    public static GeneratorHarness WithSeeds(this GeneratorHarness harness) => harness
        .AddFile(InMemoryAdditionalText.FromBytes(GeneratorHarness.PathOf("Content/WeChatNews.ar.txt"), SeedBytes("WeChatNews.ar.txt")))
        .AddFile(InMemoryAdditionalText.FromBytes(GeneratorHarness.PathOf("Content/WeChatNews.fa.txt"), SeedBytes("WeChatNews.fa.txt")));

    public static GeneratorRun RunDocuments(this GeneratorHarness harness) => harness.Run(new DocumentGenerator());

    /// <summary>The document rules written out plainly (not the generator's code): what a reader of the README
    /// expects Text, Title and Paragraphs to be for a file's text without front matter.</summary>
    public static (string Text, string Title, List<string> Paragraphs) Expected(string fileText)
    {
        var text = fileText.StartsWith('\uFEFF') ? fileText[1..] : fileText;
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var lines = text.Split('\n');
        var i = 0;
        while (i < lines.Length && string.IsNullOrWhiteSpace(lines[i])) i++;
        var title = i < lines.Length ? lines[i].Trim() : "";
        var paragraphs = new List<string>();
        var block = new List<string>();
        for (i++; i <= lines.Length; i++)
        {
            if (i == lines.Length || string.IsNullOrWhiteSpace(lines[i]))
            {
                if (block.Count > 0) paragraphs.Add(string.Join("\n", block));
                block.Clear();
            }
            else
            {
                block.Add(lines[i]);
            }
        }
        return (text, title, paragraphs);
    }
}

/// <summary>A generated Variant object read by reflection (the generated class lives in a loaded assembly).</summary>
public sealed record VariantView(string CultureName, string Language, bool IsRightToLeft, string Direction, string Title, IReadOnlyList<string> Paragraphs, string Text)
{
    public static VariantView Of(object variant)
    {
        var type = variant.GetType();
        T Get<T>(string name) => (T)type.GetProperty(name)!.GetValue(variant)!;
        return new VariantView(Get<string>("CultureName"), Get<string>("Language"), Get<bool>("IsRightToLeft"), Get<string>("Direction"),
            Get<string>("Title"), Get<IReadOnlyList<string>>("Paragraphs"), Get<string>("Text"));
    }
}

/// <summary>A generated document class, called by reflection.</summary>
public sealed class DocumentClassView(Type type)
{
    public static DocumentClassView Load(GeneratorRun run, string fullName) =>
        new(run.CompileAndLoad().GetType(fullName) ?? throw new InvalidOperationException(fullName + " was not generated"));

    public Type Type { get; } = type;

    public VariantView For(string culture) =>
        VariantView.Of(Type.GetMethod("For", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [new CultureInfo(culture)])!);

    public IReadOnlyList<string> Cultures => (IReadOnlyList<string>)Type.GetProperty("Cultures")!.GetValue(null)!;

    public IReadOnlyList<VariantView> Variants =>
        ((System.Collections.IEnumerable)Type.GetProperty("Variants")!.GetValue(null)!).Cast<object>().Select(VariantView.Of).ToList();

    /// <summary>A static member read while CurrentUICulture is <paramref name="culture"/>.</summary>
    public T Static<T>(string name, string culture)
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            return (T)Type.GetProperty(name)!.GetValue(null)!;
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}

/// <summary>Diagnostic assertions by ID, file and 1-based line and column (what an IDE shows).</summary>
public static class DiagnosticAssert
{
    public static Diagnostic Single(GeneratorRun run, string id, string relativePath, int line, int column)
    {
        var found = run.GeneratorDiagnostics.Where(d => d.Id == id).ToList();
        var diagnostic = Assert.Single(found);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(GeneratorHarness.PathOf(relativePath), span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        return diagnostic;
    }

    public static void None(GeneratorRun run) => Assert.Empty(run.GeneratorDiagnostics);
}
