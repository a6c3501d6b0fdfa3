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
using static LocalizedContent.Benchmarks.Infrastructure.TelemetryRuns;

namespace LocalizedContent.Benchmarks;

/// <summary>
/// Part 3b (issue 18): Razor checks cost no more than the checks of .cs files of the same size. Two projects whose
/// authors wrote the same number of characters: Razor files (<see cref="RazorCorpus"/>: the compiler sees the Razor
/// generator's output, several times larger) and ordinary C# files (<see cref="CSharpCorpus"/>). Each is compiled with
/// and without every analyzer of LocalizedContent.Analyzers.dll, single-threaded; a third project holds the Razor files
/// texts as C# statements (cs-same-texts), as many right-to-left texts as the Razor one, and a fourth the Razor pages
/// without right-to-left text (razor-latin); the "Analyzer time" column is
/// Roslyn's per-analyzer telemetry from one more run, as in <see cref="AnalyzerBenchmarks"/>.
/// </summary>
[Config(typeof(Columns))]
[WarmupCount(0)]
public class RazorAnalyzerBenchmarks
{
    [Params("razor", "razor-latin", "cs", "cs-same-texts")]
    public string Corpus { get; set; } = "razor";

    private static readonly Lazy<Project> Razor = new(() =>
    {
        var (trees, files, characters) = RazorCorpus.Project(Scale.RazorFilePairs, RazorCorpus.LatinLetters);
        return new Project(trees, files, characters);
    });

    /// <summary>The same pages without right-to-left text (every such letter written as x): what the Razor checks cost
    /// where they have nothing to report, beside the .cs files of the same size.</summary>
    private static readonly Lazy<Project> RazorLatin = new(() =>
    {
        var (trees, files, characters) = RazorCorpus.Project(Scale.RazorFilePairs, latin: true);
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
        _project = Corpus switch { "razor" => Razor.Value, "razor-latin" => RazorLatin.Value, "cs" => CSharp.Value, _ => SameTexts.Value };
        _ours = RoslynComponents.OurAnalyzers();
    }

    private CSharpCompilation NewCompilation() => CSharpCompilation.Create("RazorBench", _project.Trees, SharedFrameworks.AspNetCore,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));

    [Benchmark(Baseline = true)]
    public int Compile() => NewCompilation().GetDiagnostics().Length;

    [Benchmark]
    public int CompileWithOurAnalyzers() => WithAnalyzers(telemetry: false).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;

    /// <summary>Profiling aid: as a build, which parses every file anew (nothing kept per tree from the last run).</summary>
    internal int CompileWithOurAnalyzersOnFreshTrees()
    {
        _project = _project with { Trees = References.Reparsed(_project.Trees) };
        return CompileWithOurAnalyzers();
    }

    private CompilationWithAnalyzers WithAnalyzers(bool telemetry) =>
        NewCompilation().WithAnalyzers(_ours, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(_project.RazorFiles), onAnalyzerException: null, concurrentAnalysis: false,
            logAnalyzerExecutionTime: telemetry, reportSuppressedDiagnostics: false));

    /// <summary>Per corpus: the analyzers' telemetry total, the compile it is compared with, and the diagnostics.</summary>
    internal static Dictionary<string, (TimeSpan Analyzers, TimeSpan Compile, int Diagnostics, int Characters, TimeSpan Cpu)> Totals { get; } = [];

    /// <summary>Runs of <see cref="CpuTimedAnalyzer"/> per corpus in the results (the least is kept).</summary>
    private const int CpuRounds = 5;

    private static string Telemetry(BenchmarkDotNet.Reports.Summary summary, string corpus)
    {
        if (!Totals.ContainsKey(corpus))
        {
            var bench = new RazorAnalyzerBenchmarks { Corpus = corpus };
            bench.Setup();
            bench._project = bench._project with { Trees = References.Reparsed(bench._project.Trees) }; // as a build: nothing kept per tree
            var mean = summary.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(Compile)
                && (string)r.BenchmarkCase.Parameters["Corpus"] == corpus)?.ResultStatistics?.Mean;
            var compile = mean is { } ns ? TimeSpan.FromMilliseconds(ns / 1e6) : Time(() => bench.Compile());
            var (median, runs, warmups) = TelemetryRuns.Measure(bench._ours,
                () => bench._project = bench._project with { Trees = References.Reparsed(bench._project.Trees) },
                () => bench.WithAnalyzers(telemetry: true));
            var (total, diagnostics) = (median.Total, median.Diagnostics);
            for (var i = 0; i < bench._ours.Length; i++)
                if (median.Times[i].TotalMilliseconds >= 0.05)
                    ResultNotes.Add(nameof(RazorAnalyzerBenchmarks), $"{corpus}: {bench._ours[i].GetType().Name}: {median.Times[i].TotalMilliseconds:F1} ms = {Percent(median.Times[i], compile)} of the compile.");
            ResultNotes.Add(nameof(RazorAnalyzerBenchmarks), $"{corpus}: by telemetry, {TelemetryRuns.Describe(runs, warmups)}.");
            var all = bench._ours;
            var cpu = CpuTimedAnalyzer.Print(all, CpuRounds, timed =>
            {
                bench._project = bench._project with { Trees = References.Reparsed(bench._project.Trees) };
                bench._ours = timed;
                bench.WithAnalyzers(telemetry: false).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
                bench._ours = all;
            }, corpus + ": ");
            Totals[corpus] = (total, compile, diagnostics, bench._project.SourceCharacters, cpu);
        }
        var (analyzers, compiled, count, characters, processor) = Totals[corpus];
        return $"{analyzers.TotalMilliseconds:F0} ms = {Percent(analyzers, compiled)} of compile; processor {processor.TotalMilliseconds:F0} ms; {count} diagnostics; {characters:N0} chars written";
    }

    /// <summary>Profiling aid (<c>-- --razor-cost</c>): per corpus, the least CPU time of four single-threaded compiles
    /// alone, with every analyzer, with every analyzer but the Razor one, and with those and a semantic model action that
    /// does nothing on generated trees (what Roslyn's driver costs for any such analyzer), and one run's telemetry per
    /// analyzer (the least of five runs, or <c>--rounds N</c>, and the medians of their later half, each on
    /// freshly parsed trees). Wall-clock differences, as a second view beside telemetry (which charges shared binding to
    /// whichever analyzer asks first). <c>-- --razor-cost telemetry</c>: the telemetry alone.</summary>
    internal static TimeSpan LaterMedian(List<TimeSpan> rounds) => rounds.Skip(rounds.Count / 2).Order().ElementAt((rounds.Count - rounds.Count / 2) / 2);

    /// <summary>Each analyzer's least time of its runs (0.5 ms or more), then every run's, the costliest first.</summary>
    internal static void PrintEachAnalyzer(Dictionary<DiagnosticAnalyzer, List<TimeSpan>> times, string indent)
    {
        foreach (var (analyzer, list) in times.OrderByDescending(p => p.Value.Min()))
            if (list.Min().TotalMilliseconds >= 0.5)
                Console.WriteLine($"{indent}{analyzer.GetType().Name}: {list.Min().TotalMilliseconds:F1} ms ({string.Join(", ", list.Select(t => t.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture)))})");
    }

    internal static void PrintCosts(bool telemetryOnly, int rounds = 5)
    {
        foreach (var corpus in new[] { "razor", "cs-same-texts" })
        {
            var bench = new RazorAnalyzerBenchmarks { Corpus = corpus };
            bench.Setup();
            var all = bench._ours;
            var withoutRazor = all.Where(a => a.GetType().Name != "RazorTextAnalyzer").ToImmutableArray();
            var noOp = withoutRazor.Add(new NoOpSemanticModelAnalyzer());
            double compile = double.MaxValue, withAll = double.MaxValue, withoutRazorTime = double.MaxValue, noOpTime = double.MaxValue;
            for (var round = 0; round < (telemetryOnly ? 0 : 4); round++)
            {
                compile = Math.Min(compile, CpuTime(() => bench.Compile()));
                bench._ours = all;
                withAll = Math.Min(withAll, CpuTime(() => bench.CompileWithOurAnalyzers()));
                bench._ours = withoutRazor;
                withoutRazorTime = Math.Min(withoutRazorTime, CpuTime(() => bench.CompileWithOurAnalyzers()));
                bench._ours = noOp;
                noOpTime = Math.Min(noOpTime, CpuTime(() => bench.CompileWithOurAnalyzers()));
                bench._ours = all;
            }
            if (telemetryOnly) Console.WriteLine(corpus + ":");
            else Console.WriteLine($"{corpus}: compile {compile:F0} ms, + all analyzers {withAll:F0} ms (+{withAll - compile:F0}), + all but Razor {withoutRazorTime:F0} ms (+{withoutRazorTime - compile:F0}), + all but Razor + a no-op semantic model action on generated code {noOpTime:F0} ms (+{noOpTime - compile:F0}) (CPU time)");
            var times = all.ToDictionary(a => a, _ => new List<TimeSpan>());
            var diagnostics = 0;
            for (var round = 0; round < rounds; round++)
            {
                bench._project = bench._project with { Trees = References.Reparsed(bench._project.Trees) }; // as a build: nothing kept per tree
                var run = bench.WithAnalyzers(telemetry: true);
                diagnostics = run.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
                foreach (var analyzer in all)
                    times[analyzer].Add(run.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime);
            }
            // The least: on a shared machine other work only adds time. The median of the later half: the first rounds
            // also pay for jitting the analyzers (a compiler server, which builds again and again, pays it once).
            var total = TimeSpan.FromTicks(times.Values.Sum(t => t.Min().Ticks));
            Console.WriteLine($"  telemetry, each analyzer's least of {rounds} runs on fresh trees: {total.TotalMilliseconds:F1} ms; {diagnostics} diagnostics; " +
                $"the sum of the medians of the later {rounds - rounds / 2}: {TimeSpan.FromTicks(times.Values.Sum(t => LaterMedian(t).Ticks)).TotalMilliseconds:F1} ms");
            PrintEachAnalyzer(times, "  ");
            CpuTimedAnalyzer.Print(all, rounds, timed =>
            {
                bench._project = bench._project with { Trees = References.Reparsed(bench._project.Trees) };
                bench._ours = timed;
                bench.WithAnalyzers(telemetry: false).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
                bench._ours = all;
            }, "  ");
        }
    }

#pragma warning disable RS1001, RS1025, RS1026, RS1036, RS1038, RS1041, RS2008 // a benchmark probe, not a shipped analyzer
    private sealed class NoOpSemanticModelAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [new DiagnosticDescriptor("X0001", "x", "x", "x", DiagnosticSeverity.Warning, true)];
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterSemanticModelAction(_ => { });
        }
    }
#pragma warning restore RS1001, RS1025, RS1026, RS1036, RS1038, RS1041, RS2008


    /// <summary>The process's CPU time for <paramref name="action"/> (less disturbed than wall-clock on a busy machine).</summary>
    private static double CpuTime(Action action)
    {
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        action();
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMilliseconds;
    }

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
            "Sum of the analyzers' ExecutionTime (Roslyn telemetry, the median of five more runs) as a share of the corpus's Compile mean; their callbacks' processor time (least of five runs, CpuTimedAnalyzer); diagnostics reported; characters the author wrote"));
    }
}
