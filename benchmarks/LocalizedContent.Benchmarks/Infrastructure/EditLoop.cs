using System.Diagnostics;

namespace LocalizedContent.Benchmarks.Infrastructure;

/// <summary>
/// `-- --edits`: the incremental cases of <see cref="GeneratorIncrementalBenchmarks"/> timed in a plain loop
/// (median of many single runs, each from the same warm driver). Steadier than a ShortRun on a busy machine when two
/// commits are compared back to back.
/// </summary>
public static class EditLoop
{
    public static void Print(int samples = 400)
    {
        var bench = new GeneratorIncrementalBenchmarks();
        bench.Setup();
        var cases = new (string Name, Func<object> Run)[]
        {
            (nameof(bench.NoEdit), bench.NoEdit),
            (nameof(bench.EditOneCsFile), bench.EditOneCsFile),
            (nameof(bench.EditOneDocument), bench.EditOneDocument),
            (nameof(bench.EditOneResx), bench.EditOneResx),
        };
        foreach (var (name, run) in cases)
        {
            var n = name == nameof(bench.EditOneResx) ? samples / 2 : samples;
            for (var i = 0; i < 10; i++) run();
            var times = new List<double>(n);
            for (var i = 0; i < n; i++)
            {
                var watch = Stopwatch.StartNew();
                run();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine($"{name,-16} median {times[n / 2],8:F3} ms   p25 {times[n / 4],8:F3}   p75 {times[3 * n / 4],8:F3}   (n={n})");
        }
    }
}
