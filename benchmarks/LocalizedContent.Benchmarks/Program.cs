using System.Reflection;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using LocalizedContent.Benchmarks.Infrastructure;

// Usage (see benchmarks/README.md):
//   dotnet run -c Release --project benchmarks/LocalizedContent.Benchmarks              full run (ShortRun job), writes benchmarks/results/*.md
//   dotnet run -c Release --project benchmarks/LocalizedContent.Benchmarks -- --quick   every benchmark once on small corpora (CI)
//   dotnet run -c Release --project benchmarks/LocalizedContent.Benchmarks -- --dry     every benchmark once on the full corpora (timing a change)
//   dotnet run -c Release --project benchmarks/LocalizedContent.Benchmarks -- --analyzer-cost   per-analyzer telemetry, the least of five runs (--analyzer-loop: compile for 2 minutes, to profile)
//   dotnet run -c Release --project benchmarks/LocalizedContent.Benchmarks -- --steps   a clean build's generator time per tracked step
//   dotnet run -c Release --project benchmarks/LocalizedContent.Benchmarks -- --messages-loop [seconds] [floor|resx]   our message generator (or the compiled-texts floor, or ResxSourceGenerator) on the ResxGenerators corpus for a minute (to profile; prints time paused for collections)
//   dotnet run -c Release --project benchmarks/LocalizedContent.Benchmarks -- --alloc-types   what our message generator allocates per run, by type (the runtime's allocation samples)
//   dotnet run -c Release --project benchmarks/LocalizedContent.Benchmarks -- --messages-output DIR   the message generator's output for the ResxGenerators corpus, written to DIR
//   dotnet run -c Release --project benchmarks/LocalizedContent.Benchmarks -- --edits   the incremental cases in a plain loop (medians)
//   dotnet run -c Release --project benchmarks/LocalizedContent.Benchmarks -- --razor-loop [cs|cs-same-texts] [--latin]   the Razor (or other) corpus through the analyzers for 2 minutes (to profile)
//   dotnet run -c Release --project benchmarks/LocalizedContent.Benchmarks -- --razor-cost [telemetry] [--latin]   Razor vs .cs analyzer cost, wall-clock and telemetry (--latin: Razor pages without right-to-left text)
//   dotnet run -c Release --project benchmarks/LocalizedContent.Benchmarks -- --build-share [builds]   our analyzers' share of real `dotnet build`s of the AnalyzerBenchmarks project (-p:ReportAnalyzer=true)
// Other arguments go to BenchmarkDotNet (e.g. --filter *Analyzer*).
// In-process: no second build of a generated project (minutes on a 2-core machine), and the DLLs the build copied
// to roslyn/ are beside the running assembly.
Console.OutputEncoding = Encoding.UTF8;
if (args.Contains("--edits"))
{
    EditLoop.Print();
    return 0;
}
// --latin: the Razor corpus without right-to-left letters (--razor-cost, --razor-loop).
LocalizedContent.Benchmarks.Corpus.RazorCorpus.LatinLetters = args.Contains("--latin");
if (args.Contains("--razor-loop"))
{
    // Profiling aid: the Razor corpus through every analyzer, again and again for two minutes (attach a profiler).
    var corpus = args.SkipWhile(a => a != "--razor-loop").Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "razor";
    var bench = new LocalizedContent.Benchmarks.RazorAnalyzerBenchmarks { Corpus = corpus };
    bench.Setup();
    var until = DateTime.UtcNow.AddMinutes(2);
    while (DateTime.UtcNow < until) bench.CompileWithOurAnalyzersOnFreshTrees();
    return 0;
}
// --rounds N: telemetry rounds of --razor-cost and --analyzer-cost (5 unless given).
var telemetryRounds = int.TryParse(args.SkipWhile(a => a != "--rounds").Skip(1).FirstOrDefault(), out var givenRounds) ? givenRounds : 5;
if (args.Contains("--build-share"))
{
    BuildShare.Print(int.TryParse(args.SkipWhile(a => a != "--build-share").Skip(1).FirstOrDefault(), out var builds) ? builds : 3);
    return 0;
}
if (args.Contains("--razor-cost"))
{
    LocalizedContent.Benchmarks.RazorAnalyzerBenchmarks.PrintCosts(args.SkipWhile(a => a != "--razor-cost").Skip(1).FirstOrDefault() == "telemetry", telemetryRounds);
    return 0;
}
if (args.Contains("--analyzer-cost") || args.Contains("--analyzer-loop"))
{
    LocalizedContent.Benchmarks.AnalyzerBenchmarks.PrintCosts(args.Contains("--analyzer-loop") ? 2 : 0, telemetryRounds);
    return 0;
}
if (args.Contains("--messages-loop"))
{
    var loopArgs = args.SkipWhile(a => a != "--messages-loop").Skip(1).ToList();
    LocalizedContent.Benchmarks.ResxGeneratorsBenchmarks.Loop(loopArgs.Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault(n => n > 0, 60),
        loopArgs.FirstOrDefault(a => a is "floor" or "resx") ?? "ours");
    return 0;
}
if (args.Contains("--alloc-types"))
{
    LocalizedContent.Benchmarks.ResxGeneratorsBenchmarks.PrintAllocatedTypes();
    return 0;
}
if (args.Contains("--resx-read"))
{
    LocalizedContent.Benchmarks.Infrastructure.ResxReadProbe.Run();
    return 0;
}
if (args.Contains("--retained"))
{
    if (args.SkipWhile(a => a != "--retained").Skip(1).FirstOrDefault() == "steps") LocalizedContent.Benchmarks.ResxGeneratorsBenchmarks.RetainedSteps();
    else LocalizedContent.Benchmarks.ResxGeneratorsBenchmarks.Retained();
    return 0;
}
if (args.Contains("--messages-output"))
{
    LocalizedContent.Benchmarks.ResxGeneratorsBenchmarks.WriteOutput(args.SkipWhile(a => a != "--messages-output").Skip(1).First());
    return 0;
}
if (args.Contains("--steps"))
{
    StepTimes.Print(int.TryParse(args.SkipWhile(a => a != "--steps").Skip(1).FirstOrDefault(), out var stepRuns) ? stepRuns : 7);
    return 0;
}
var quick = args.Contains("--quick");
var dry = quick || args.Contains("--dry");
var rest = args.Where(a => a is not "--quick" and not "--dry").ToList();
if (quick) Environment.SetEnvironmentVariable(Scale.QuickVariable, "1");
if (!rest.Any(a => a is "--filter" or "-f")) rest.AddRange(["--filter", "*"]);

var benchmarksDirectory = typeof(Scale).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BenchmarksDirectory").Value!;
// Full run: BenchmarkDotNet's ShortRun (1 launch, 3 iterations) with one warm-up iteration instead of three: the
// multi-second compile benchmarks are already jitted by the jitting stage, and this keeps the run under 10 minutes
// on a shared 2-core machine. Quick: the Dry job (one cold invocation each).
// The job states the host's collector (Server GC unless DOTNET_gcServer=0; see the project file): in process, the
// benchmarks run with this process's GC.
var job = (dry ? Job.Dry.WithId(quick ? "Quick" : "Dry") : Job.ShortRun.WithWarmupCount(1).WithId("ShortRun"))
    .WithToolchain(InProcessEmitToolchain.Instance).WithGcServer(System.Runtime.GCSettings.IsServerGC);
var config = ManualConfig.Create(DefaultConfig.Instance)
    .AddJob(job)
    .WithArtifactsPath(Path.Combine(benchmarksDirectory, "BenchmarkDotNet.Artifacts", quick ? "quick" : dry ? "dry" : "full"));

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Scale).Assembly).Run([.. rest], config).ToList();

var failed = summaries.Count == 0 || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
if (!dry)
{
    foreach (var summary in summaries) ResultsFile.Write(summary, Path.Combine(benchmarksDirectory, "results"));
}
Console.WriteLine(failed ? "Some benchmarks failed (see above)." : $"All {summaries.Sum(s => s.Reports.Length)} benchmarks ran{(dry ? " (one invocation each: nothing measured, nothing written to benchmarks/results)" : "")}.");
return failed ? 1 : 0;
