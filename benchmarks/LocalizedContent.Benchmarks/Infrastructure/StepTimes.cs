using System.Collections.Immutable;
using LocalizedContent.Benchmarks.Corpus;
using LocalizedContent.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LocalizedContent.Benchmarks.Infrastructure;

/// <summary>
/// `-- --steps [runs]`: where a clean build's generator time goes. Runs the generators cold over the benchmark corpus
/// 7 times, or as many as given (tiered jitting settles after a few dozen), with step tracking and prints each tracked
/// step's median total time (Roslyn's own per-step ElapsedTime), largest first. Not a benchmark (tracking costs time itself): a profile to compare two commits by.
/// </summary>
public static class StepTimes
{
    public static void Print(int runs = 7)
    {
        var corpus = ContentCorpus.Shared;
        var options = BenchmarkProject.Options(corpus.All.Select(f => f.Path));
        var compilation = References.Compilation("BenchApp", [CSharpSyntaxTree.ParseText("public static class Program { }", References.ParseOptions)]);
        var generators = RoslynComponents.Generators();
        var samples = new Dictionary<string, List<double>>();
        for (var run = 0; run < runs; run++)
        {
            var files = corpus.All.Select(f => (AdditionalText)InMemoryAdditionalText.FromBytes(f.Path, f.Bytes)).ToImmutableArray();
            GeneratorDriver driver = CSharpGeneratorDriver.Create(generators, files, References.ParseOptions, options,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            driver = driver.RunGenerators(compilation);
            foreach (var result in driver.GetRunResult().Results)
            {
                foreach (var (name, steps) in result.TrackedSteps.Concat(result.TrackedOutputSteps))
                {
                    var key = result.Generator.GetGeneratorType().Name + " " + name;
                    if (!samples.TryGetValue(key, out var list)) samples[key] = list = [];
                    list.Add(steps.Sum(s => s.ElapsedTime.TotalMilliseconds));
                }
            }
        }
        // The first run jits: medians over the rest.
        foreach (var (key, list) in samples.Select(p => (p.Key, Median(p.Value.Skip(1).ToList()))).OrderByDescending(p => p.Item2))
        {
            Console.WriteLine($"{list,10:F1} ms  {key}");
        }
    }

    private static double Median(List<double> values)
    {
        if (values.Count == 0) return 0;
        values.Sort();
        return values[values.Count / 2];
    }
}
