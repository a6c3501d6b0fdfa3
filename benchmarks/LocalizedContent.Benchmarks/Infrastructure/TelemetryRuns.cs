using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Benchmarks.Infrastructure;

/// <summary>
/// Roslyn's telemetry of a set of analyzers, the median of several runs (AnalyzerBenchmarks, RazorAnalyzerBenchmarks):
/// one run's total moved by a third from run to run of the same code here. Each run after a full collection, as
/// BenchmarkDotNet starts its iterations (a collection of the last run's trees that fell in an analyzer's callback
/// added up to a quarter of a second to its telemetry), and <see cref="WarmupRounds"/> runs first that are not counted, as
/// BenchmarkDotNet warms up before it measures.
/// </summary>
internal static class TelemetryRuns
{
    /// <summary>Counted runs; the one with the median total is shown.</summary>
    public const int Rounds = 5;

    /// <summary>Runs before them, not counted (one in quick mode). The analyzers' code, and the parts of Roslyn only they
    /// call, run unoptimized until the runtime's tiered compilation replaces them (with profile-guided optimization, in
    /// two steps), and here that took whole runs: in a process that had run nothing else, RazorTextAnalyzer's telemetry
    /// was 48–116 ms in eleven of the Razor project's first twelve runs and 11–19 ms in the twelve after (`perf`: the
    /// slow runs' samples in our code were in unoptimized and instrumented code); with tiered compilation off
    /// (DOTNET_TieredCompilation=0) it was 15–24 ms from the second run. One warm-up run left two slow runs of five in
    /// every Razor series (benchmarks/results/README.md, fifteenth session). The compile the totals are compared with
    /// is BenchmarkDotNet's mean after its own runs: both sides in the same state.</summary>
    public static int WarmupRounds => Scale.Quick ? 1 : 12;

    /// <summary>One run: its total, each analyzer's time and the diagnostics with its rule IDs (in the order of the
    /// analyzers), and all diagnostics. Counts only: a run's diagnostics hold its trees, which would keep every run's
    /// project alive into the next.</summary>
    public sealed record Run(TimeSpan Total, TimeSpan[] Times, int[] ByAnalyzer, int Diagnostics);

    /// <summary>The median run and all counted runs in order. <paramref name="prepare"/> makes the next run's trees (before
    /// the collection, so that the last run's are garbage by then); <paramref name="start"/> makes the run.</summary>
    public static (Run Median, List<Run> Runs, List<TimeSpan> Warmups) Measure(ImmutableArray<DiagnosticAnalyzer> analyzers, Action prepare, Func<CompilationWithAnalyzers> start)
    {
        var runs = new List<Run>();
        var warmups = new List<TimeSpan>();
        for (var round = -WarmupRounds; round < Rounds; round++)
        {
            prepare();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var run = start();
            var found = run.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            var times = analyzers.Select(a => run.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime).ToArray();
            // By rule ID: the compiler does not say which analyzer reported a diagnostic, so an ID that two analyzers
            // share (LC0001 on C# and on Razor output) counts for both.
            var byAnalyzer = analyzers.Select(a => found.Count(d => a.SupportedDiagnostics.Any(s => s.Id == d.Id))).ToArray();
            var total = TimeSpan.FromTicks(times.Sum(t => t.Ticks));
            if (round >= 0) runs.Add(new Run(total, times, byAnalyzer, found.Length));
            else warmups.Add(total);
        }
        return (runs.OrderBy(r => r.Total).ElementAt(runs.Count / 2), runs, warmups);
    }

    /// <summary><paramref name="part"/> as a percentage of <paramref name="whole"/> (an analyzer's time of the compile's), as
    /// the results write it.</summary>
    public static string Percent(TimeSpan part, TimeSpan whole) =>
        (part.TotalMilliseconds / whole.TotalMilliseconds).ToString("P2", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"the median run of 5 (…), whose totals were …": for the results' notes.</summary>
    public static string Describe(List<Run> runs, List<TimeSpan> warmups) =>
        $"the median run of {runs.Count} (each analyzer's figure above is from it), whose totals were {string.Join(", ", runs.Select(r => $"{r.Total.TotalMilliseconds:F1}"))} ms, " +
        $"after {warmups.Count} not counted: {string.Join(", ", warmups.Select(w => $"{w.TotalMilliseconds:F1}"))} ms";
}
