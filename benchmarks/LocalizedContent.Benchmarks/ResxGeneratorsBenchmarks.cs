using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LocalizedContent.Benchmarks.Corpus;
using LocalizedContent.Benchmarks.Infrastructure;
using LocalizedContent.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LocalizedContent.Benchmarks;

/// <summary>
/// Part 1b (issue 20): our message generator next to the one a user would otherwise pick, Microsoft's
/// ResxSourceGenerator, on the same .resx files (the benchmark corpus's 10 classes × neutral, ar, fa), each in a new
/// driver as in a clean build. Microsoft's generator writes one ResourceManager accessor class per neutral file (the
/// culture files carry WithCulture=true, as MSBuild sets it) and reads the texts at run time; ours compiles every
/// culture's text. "+ parse" rows also parse the generated C# into syntax trees, which every compile pays and the
/// driver alone does not.
/// </summary>
[Config(typeof(Columns))]
[MemoryDiagnoser]
public class ResxGeneratorsBenchmarks
{
    private ImmutableArray<AdditionalText> _files;
    private CSharpCompilation _compilation = null!;
    private TestAnalyzerConfigOptionsProvider _ours = null!;
    private TestAnalyzerConfigOptionsProvider _microsofts = null!;
    private ISourceGenerator _messages = null!;
    private ISourceGenerator _resxSourceGenerator = null!;

    [GlobalSetup]
    public void Setup()
    {
        var resx = ContentCorpus.Shared.Resx;
        _files = resx.Select(f => (AdditionalText)InMemoryAdditionalText.FromBytes(f.Path, f.Bytes)).ToImmutableArray();
        _compilation = References.Compilation("BenchApp", [CSharpSyntaxTree.ParseText("namespace BenchApp; public static class Program { public static void Main() { } }", References.ParseOptions, path: BenchmarkProject.ProjectDirectory + "/Program.cs")]);
        _ours = BenchmarkProject.Options(resx.Select(f => f.Path));
        // What MSBuild gives Microsoft's generator for Resources/Section0.resx, Section0.ar.resx…: the folder, and
        // WithCulture on the culture files; EmitFormatMethods for the typed Format methods (ours has them always).
        var global = new Dictionary<string, string> { ["build_property.RootNamespace"] = BenchmarkProject.RootNamespace };
        var perFile = resx.ToDictionary(f => f.Path, f => new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.RelativeDir"] = "Resources/",
            ["build_metadata.AdditionalFiles.WithCulture"] = Path.GetFileNameWithoutExtension(f.Path).Contains('.') ? "true" : "false",
            ["build_metadata.AdditionalFiles.EmitFormatMethods"] = "true",
        });
        _microsofts = new TestAnalyzerConfigOptionsProvider(global, perFile);
        _messages = RoslynComponents.Generators().Single(g => g.GetGeneratorType().Name.Contains("Message", StringComparison.Ordinal));
        _resxSourceGenerator = RoslynComponents.ResxSourceGenerator();
    }

    [Benchmark(Baseline = true)]
    public int ResxSourceGenerator() => Run(_resxSourceGenerator, _microsofts, parse: false);

    [Benchmark]
    public int ResxSourceGeneratorPlusParse() => Run(_resxSourceGenerator, _microsofts, parse: true);

    [Benchmark]
    public int MessageGenerator() => Run(_messages, _ours, parse: false);

    [Benchmark]
    public int MessageGeneratorPlusParse() => Run(_messages, _ours, parse: true);

    /// <summary>A consumer below C# 8 (netstandard2.0 and .NET Framework projects default to C# 7.3): the generator
    /// writes code for that version directly (no nullable annotations), so this row should equal the one above.</summary>
    [Benchmark]
    public int MessageGeneratorCSharp73PlusParse() => Run(_messages, _ours, parse: true, References.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp7_3));

    private static readonly Dictionary<string, (int Files, long Chars)> Outputs = [];

    /// <summary>`-- --messages-loop`: our message generator in a new driver over this corpus, again and again for a
    /// minute (attach a profiler); prints the median run, to compare two commits at the same load.</summary>
    public static void Loop()
    {
        var bench = new ResxGeneratorsBenchmarks();
        bench.Setup();
        var runs = new List<double>();
        var until = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < until)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            bench.MessageGenerator();
            runs.Add(watch.Elapsed.TotalMilliseconds);
        }
        runs = [.. runs.Skip(1).Order()];
        Console.WriteLine($"{runs.Count} runs: median {runs[runs.Count / 2]:F0} ms, fastest {runs[0]:F0} ms");
    }

    /// <summary>`-- --messages-output DIR`: writes what our message generator produces for this corpus into DIR, to
    /// read or to measure by section.</summary>
    public static void WriteOutput(string directory)
    {
        var bench = new ResxGeneratorsBenchmarks();
        bench.Setup();
        GeneratorDriver driver = CSharpGeneratorDriver.Create([bench._messages], bench._files, References.ParseOptions, bench._ours);
        Directory.CreateDirectory(directory);
        foreach (var source in driver.RunGenerators(bench._compilation).GetRunResult().Results.SelectMany(r => r.GeneratedSources))
        {
            File.WriteAllText(Path.Combine(directory, source.HintName), source.SourceText.ToString());
        }
    }

    private int Run(ISourceGenerator generator, TestAnalyzerConfigOptionsProvider options, bool parse, CSharpParseOptions? parseOptions = null)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create([generator], _files, parseOptions ?? References.ParseOptions, options);
        var result = driver.RunGenerators(_compilation).GetRunResult();
        var nodes = result.GeneratedTrees.Length;
        // The compile parses every generated tree; the driver leaves that to it.
        if (parse) foreach (var tree in result.GeneratedTrees) nodes += tree.GetRoot().FullSpan.Length > 0 ? 1 : 0;
        Outputs[generator.GetGeneratorType().Name] = (result.GeneratedTrees.Length, result.Results.Sum(r => r.GeneratedSources.Sum(s => (long)s.SourceText.Length)));
        var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error) + result.Results.Count(r => r.Exception is not null);
        if (errors > 0) throw new InvalidOperationException($"{generator.GetGeneratorType().Name}: {errors} errors: {string.Join("; ", result.Diagnostics.Take(3))}");
        return nodes;
    }

    private sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(new ValueColumn("Output", (_, b) =>
            {
                var ours = !b.Descriptor.WorkloadMethod.Name.StartsWith("Resx", StringComparison.Ordinal);
                var entry = Outputs.FirstOrDefault(o => o.Key.Contains("Message", StringComparison.Ordinal) == ours);
                var input = ContentCorpus.Shared.Resx.Sum(f => (long)f.Bytes.Length);
                return entry.Key is null ? "" : $"{entry.Value.Files} files, {entry.Value.Chars / 1e6:F2} M chars ({entry.Value.Chars / (double)input:F2}× the .resx bytes)";
            },
            "C# produced by one invocation, and its size against the .resx files' bytes"));
    }
}
