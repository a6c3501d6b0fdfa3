using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using LocalizedContent.Benchmarks.Corpus;
using LocalizedContent.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using static LocalizedContent.Benchmarks.Infrastructure.TelemetryRuns;

namespace LocalizedContent.Benchmarks;

/// <summary>
/// Part 3: what our analyzers add to a build. A 2,000-file project (~20 literals per file, one in ten RTL) is
/// compiled (binding and all compiler diagnostics: Compilation.GetDiagnostics) without analyzers, with every
/// analyzer in LocalizedContent.Analyzers.dll, and with CA1303 (the analyzer a user would otherwise pick for
/// "literals that should be localized"; off by default, so enabled explicitly). Each invocation builds a new
/// Compilation over the same parsed trees, so binding is never cached between invocations. Single-threaded
/// (concurrentBuild and concurrentAnalysis off) for stable ratios on a shared 2-core machine.
/// The "Analyzer time" column is Roslyn's own per-analyzer telemetry (logAnalyzerExecutionTime) from separate
/// runs (the median of five), as a share of the compile-only time: less noisy than the difference of two multi-second means.
/// </summary>
[Config(typeof(Columns))]
// Each invocation is seconds long: BenchmarkDotNet's jitting invocation already warms everything, so no separate
// warm-up iterations (this keeps the full run under 10 minutes; the three measured iterations stay).
[WarmupCount(0)]
public class AnalyzerBenchmarks
{
    private ImmutableArray<SyntaxTree> _trees;
    private ImmutableArray<DiagnosticAnalyzer> _ours;
    private ImmutableArray<DiagnosticAnalyzer> _ca1303;
    private static readonly ImmutableDictionary<string, ReportDiagnostic> EnableCa1303 =
        ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("CA1303", ReportDiagnostic.Warn);

    // Parsed once per process and shared by the cases: parsing is not what is compared.
    private static readonly Lazy<ImmutableArray<SyntaxTree>> Trees = new(() => Enumerable.Range(0, Scale.AnalyzerFiles)
        .Select(i => CSharpSyntaxTree.ParseText(CSharpCorpus.File(i), References.ParseOptions, path: $"/project/Features/Feature{i:D4}.cs", encoding: Encoding.UTF8))
        .ToImmutableArray());

    [GlobalSetup]
    public void Setup()
    {
        _trees = Trees.Value;
        _ours = RoslynComponents.OurAnalyzers();
        _ca1303 = [RoslynComponents.NetAnalyzer("CA1303")];
    }

    private CSharpCompilation NewCompilation() => References.Compilation("BenchApp", _trees, EnableCa1303);

    [Benchmark(Baseline = true)]
    public int Compile() => NewCompilation().GetDiagnostics().Length;

    /// <summary>
    /// The analyzer driver's own cost, which any analyzer brings (and which a real build already pays for the SDK's
    /// default analyzers): one analyzer whose action on every string literal does nothing. Our analyzers' marginal
    /// cost is the difference between this row and the next.
    /// </summary>
    [Benchmark]
    public int CompileWithNoOpAnalyzer() => CompileWith([new NoOpAnalyzer()]);

    [Benchmark]
    public int CompileWithOurAnalyzers() => CompileWith(_ours);

    [Benchmark]
    public int CompileWithCA1303() => CompileWith(_ca1303);

    /// <summary>Compiler and analyzer diagnostics together, as a build gets them. With no analyzer (a branch where
    /// LocalizedContent.Analyzers.dll has none yet) this is the plain compile, and the notes say so.</summary>
    private int CompileWith(ImmutableArray<DiagnosticAnalyzer> analyzers) => analyzers.IsEmpty
        ? Compile()
        : WithAnalyzers(analyzers, telemetry: false).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;

    private CompilationWithAnalyzers WithAnalyzers(ImmutableArray<DiagnosticAnalyzer> analyzers, bool telemetry) =>
        NewCompilation().WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false,
            logAnalyzerExecutionTime: telemetry, reportSuppressedDiagnostics: false));

    /// <summary>
    /// Untimed by BenchmarkDotNet: each analyzer's execution time from Roslyn's telemetry in five more runs, the median shown (everything is
    /// jitted by then), against the Compile row's mean (or one timed compile if that row did not run), plus the
    /// diagnostics each configuration reports (to show the analyzers did work).
    /// </summary>
    private static Dictionary<string, string>? _telemetry;

    /// <summary>Telemetry totals (analyzer execution time per configuration, and the compile time they are compared with), for the targets.</summary>
    internal static Dictionary<string, TimeSpan> TelemetryTotals { get; } = [];

    private static Dictionary<string, string> Telemetry(Summary summary)
    {
        if (_telemetry is not null) return _telemetry;
        var bench = new AnalyzerBenchmarks();
        bench.Setup();
        bench._trees = References.Reparsed(bench._trees); // as a build: no scan kept from the benchmark's runs
        var mean = summary.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(Compile))?.ResultStatistics?.Mean;
        var compile = mean is { } ns ? TimeSpan.FromMilliseconds(ns / 1e6) : Time(() => bench.Compile());
        TelemetryTotals[nameof(Compile)] = compile;
        var cells = new Dictionary<string, string> { [nameof(Compile)] = $"compile {compile.TotalSeconds:F2} s{(mean is null ? " (one timed run)" : " (the mean)")}" };
        cells[nameof(CompileWithNoOpAnalyzer)] = "(driver cost only; no telemetry)";
        foreach (var (name, analyzers) in new[] { (nameof(CompileWithOurAnalyzers), bench._ours), (nameof(CompileWithCA1303), bench._ca1303) })
        {
            if (analyzers.IsEmpty)
            {
                cells[name] = "no analyzers found";
                ResultNotes.Add(nameof(AnalyzerBenchmarks), $"{name}: LocalizedContent.Analyzers.dll has no analyzer yet: this row measures CompilationWithAnalyzers with none.");
                continue;
            }
            var (median, runs, warmups) = TelemetryRuns.Measure(analyzers,
                () => bench._trees = References.Reparsed(bench._trees), // each run as a build: nothing kept from the last
                () => bench.WithAnalyzers(analyzers, telemetry: true));
            var (total, diagnostics) = (median.Total, median.Diagnostics);
            for (var i = 0; i < analyzers.Length; i++)
            {
                var analyzer = analyzers[i];
                var ids = string.Join(",", analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct());
                ResultNotes.Add(nameof(AnalyzerBenchmarks),
                    $"{name}: {analyzer.GetType().Name} ({ids}): {median.Times[i].TotalMilliseconds:F1} ms = {Percent(median.Times[i], compile)} of the compile, " +
                    $"{median.ByAnalyzer[i]} diagnostics with its rule IDs.");
            }
            TelemetryTotals[name] = total;
            cells[name] = $"{total.TotalMilliseconds:F0} ms = {Percent(total, compile)} of compile; {diagnostics} diagnostics";
            ResultNotes.Add(nameof(AnalyzerBenchmarks), $"{name}: all analyzers {total.TotalMilliseconds:F1} ms = {Percent(total, compile)} of the compile ({compile.TotalMilliseconds:F0} ms), {diagnostics} diagnostics; " +
                $"{TelemetryRuns.Describe(runs, warmups)}.");
        }
        return _telemetry = cells;
    }

    /// <summary>Profiling aid (<c>-- --analyzer-cost [--rounds N]</c>): the least of five (or N) compiles alone and, per analyzer, the
    /// least of as many telemetry runs, and the medians of their later half; quicker than the full benchmark, to compare two builds of the analyzers. With
    /// <paramref name="loopMinutes"/> &gt; 0 (<c>-- --analyzer-loop</c>) it only compiles with our analyzers again and again
    /// (attach a profiler).</summary>
    internal static void PrintCosts(int loopMinutes = 0, int rounds = 5)
    {
        var bench = new AnalyzerBenchmarks();
        bench.Setup();
        if (loopMinutes > 0)
        {
            var until = DateTime.UtcNow.AddMinutes(loopMinutes);
            while (DateTime.UtcNow < until)
            {
                bench._trees = References.Reparsed(bench._trees);
                bench.CompileWithOurAnalyzers();
            }
            return;
        }
        var compiles = Enumerable.Range(0, rounds).Select(_ => Time(() => bench.Compile())).ToList();
        var compile = compiles.Min();
        var times = bench._ours.ToDictionary(a => a, _ => new List<TimeSpan>());
        for (var round = 0; round < rounds; round++)
        {
            bench._trees = References.Reparsed(bench._trees); // as a build: no scan kept from the last round
            var run = bench.WithAnalyzers(bench._ours, telemetry: true);
            run.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            foreach (var analyzer in bench._ours)
                times[analyzer].Add(run.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime);
        }
        // The least: on a shared machine other work only adds time.
        var total = TimeSpan.FromTicks(times.Values.Sum(t => t.Min().Ticks));
        Console.WriteLine($"compile {compile.TotalMilliseconds:F0} ms; our analyzers {total.TotalMilliseconds:F1} ms = {Percent(total, compile)} (each the least of {rounds} runs)");
        // The later half's medians: the first rounds also pay for jitting (a compiler server pays it once).
        var laterCompile = RazorAnalyzerBenchmarks.LaterMedian(compiles);
        var laterTotal = TimeSpan.FromTicks(times.Values.Sum(t => RazorAnalyzerBenchmarks.LaterMedian(t).Ticks));
        Console.WriteLine($"medians of the later {rounds - rounds / 2} runs: compile {laterCompile.TotalMilliseconds:F0} ms; our analyzers {laterTotal.TotalMilliseconds:F1} ms = {Percent(laterTotal, laterCompile)}");
        foreach (var (analyzer, list) in times.OrderByDescending(p => p.Value.Min()))
            Console.WriteLine($"  {analyzer.GetType().Name}: {list.Min().TotalMilliseconds:F1} ms ({string.Join(", ", list.Select(t => t.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture)))})");
        // The floor: every right-to-left literal found and reported, nothing more (ReportingFloorAnalyzer), on the same
        // fresh trees each round.
        var floor = new List<(TimeSpan Time, int Reported)>();
        for (var round = 0; round < rounds; round++)
        {
            bench._trees = References.Reparsed(bench._trees);
            var analyzer = new ReportingFloorAnalyzer();
            var run = bench.WithAnalyzers([analyzer], telemetry: true);
            var reported = run.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
            floor.Add((run.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime, reported));
        }
        var floorTimes = floor.Select(f => f.Time).ToList();
        Console.WriteLine($"the floor (every right-to-left literal found and reported, nothing else: {floor[0].Reported} diagnostics): {floorTimes.Min().TotalMilliseconds:F1} ms = {Percent(floorTimes.Min(), compile)} least, " +
            $"{RazorAnalyzerBenchmarks.LaterMedian(floorTimes).TotalMilliseconds:F1} ms = {Percent(RazorAnalyzerBenchmarks.LaterMedian(floorTimes), laterCompile)} by the later medians ({string.Join(", ", floorTimes.Select(t => t.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture)))})");
        var cpu = CpuTimedAnalyzer.Print(bench._ours, rounds, timed =>
        {
            bench._trees = References.Reparsed(bench._trees);
            bench.WithAnalyzers(timed, telemetry: false).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        });
        if (cpu > TimeSpan.Zero) Console.WriteLine($"  = {Percent(cpu, compile)} of the least compile");
    }

#pragma warning disable RS1001, RS1025, RS1026, RS2008 // a benchmark probe, not a shipped analyzer
    private sealed class NoOpAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("BENCH0001", "No-op", "No-op", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxNodeAction(_ => { }, Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralExpression);
        }
    }
#pragma warning restore RS1001, RS1025, RS1026, RS2008


    private static TimeSpan Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    private sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(new ValueColumn("Analyzer time", (summary, b) => Telemetry(summary)[b.Descriptor.WorkloadMethod.Name],
            "Sum of the analyzers' ExecutionTime (Roslyn telemetry, the median of five more runs after the benchmarks) as a share of the Compile row's mean"));
    }
}
