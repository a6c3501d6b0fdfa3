using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace LocalizedContent.Benchmarks.Infrastructure;

/// <summary>
/// A column whose cells are computed by the benchmark class itself (counts, sizes, telemetry), outside the timed
/// code. The benchmarks run in-process, so the value is computed once in the host and shown in the summary table
/// and the exported markdown.
/// </summary>
public sealed class ValueColumn(string name, Func<Summary, BenchmarkCase, string> value, string legend) : IColumn
{
    public string Id => nameof(ValueColumn) + "." + ColumnName;
    public string ColumnName { get; } = name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => false;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend { get; } = legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        try { return value(summary, benchmarkCase); }
        catch (Exception e) { return "error: " + e.GetBaseException().Message; }
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}

/// <summary>Notes a benchmark class wants below its table in benchmarks/results (why a target is met or missed).</summary>
public static class ResultNotes
{
    private static readonly Dictionary<string, List<string>> Notes = [];

    public static void Add(string benchmarkClass, string line)
    {
        lock (Notes)
        {
            if (!Notes.TryGetValue(benchmarkClass, out var lines)) Notes[benchmarkClass] = lines = [];
            if (!lines.Contains(line)) lines.Add(line);
        }
    }

    public static IReadOnlyList<string> For(string benchmarkClass)
    {
        lock (Notes) return Notes.TryGetValue(benchmarkClass, out var lines) ? [.. lines] : [];
    }
}
