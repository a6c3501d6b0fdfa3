using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Benchmarks.Infrastructure;

/// <summary>
/// An analyzer run as itself, with the processor time its thread spends in each of its callbacks added up
/// (<see cref="CpuTime"/>). Roslyn's telemetry measures each callback's wall-clock time, which also holds what the
/// thread waits for while the compile runs beside it: collections of the whole process (paused threads use no processor)
/// and Roslyn's own locks, shared with the compile. On this 2-core machine those waits made one analyzer's telemetry
/// range over 10× from run to run; processor time is what the analyzer's own code costs. Linux only
/// (CLOCK_THREAD_CPUTIME_ID); elsewhere <see cref="IsSupported"/> is false.
/// </summary>
#pragma warning disable RS1001, RS1012, RS1025, RS1026, RS1036, RS1038, RS1041, RS2008 // a benchmark probe, not a shipped analyzer
internal sealed class CpuTimedAnalyzer(DiagnosticAnalyzer inner) : DiagnosticAnalyzer
{
    private long _nanoseconds, _callbacks, _allocated;

    /// <summary>The bytes the callbacks allocated (each allocation a chance to start a collection inside them, which the
    /// telemetry charges to the analyzer).</summary>
    public long Allocated => Interlocked.Read(ref _allocated);

    public DiagnosticAnalyzer Inner { get; } = inner;

    /// <summary>The callbacks' processor time, less what reading the clock itself adds to each (a system call: several
    /// microseconds on some virtual machines, which over thousands of callbacks that do nothing came to milliseconds).</summary>
    public TimeSpan CpuTime => TimeSpan.FromTicks(Math.Max(0, Interlocked.Read(ref _nanoseconds) - Interlocked.Read(ref _callbacks) * ClockCost.Value) / 100);

    /// <summary>What an empty callback measures: the mean of many back-to-back readings of the clock.</summary>
    private static readonly Lazy<long> ClockCost = new(() =>
    {
        const int readings = 20_000;
        var total = 0L;
        for (var i = 0; i < readings; i++)
        {
            var start = ThreadNanoseconds();
            total += ThreadNanoseconds() - start;
        }
        return total / readings;
    });

    public static bool IsSupported { get; } = OperatingSystem.IsLinux();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Inner.SupportedDiagnostics;

    /// <summary>Runs <paramref name="run"/> <paramref name="rounds"/> times with each of <paramref name="analyzers"/>
    /// timed, and prints each one's least processor time, the sum of the least, and the sum of the medians of the later
    /// half (the first rounds also jit the analyzers). Returns the sum of the least.</summary>
    public static TimeSpan Print(ImmutableArray<DiagnosticAnalyzer> analyzers, int rounds, Action<ImmutableArray<DiagnosticAnalyzer>> run, string indent = "")
    {
        if (!IsSupported) return TimeSpan.Zero;
        var times = analyzers.ToDictionary(a => a, _ => new List<TimeSpan>());
        var allocated = analyzers.ToDictionary(a => a, _ => 0L);
        for (var round = 0; round < rounds; round++)
        {
            var timed = analyzers.Select(a => new CpuTimedAnalyzer(a)).ToImmutableArray();
            run(timed.CastArray<DiagnosticAnalyzer>());
            foreach (var analyzer in timed)
            {
                times[analyzer.Inner].Add(analyzer.CpuTime);
                allocated[analyzer.Inner] = analyzer.Allocated;
            }
        }
        var least = TimeSpan.FromTicks(times.Values.Sum(t => t.Min().Ticks));
        var medians = TimeSpan.FromTicks(times.Values.Sum(t => RazorAnalyzerBenchmarks.LaterMedian(t).Ticks));
        Console.WriteLine($"{indent}processor time in the analyzers' callbacks (their threads' CPU time, without waits; {ClockCost.Value / 1000.0:F1} µs per callback for reading the clock taken off): least of {rounds} runs {least.TotalMilliseconds:F1} ms; " +
            $"the sum of the medians of the later {rounds - rounds / 2}: {medians.TotalMilliseconds:F1} ms");
        RazorAnalyzerBenchmarks.PrintEachAnalyzer(times, indent + "  ");
        Console.WriteLine($"{indent}allocated in the callbacks (the last run): {allocated.Values.Sum() / 1e6:F2} MB; " +
            string.Join(", ", allocated.Where(a => a.Value >= 10_000).OrderByDescending(a => a.Value).Select(a => $"{a.Key.GetType().Name} {a.Value / 1e6:F2} MB")));
        return least;
    }

    public override void Initialize(AnalysisContext context) => Inner.Initialize(new TimedContext(context, this));

    private Action<T> Timed<T>(Action<T> action) => argument =>
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var start = ThreadNanoseconds();
        try { action(argument); }
        finally
        {
            Interlocked.Add(ref _nanoseconds, ThreadNanoseconds() - start);
            Interlocked.Add(ref _allocated, GC.GetAllocatedBytesForCurrentThread() - allocated);
            Interlocked.Increment(ref _callbacks);
        }
    };

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec { public long Seconds; public long Nanoseconds; }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec value);

    /// <summary>This thread's processor time so far, in nanoseconds (Linux; also read by the generator loop).</summary>
    internal static long ThreadNanoseconds()
    {
        const int threadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID
        ClockGetTime(threadCpuTime, out var value);
        return value.Seconds * 1_000_000_000 + value.Nanoseconds;
    }

    private sealed class TimedContext(AnalysisContext inner, CpuTimedAnalyzer owner) : AnalysisContext
    {
        public override void EnableConcurrentExecution() => inner.EnableConcurrentExecution();
        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => inner.ConfigureGeneratedCodeAnalysis(analysisMode);
        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            inner.RegisterCompilationStartAction(owner.Timed<CompilationStartAnalysisContext>(start => action(new TimedStartContext(start, owner))));
        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => inner.RegisterCompilationAction(owner.Timed(action));
        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => inner.RegisterSemanticModelAction(owner.Timed(action));
        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => inner.RegisterSymbolAction(owner.Timed(action), symbolKinds);
        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => inner.RegisterCodeBlockStartAction(owner.Timed(action));
        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => inner.RegisterCodeBlockAction(owner.Timed(action));
        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => inner.RegisterSyntaxTreeAction(owner.Timed(action));
        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => inner.RegisterAdditionalFileAction(owner.Timed(action));
        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => inner.RegisterSyntaxNodeAction(owner.Timed(action), syntaxKinds);
        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => inner.RegisterOperationAction(owner.Timed(action), operationKinds);
    }

    private sealed class TimedStartContext(CompilationStartAnalysisContext inner, CpuTimedAnalyzer owner)
        : CompilationStartAnalysisContext(inner.Compilation, inner.Options, inner.CancellationToken)
    {
        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => inner.RegisterCompilationEndAction(owner.Timed(action));
        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => inner.RegisterSemanticModelAction(owner.Timed(action));
        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => inner.RegisterSymbolAction(owner.Timed(action), symbolKinds);
        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => inner.RegisterCodeBlockStartAction(owner.Timed(action));
        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => inner.RegisterCodeBlockAction(owner.Timed(action));
        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => inner.RegisterSyntaxTreeAction(owner.Timed(action));
        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => inner.RegisterAdditionalFileAction(owner.Timed(action));
        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => inner.RegisterSyntaxNodeAction(owner.Timed(action), syntaxKinds);
        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => inner.RegisterOperationAction(owner.Timed(action), operationKinds);
    }
}
#pragma warning restore RS1001, RS1012, RS1025, RS1026, RS1036, RS1038, RS1041, RS2008
