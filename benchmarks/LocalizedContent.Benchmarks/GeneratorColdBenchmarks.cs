using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LocalizedContent.Benchmarks.Corpus;
using LocalizedContent.Benchmarks.Infrastructure;
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
        _corpus = ContentCorpus.Create();
        _options = new TestAnalyzerConfigOptionsProvider(_corpus.All.Select(f => f.Path));
        _compilation = References.Compilation("BenchApp", [CSharpSyntaxTree.ParseText("namespace BenchApp; public static class Program { public static void Main() { } }", References.ParseOptions, path: TestAnalyzerConfigOptionsProvider.ProjectDirectory + "/Program.cs")]);
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
            source.Append("public const string Text = \"");
            foreach (var c in text)
            {
                switch (c)
                {
                    case '"': source.Append("\\\""); break;
                    case '\\': source.Append("\\\\"); break;
                    case '\n': source.Append("\\n"); break;
                    case '\r': source.Append("\\r"); break;
                    case '\t': source.Append("\\t"); break;
                    default:
                        if (char.IsControl(c)) source.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                        else source.Append(c);
                        break;
                }
            }
            source.Append("\";\n");
            total += source.ToString().Length;
        }
        return total;
    }

    /// <summary>What a clean build does: a new driver, new additional files (decoded on first read), one run.</summary>
    [Benchmark]
    public int Generator() => Run(trackSteps: false).GetRunResult().GeneratedTrees.Length;

    private GeneratorDriver Run(bool trackSteps)
    {
        var files = _corpus.All.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Bytes)).ToImmutableArray();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(_generators, files, References.ParseOptions, _options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackSteps));
        return driver.RunGenerators(_compilation);
    }

    /// <summary>How much C# each row produced: the floor's escaped text, or the generators' sources (counted once, untimed).</summary>
    private static readonly Lazy<(int Files, long Chars, string Errors)> GeneratedSize = new(() =>
    {
        var bench = new GeneratorColdBenchmarks();
        bench.Setup();
        var result = bench.Run(trackSteps: false).GetRunResult();
        var errors = string.Join("; ", result.Results.Where(r => r.Exception is not null).Select(r => r.Generator.GetGeneratorType().Name + " threw " + r.Exception!.GetType().Name + ": " + r.Exception.Message));
        return (result.GeneratedTrees.Length, result.Results.SelectMany(r => r.GeneratedSources).Sum(s => (long)s.SourceText.Length), errors);
    });

    private static readonly Lazy<long> FloorSize = new(() =>
    {
        var bench = new GeneratorColdBenchmarks();
        bench.Setup();
        return bench.Floor();
    });

    private sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(new ValueColumn("Output", b => b.Descriptor.WorkloadMethod.Name == nameof(Floor)
            ? $"{FloorSize.Value / 1e6:F1} M chars"
            : $"{GeneratedSize.Value.Files} files, {GeneratedSize.Value.Chars / 1e6:F1} M chars{(GeneratedSize.Value.Errors.Length > 0 ? " (" + GeneratedSize.Value.Errors + ")" : "")}",
            "C# text produced by one invocation (the floor's escaped literals, or all generated sources)"));
    }
}
