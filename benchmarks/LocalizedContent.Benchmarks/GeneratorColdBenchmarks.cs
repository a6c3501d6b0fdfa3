using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LocalizedContent.Benchmarks.Corpus;
using LocalizedContent.Benchmarks.Infrastructure;
using LocalizedContent.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LocalizedContent.Benchmarks;

/// <summary>
/// Part 1: a clean build's generator cost. Every [Generator] in LocalizedContent.Generator.dll runs once through a
/// new CSharpGeneratorDriver over 200 documents (10 MB) and 10,000 .resx keys × 3 cultures. The baseline is the
/// floor any generator of this kind pays: decode the same bytes and write the same amount of escaped C# text.
/// </summary>
[Config(typeof(Columns))]
[MemoryDiagnoser]
public class GeneratorColdBenchmarks
{
    private ContentCorpus _corpus = null!;
    private CSharpCompilation _compilation = null!;
    private TestAnalyzerConfigOptionsProvider _options = null!;
    private ImmutableArray<ISourceGenerator> _generators;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = ContentCorpus.Shared;
        _options = BenchmarkProject.Options(_corpus.All.Select(f => f.Path));
        _compilation = References.Compilation("BenchApp", [CSharpSyntaxTree.ParseText("namespace BenchApp; public static class Program { public static void Main() { } }", References.ParseOptions, path: BenchmarkProject.ProjectDirectory + "/Program.cs")]);
        _generators = RoslynComponents.Generators();
        ResultNotes.Add(nameof(GeneratorColdBenchmarks),
            $"Input: {Scale.Documents} documents and {Scale.ResxKeys:N0} keys × 3 cultures in {_corpus.Resx.Length} .resx files, {_corpus.TotalBytes / 1024.0 / 1024.0:F1} MB in all. " +
            $"Generators found: {(_generators.IsEmpty ? "none (the generator DLL has no [Generator] yet: the Generator row measures the driver alone)" : string.Join(", ", RoslynComponents.GeneratorNames))}.");
    }

    /// <summary>Decode every file and escape it into C# string literal text: the least work that turns these bytes into source.</summary>
    [Benchmark(Baseline = true)]
    public int Floor()
    {
        var total = 0;
        foreach (var file in _corpus.All)
        {
            var text = Encoding.UTF8.GetString(file.Bytes);
            var source = new StringBuilder(text.Length + text.Length / 8 + 64);
            CSharpStringLiteral.Append(source.Append("public const string Text = "), text).Append(";\n");
            total += source.ToString().Length;
        }
        FloorChars = total;
        return total;
    }

    /// <summary>What a clean build does: a new driver, new additional files (decoded on first read), one run.</summary>
    [Benchmark]
    public int Generator()
    {
        var driver = Run(trackSteps: false);
        var result = driver.GetRunResult();
        // Roslyn's own split of the time between the generators (documents, messages), for the notes.
        GeneratorTimes = string.Join(", ", driver.GetTimingInfo().GeneratorTimes.Select(t => $"{t.Generator.GetGeneratorType().Name} {t.ElapsedTime.TotalMilliseconds:F0} ms"));
        GeneratorOutputs = string.Join(", ", result.Results.Select(r => $"{r.Generator.GetGeneratorType().Name} {r.GeneratedSources.Length} files, {r.GeneratedSources.Sum(s => (long)s.SourceText.Length) / 1e6:F1} M chars"));
        // Recorded for the Output column (a sum over ~100 lengths: noise next to the run).
        GeneratedOutput = (result.GeneratedTrees.Length, result.Results.Sum(r => r.GeneratedSources.Sum(s => (long)s.SourceText.Length)),
            string.Join("; ", result.Results.Where(r => r.Exception is not null).Select(r => r.Generator.GetGeneratorType().Name + " threw " + r.Exception!.GetType().Name + ": " + r.Exception.Message)));
        return result.GeneratedTrees.Length;
    }

    private static long FloorChars;
    private static string GeneratorTimes = "";
    private static string GeneratorOutputs = "";
    private static (int Files, long Chars, string Errors) GeneratedOutput;

    private ImmutableArray<Microsoft.CodeAnalysis.Text.SourceText> _generatedSources;

    [GlobalSetup(Target = nameof(ParseGeneratedCode))]
    public void SetupParse()
    {
        Setup();
        _generatedSources = Run(trackSteps: false).GetRunResult().Results.SelectMany(r => r.GeneratedSources).Select(s => s.SourceText).ToImmutableArray();
    }

    /// <summary>
    /// Not a generator cost and not in the Generator row: the driver hands out the generated text, and the compile
    /// parses every generated file into a syntax tree. This row parses the same generated text alone: what a clean
    /// compile pays on top of the Generator row (which only emitting less text reduces).
    /// </summary>
    [Benchmark]
    public int ParseGeneratedCode()
    {
        var nodes = 0;
        foreach (var source in _generatedSources) nodes += CSharpSyntaxTree.ParseText(source, References.ParseOptions).GetRoot().FullSpan.Length;
        return nodes;
    }

    private GeneratorDriver Run(bool trackSteps)
    {
        var files = _corpus.All.Select(f => (AdditionalText)InMemoryAdditionalText.FromBytes(f.Path, f.Bytes)).ToImmutableArray();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(_generators, files, References.ParseOptions, _options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackSteps));
        return driver.RunGenerators(_compilation);
    }

    [GlobalCleanup(Target = nameof(Generator))]
    public void Cleanup()
    {
        if (GeneratorTimes.Length > 0) ResultNotes.Add(nameof(GeneratorColdBenchmarks), $"Per generator in the last invocation (GeneratorDriver.GetTimingInfo): {GeneratorTimes}.");
        ResultNotes.Add(nameof(GeneratorColdBenchmarks), $"Output of the last invocation: {GeneratedOutput.Files} generated files, {GeneratedOutput.Chars / 1e6:F1} M chars ({GeneratorOutputs}), vs {FloorChars / 1e6:F1} M chars of escaped text for the floor.");
    }

    private sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(new ValueColumn("Output", (_, b) => b.Descriptor.WorkloadMethod.Name == nameof(Floor)
            ? $"{FloorChars / 1e6:F1} M chars"
            : b.Descriptor.WorkloadMethod.Name == nameof(ParseGeneratedCode) ? "(parses the Generator output)"
            : $"{GeneratedOutput.Files} files, {GeneratedOutput.Chars / 1e6:F1} M chars{(GeneratedOutput.Errors.Length > 0 ? " (" + GeneratedOutput.Errors + ")" : "")}",
            "C# text produced by one invocation (the floor's escaped literals, or all generated sources)"));
    }
}
