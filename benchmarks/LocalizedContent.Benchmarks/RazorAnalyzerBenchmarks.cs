using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LocalizedContent.Benchmarks.Corpus;
using LocalizedContent.Benchmarks.Infrastructure;
using LocalizedContent.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Benchmarks;

/// <summary>
/// Part 3b (issue 18): Razor checks cost no more than the checks of .cs files of the same size. Two projects whose
/// authors wrote the same number of characters: Razor files (<see cref="RazorCorpus"/>: the compiler sees the Razor
/// generator's output, several times larger) and ordinary C# files (<see cref="CSharpCorpus"/>). Each is compiled with
/// and without every analyzer of LocalizedContent.Analyzers.dll, single-threaded; a third project holds the Razor files
/// texts as C# statements (cs-same-texts), as many right-to-left texts as the Razor one; the "Analyzer time" column is
/// Roslyn's per-analyzer telemetry from one more run, as in <see cref="AnalyzerBenchmarks"/>.
/// </summary>
[Config(typeof(Columns))]
[WarmupCount(0)]
public class RazorAnalyzerBenchmarks
{
    [Params("razor", "cs", "cs-same-texts")]
    public string Corpus { get; set; } = "razor";

    private static readonly Lazy<Project> Razor = new(() =>
    {
        var (trees, files, characters) = RazorCorpus.Project(Scale.RazorFilePairs);
        return new Project(trees, files, characters);
    });

    /// <summary>C# files until they hold as many characters as the Razor files.</summary>
    private static readonly Lazy<Project> CSharp = new(() =>
    {
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>();
        var characters = 0;
        for (var i = 0; characters < Razor.Value.SourceCharacters; i++)
        {
            var text = CSharpCorpus.File(i);
            characters += text.Length;
            trees.Add(CSharpSyntaxTree.ParseText(text, References.ParseOptions, path: $"/project/Features/Feature{i:D4}.cs", encoding: Encoding.UTF8));
        }
        return new Project(trees.ToImmutable(), [], characters);
    });

    /// <summary>The Razor files' own texts written in C# (<see cref="RazorCorpus.SameTextsInCSharp"/>): as many
    /// right-to-left texts as the Razor project, so the two are compared per text as well as per character.</summary>
    private static readonly Lazy<Project> SameTexts = new(() =>
    {
        var trees = RazorCorpus.SameTextsInCSharp(Scale.RazorFilePairs);
        return new Project(trees, [], trees.Sum(t => t.Length));
    });

    private Project _project = null!;
    private ImmutableArray<DiagnosticAnalyzer> _ours;

    [GlobalSetup]
    public void Setup()
    {
        _project = Corpus switch { "razor" => Razor.Value, "cs" => CSharp.Value, _ => SameTexts.Value };
        _ours = RoslynComponents.OurAnalyzers();
    }

    private CSharpCompilation NewCompilation() => CSharpCompilation.Create("RazorBench", _project.Trees, SharedFrameworks.AspNetCore,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));

    [Benchmark(Baseline = true)]
    public int Compile() => NewCompilation().GetDiagnostics().Length;

    [Benchmark]
    public int CompileWithOurAnalyzers() => WithAnalyzers(telemetry: false).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;

    private CompilationWithAnalyzers WithAnalyzers(bool telemetry) =>
        NewCompilation().WithAnalyzers(_ours, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(_project.RazorFiles), onAnalyzerException: null, concurrentAnalysis: false,
            logAnalyzerExecutionTime: telemetry, reportSuppressedDiagnostics: false));

    /// <summary>Per corpus: the analyzers' telemetry total, the compile it is compared with, and the diagnostics.</summary>
    internal static Dictionary<string, (TimeSpan Analyzers, TimeSpan Compile, int Diagnostics, int Characters)> Totals { get; } = [];

    private static string Telemetry(BenchmarkDotNet.Reports.Summary summary, string corpus)
    {
        if (!Totals.ContainsKey(corpus))
        {
            var bench = new RazorAnalyzerBenchmarks { Corpus = corpus };
            bench.Setup();
            var mean = summary.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(Compile)
                && (string)r.BenchmarkCase.Parameters["Corpus"] == corpus)?.ResultStatistics?.Mean;
            var compile = mean is { } ns ? TimeSpan.FromMilliseconds(ns / 1e6) : Time(() => bench.Compile());
            var run = bench.WithAnalyzers(telemetry: true);
            var diagnostics = run.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            var total = TimeSpan.Zero;
            foreach (var analyzer in bench._ours)
            {
                var time = run.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime;
                total += time;
                if (time.TotalMilliseconds >= 0.05)
                    ResultNotes.Add(nameof(RazorAnalyzerBenchmarks), $"{corpus}: {analyzer.GetType().Name}: {time.TotalMilliseconds:F1} ms = {Percent(time, compile)} of the compile.");
            }
            Totals[corpus] = (total, compile, diagnostics.Length, bench._project.SourceCharacters);
        }
        var (analyzers, compiled, count, characters) = Totals[corpus];
        return $"{analyzers.TotalMilliseconds:F0} ms = {Percent(analyzers, compiled)} of compile; {count} diagnostics; {characters:N0} chars written";
    }

    private static string Percent(TimeSpan part, TimeSpan whole) => (part.TotalMilliseconds / whole.TotalMilliseconds).ToString("P2", CultureInfo.InvariantCulture);

    private static TimeSpan Time(Action action)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    private sealed record Project(ImmutableArray<SyntaxTree> Trees, ImmutableArray<AdditionalText> RazorFiles, int SourceCharacters);

    private sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(new ValueColumn("Analyzer time", (summary, b) => Telemetry(summary, (string)b.Parameters["Corpus"]),
            "Sum of the analyzers' ExecutionTime (Roslyn telemetry, one more run) as a share of the corpus's Compile mean; diagnostics reported; characters the author wrote"));
    }
}
