using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Benchmarks.Infrastructure;

/// <summary>
/// Roslyn's telemetry of a set of analyzers, the median of several runs (AnalyzerBenchmarks, RazorAnalyzerBenchmarks):
/// one run's total moved by a third from run to run of the same code here. Each run after a full collection, as
/// BenchmarkDotNet starts its iterations (a collection of the last run's trees that fell in an analyzer's callback
/// added up to a quarter of a second to its telemetry), and one run first that is not counted, as BenchmarkDotNet warms
/// up before it measures: the benchmarks' iterations run without telemetry, so it is the first with Roslyn's timing of
/// each callback.
/// </summary>
internal static class TelemetryRuns
{
    /// <summary>Counted runs; the one with the median total is shown.</summary>
    public const int Rounds = 5;

    /// <summary>One run: its total, each analyzer's time and the diagnostics with its rule IDs (in the order of the
    /// analyzers), and all diagnostics. Counts only: a run's diagnostics hold its trees, which would keep every run's
    /// project alive into the next.</summary>
    public sealed record Run(TimeSpan Total, TimeSpan[] Times, int[] ByAnalyzer, int Diagnostics);

    /// <summary>The median run and all counted runs in order. <paramref name="prepare"/> makes the next run's trees (before
    /// the collection, so that the last run's are garbage by then); <paramref name="start"/> makes the run.</summary>
    public static (Run Median, List<Run> Runs) Measure(ImmutableArray<DiagnosticAnalyzer> analyzers, Action prepare, Func<CompilationWithAnalyzers> start)
    {
        var runs = new List<Run>();
        for (var round = -1; round < Rounds; round++)
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
            if (round >= 0) runs.Add(new Run(TimeSpan.FromTicks(times.Sum(t => t.Ticks)), times, byAnalyzer, found.Length));
        }
        return (runs.OrderBy(r => r.Total).ElementAt(runs.Count / 2), runs);
    }

    /// <summary>"the median run of 5 (…), whose totals were …": for the results' notes.</summary>
    public static string Describe(List<Run> runs) =>
        $"the median run of {runs.Count} (each analyzer's figure above is from it), whose totals were {string.Join(", ", runs.Select(r => $"{r.Total.TotalMilliseconds:F1}"))} ms";
}
