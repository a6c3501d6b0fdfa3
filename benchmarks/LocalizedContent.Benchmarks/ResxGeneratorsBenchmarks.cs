using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LocalizedContent.Benchmarks.Corpus;
using LocalizedContent.Benchmarks.Infrastructure;
using LocalizedContent.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LocalizedContent.Benchmarks;

/// <summary>
/// Part 1b (issue 20): our message generator next to the one a user would otherwise pick, Microsoft's
/// ResxSourceGenerator, on the same .resx files (the benchmark corpus's 10 classes × neutral, ar, fa), each in a new
/// driver as in a clean build. Microsoft's generator writes one ResourceManager accessor class per neutral file (the
/// culture files carry WithCulture=true, as MSBuild sets it) and reads the texts at run time; ours compiles every
/// culture's text. "+ parse" rows also parse the generated C# into syntax trees, which every compile pays and the
/// driver alone does not, with the parse options a build gives csc (<see cref="BuildParseOptions"/>).
/// </summary>
[Config(typeof(Columns))]
[MemoryDiagnoser]
// Iterations of a second (4 to 14 operations), not BenchmarkDotNet's choice of 2 operations: it collects garbage fully
// before each iteration, and with 2 operations a full collection came every second run, whose after-effects (the
// heap's memory handed out again page by page) landed in some iterations and not others (results README, twelfth session).
[IterationTime(1000)]
public class ResxGeneratorsBenchmarks
{
    private ImmutableArray<AdditionalText> _files;
    private CSharpCompilation _compilation = null!;
    private TestAnalyzerConfigOptionsProvider _ours = null!;
    private TestAnalyzerConfigOptionsProvider _microsofts = null!;
    private ISourceGenerator _messages = null!;
    private ISourceGenerator _resxSourceGenerator = null!;
    private readonly ISourceGenerator _floor = new CompiledTextsFloor().AsSourceGenerator();

    [GlobalSetup]
    public void Setup()
    {
        var resx = ContentCorpus.Shared.Resx;
        _files = resx.Select(f => (AdditionalText)InMemoryAdditionalText.FromBytes(f.Path, f.Bytes)).ToImmutableArray();
        _compilation = References.Compilation("BenchApp", [CSharpSyntaxTree.ParseText("namespace BenchApp; public static class Program { public static void Main() { } }", References.ParseOptions, path: BenchmarkProject.ProjectDirectory + "/Program.cs")]);
        _ours = BenchmarkProject.Options(resx.Select(f => f.Path));
        // What MSBuild gives Microsoft's generator for Resources/Section0.resx, Section0.ar.resx…: the folder, and
        // WithCulture on the culture files; EmitFormatMethods for the typed Format methods (ours has them always).
        var global = new Dictionary<string, string> { ["build_property.RootNamespace"] = BenchmarkProject.RootNamespace };
        var perFile = resx.ToDictionary(f => f.Path, f => new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.RelativeDir"] = "Resources/",
            ["build_metadata.AdditionalFiles.WithCulture"] = Path.GetFileNameWithoutExtension(f.Path).Contains('.') ? "true" : "false",
            ["build_metadata.AdditionalFiles.EmitFormatMethods"] = "true",
        });
        _microsofts = new TestAnalyzerConfigOptionsProvider(global, perFile);
        _messages = RoslynComponents.Generators().Single(g => g.GetGeneratorType().Name.Contains("Message", StringComparison.Ordinal));
        _resxSourceGenerator = RoslynComponents.ResxSourceGenerator();
        if (DefaultBuild.DocumentationMode != DocumentationMode.None || DocumentingBuild.DocumentationMode != DocumentationMode.Diagnose)
        {
            throw new InvalidOperationException($"csc's command line gave DocumentationMode {DefaultBuild.DocumentationMode} without /doc and {DocumentingBuild.DocumentationMode} with it; the rows' names say None and Diagnose");
        }
    }

    /// <summary>
    /// The parse options csc's command line gives a build, not typed here: without <c>/doc</c> (the SDK's default, no
    /// GenerateDocumentationFile) doc comments are plain trivia (DocumentationMode.None); with <c>/doc</c> they are
    /// parsed and checked (Diagnose). A bare <c>new CSharpParseOptions()</c> parses them into structure (Parse), which
    /// no build does: the "+ parse" rows before 2026-12-02 used it, for both generators.
    /// </summary>
    private static CSharpParseOptions BuildParseOptions(params string[] arguments) =>
        CSharpCommandLineParser.Default.Parse(["Program.cs", "/langversion:12", .. arguments], BenchmarkProject.ProjectDirectory, sdkDirectory: null).ParseOptions;

    private static readonly CSharpParseOptions DefaultBuild = BuildParseOptions();
    private static readonly CSharpParseOptions DocumentingBuild = BuildParseOptions("/doc:BenchApp.xml");
    private static readonly CSharpParseOptions CSharp73Build = BuildParseOptions("/langversion:7.3");

    [Benchmark(Baseline = true)]
    public int ResxSourceGenerator() => Run(_resxSourceGenerator, _microsofts, parse: false, DefaultBuild);

    [Benchmark]
    public int ResxSourceGeneratorPlusParse() => Run(_resxSourceGenerator, _microsofts, parse: true, DefaultBuild);

    [Benchmark]
    public int MessageGenerator() => Run(_messages, _ours, parse: false, DefaultBuild);

    [Benchmark]
    public int MessageGeneratorPlusParse() => Run(_messages, _ours, parse: true, DefaultBuild);

    /// <summary>A project that writes its XML documentation file (GenerateDocumentationFile): doc comments parsed.</summary>
    [Benchmark]
    public int ResxSourceGeneratorPlusParseWithDocs() => Run(_resxSourceGenerator, _microsofts, parse: true, DocumentingBuild);

    [Benchmark]
    public int MessageGeneratorPlusParseWithDocs() => Run(_messages, _ours, parse: true, DocumentingBuild);

    /// <summary>A consumer below C# 8 (netstandard2.0 and .NET Framework projects default to C# 7.3): the generator
    /// writes code for that version directly (no nullable annotations), so this row should equal MessageGeneratorPlusParse.</summary>
    [Benchmark]
    public int MessageGeneratorCSharp73PlusParse() => Run(_messages, _ours, parse: true, CSharp73Build);

    /// <summary>The floor of a generator that compiles every culture's texts (<see cref="CompiledTextsFloor"/>): what
    /// reading the same files and writing their texts into C# costs at the least, against ResxSourceGenerator.</summary>
    [Benchmark]
    public int CompiledTextsFloorGenerator() => Run(_floor, _ours, parse: false, DefaultBuild);

    [Benchmark]
    public int CompiledTextsFloorPlusParse() => Run(_floor, _ours, parse: true, DefaultBuild);

    private static readonly Dictionary<string, (int Files, long Chars)> Outputs = [];

    /// <summary>`-- --messages-loop [seconds] [floor|resx]`: our message generator (or the compiled-texts floor, or
    /// ResxSourceGenerator) in a new driver over this corpus, again and again for a minute (attach a profiler); prints
    /// the median run, processor time, allocations and the time paused for collections per run, to compare two commits
    /// at the same load. The pauses grow with what a run keeps (every step's output), not with what it allocates.</summary>
    public static void Loop(int seconds, string generator)
    {
        var bench = new ResxGeneratorsBenchmarks();
        bench.Setup();
        Func<int> run = generator switch { "floor" => bench.CompiledTextsFloorGenerator, "resx" => bench.ResxSourceGenerator, _ => bench.MessageGenerator };
        var runs = new List<double>();
        // LOCALIZEDCONTENT_BENCH_EXTRA_GARBAGE_MB=N: N megabytes of short-lived 4 KB arrays after each run, to see how a
        // run's time depends on whether a collection lands in it (with 40, every run has one).
        if (int.TryParse(Environment.GetEnvironmentVariable("LOCALIZEDCONTENT_BENCH_EXTRA_GARBAGE_MB"), out var extraMegabytes))
        {
            var generatorOnly = run;
            run = () =>
            {
                var nodes = generatorOnly();
                for (var k = 0; k < extraMegabytes * 256; k++) GC.KeepAlive(new byte[4000]);
                return nodes;
            };
        }
        run();
        // Processor time too (every thread of the process, the GC's included): on a shared machine a run waits for a
        // core, which the wall clock counts and the processor time does not.
        var processor = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var (allocated, gen2, paused) = (GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var (gen0, gen1) = (GC.CollectionCount(0), GC.CollectionCount(1));
        var faults = MinorPageFaults();
        var until = DateTime.UtcNow.AddSeconds(seconds);
        // LOCALIZEDCONTENT_BENCH_FORCE_GC=N: a full collection before every N-th run, as BenchmarkDotNet makes before each
        // iteration of N operations (its processor time and pauses are then counted too).
        List<double> afterCollection = [], others = [];
        // Per run, to tell what the slow runs have that the others do not: this thread's processor time (its own work,
        // page faults included), time paused for collections, collections, this thread's page faults and system time.
        List<(double Wall, double Cpu, double Paused, int Collections, long Faults, long SystemMs)> detail = [];
        var forcedEvery = int.TryParse(Environment.GetEnvironmentVariable("LOCALIZEDCONTENT_BENCH_FORCE_GC"), out var every) ? every : 0;
        while (DateTime.UtcNow < until)
        {
            if (forcedEvery > 0 && runs.Count % forcedEvery == 0) GC.Collect();
            var (cpuBefore, pausedBefore, collectionsBefore, threadBefore) = (ThreadProcessorNanoseconds(), GC.GetTotalPauseDuration(), GC.CollectionCount(0), ThreadFaultsAndSystemTime());
            var watch = System.Diagnostics.Stopwatch.StartNew();
            run();
            runs.Add(watch.Elapsed.TotalMilliseconds);
            var threadAfter = ThreadFaultsAndSystemTime();
            detail.Add((runs[^1], (ThreadProcessorNanoseconds() - cpuBefore) / 1e6, (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds,
                GC.CollectionCount(0) - collectionsBefore, threadAfter.Faults - threadBefore.Faults, threadAfter.SystemMs - threadBefore.SystemMs));
            if (forcedEvery > 0) (runs.Count % forcedEvery == 1 ? afterCollection : others).Add(runs[^1]);
        }
        var perRun = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - processor).TotalMilliseconds / runs.Count;
        var allocatedPerRun = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / runs.Count / 1e6;
        var gen2PerRun = (GC.CollectionCount(2) - gen2) / (double)runs.Count;
        var collections = GC.CollectionCount(0) - gen0;
        var faultsPerRun = (MinorPageFaults() - faults) / (double)runs.Count;
        var gen1Only = GC.CollectionCount(1) - gen1 - (GC.CollectionCount(2) - gen2);
        var pausedPerRun = (GC.GetTotalPauseDuration() - paused).TotalMilliseconds / runs.Count;
        runs = [.. runs.Order()];
        var slow = detail.Where(d => d.Wall >= runs[runs.Count * 9 / 10]).ToList();
        var fast = detail.Where(d => d.Wall < runs[runs.Count / 2]).ToList();
        foreach (var (name, set) in new[] { ("slowest tenth", slow), ("faster half", fast) })
            Console.WriteLine($"{name}: wall {set.Average(d => d.Wall):F0} ms, this thread's processor time {set.Average(d => d.Cpu):F0} ms, paused {set.Average(d => d.Paused):F0} ms, {set.Average(d => d.Collections):F2} collections, this thread's page faults {set.Average(d => d.Faults):F0}, system time {set.Average(d => d.SystemMs):F0} ms");
        if (forcedEvery > 1)
            Console.WriteLine($"right after a full collection: median {afterCollection.Order().ElementAt(afterCollection.Count / 2):F0} ms, mean {afterCollection.Average():F0} ms; the others: median {others.Order().ElementAt(others.Count / 2):F0} ms, mean {others.Average():F0} ms");
        Console.WriteLine($"{runs.Count} runs: median {runs[runs.Count / 2]:F0} ms, mean {runs.Average():F0} ms, 90th percentile {runs[runs.Count * 9 / 10]:F0} ms, fastest {runs[0]:F0} ms, processor time {perRun:F0} ms, " +
            $"allocated {allocatedPerRun:F0} MB, {collections / (double)runs.Count:F2} collections ({gen1Only / (double)runs.Count:F2} of gen 1, {gen2PerRun:F2} of gen 2), {pausedPerRun:F0} ms paused for collections, {faultsPerRun:N0} page faults (fresh memory) per run ({(System.Runtime.GCSettings.IsServerGC ? "Server" : "workstation")} GC)");
    }

    /// <summary>This thread's processor time so far (Linux), or 0.</summary>
    private static long ThreadProcessorNanoseconds() => CpuTimedAnalyzer.IsSupported ? CpuTimedAnalyzer.ThreadNanoseconds() : 0;

    /// <summary>This thread's minor page faults and system time so far (in clock ticks of 10 ms: averaged over many runs).</summary>
    private static (long Faults, long SystemMs) ThreadFaultsAndSystemTime()
    {
        var (faults, systemTicks) = ProcStat("/proc/thread-self/stat");
        return (faults, 10 * systemTicks);
    }

    /// <summary>The process's minor page faults so far (the kernel maps a fresh page at its first touch).</summary>
    private static long MinorPageFaults() => ProcStat("/proc/self/stat").Faults;

    /// <summary>Fields 10 (minflt) and 15 (stime) of a Linux stat file, counted from the state after the name; zeros elsewhere.</summary>
    private static (long Faults, long SystemTicks) ProcStat(string path)
    {
        if (!OperatingSystem.IsLinux()) return (0, 0);
        var stat = File.ReadAllText(path);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[7], System.Globalization.CultureInfo.InvariantCulture), long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>`-- --alloc-types`: what our message generator allocates per run, by type (the runtime's allocation
    /// samples, one per ~100 KB), after two runs to jit.</summary>
    public static void PrintAllocatedTypes()
    {
        var bench = new ResxGeneratorsBenchmarks();
        bench.Setup();
        AllocatedTypes.Print(() => bench.MessageGenerator(), runs: 20);
    }

    /// <summary>`-- --retained`: what each generator's driver holds after a run (its state tables: every step's
    /// output, kept for the next incremental run), which every collection during the run has to walk or copy.</summary>
    public static void Retained()
    {
        var bench = new ResxGeneratorsBenchmarks();
        bench.Setup();
        foreach (var (name, generator, options) in new[] { ("ResxSourceGenerator", bench._resxSourceGenerator, bench._microsofts), ("MessageGenerator", bench._messages, bench._ours), ("CompiledTextsFloor", bench._floor, bench._ours) })
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create([generator], bench._files, DefaultBuild, options);
            var before = GC.GetTotalMemory(forceFullCollection: true);
            driver = driver.RunGenerators(bench._compilation);
            var after = GC.GetTotalMemory(forceFullCollection: true);
            Console.WriteLine($"{name}: the driver holds {(after - before) / 1e6:F1} MB after a run");
            // LOCALIZEDCONTENT_BENCH_HOLD=seconds: keep each driver that long (take a dotnet-gcdump of this process).
            if (int.TryParse(Environment.GetEnvironmentVariable("LOCALIZEDCONTENT_BENCH_HOLD"), out var hold)) Thread.Sleep(hold * 1000);
            GC.KeepAlive(driver);
        }
    }

    /// <summary>`-- --retained steps`: what our message generator's tracked steps hold, each object charged to the
    /// first step (in pipeline order) that holds it, then its output's text, with the costliest types.</summary>
    public static void RetainedSteps()
    {
        var bench = new ResxGeneratorsBenchmarks();
        bench.Setup();
        GeneratorDriver driver = CSharpGeneratorDriver.Create([bench._messages], bench._files, DefaultBuild, bench._ours,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var result = driver.RunGenerators(bench._compilation).GetRunResult().Results[0];
        var sizes = new RetainedSizes();
        // Pipeline order (TrackingNames), then the driver's own steps: an object goes to the first step that holds it.
        string[] order = ["AdditionalTexts", "LocalizedContent.Messages.File", "LocalizedContent.Messages.Group", "LocalizedContent.Messages.Build",
            "LocalizedContent.Messages.Class", "LocalizedContent.Messages.Diagnostics"];
        int Rank(string name) => Array.IndexOf(order, name) is var i and >= 0 ? i : order.Length;
        foreach (var (name, steps) in result.TrackedSteps.OrderBy(s => Rank(s.Key)).ThenBy(s => s.Key, StringComparer.Ordinal))
        {
            var bytes = steps.Sum(step => step.Outputs.Sum(output => sizes.Walk(output.Value)));
            var alone = new RetainedSizes();
            Console.WriteLine($"{name}: {bytes / 1e6:F1} MB new, {steps.Sum(step => step.Outputs.Sum(output => alone.Walk(output.Value))) / 1e6:F1} MB alone; {steps.Length} steps, {steps.Sum(s => s.Outputs.Length)} outputs");
        }
        Console.WriteLine($"output: {result.GeneratedSources.Sum(s => sizes.Walk(s.SourceText)) / 1e6:F1} MB new, {result.GeneratedSources.Sum(s => new RetainedSizes().Walk(s.SourceText)) / 1e6:F1} MB alone, {result.GeneratedSources.Length} files");
        foreach (var (type, (bytes, count)) in sizes.ByType.OrderByDescending(t => t.Value.Bytes).Take(25))
            Console.WriteLine($"  {type}: {bytes / 1e6:F2} MB in {count:N0}");
    }

    /// <summary>`-- --messages-output DIR`: writes what our message generator produces for this corpus into DIR, to
    /// read or to measure by section.</summary>
    public static void WriteOutput(string directory)
    {
        var bench = new ResxGeneratorsBenchmarks();
        bench.Setup();
        GeneratorDriver driver = CSharpGeneratorDriver.Create([bench._messages], bench._files, DefaultBuild, bench._ours);
        Directory.CreateDirectory(directory);
        foreach (var source in driver.RunGenerators(bench._compilation).GetRunResult().Results.SelectMany(r => r.GeneratedSources))
        {
            File.WriteAllText(Path.Combine(directory, source.HintName), source.SourceText.ToString());
        }
    }

    private int Run(ISourceGenerator generator, TestAnalyzerConfigOptionsProvider options, bool parse, CSharpParseOptions parseOptions)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create([generator], _files, parseOptions, options);
        var result = driver.RunGenerators(_compilation).GetRunResult();
        var nodes = result.GeneratedTrees.Length;
        // The compile parses every generated tree; the driver leaves that to it.
        if (parse) foreach (var tree in result.GeneratedTrees) nodes += tree.GetRoot().FullSpan.Length > 0 ? 1 : 0;
        Outputs[generator.GetGeneratorType().Name] = (result.GeneratedTrees.Length, result.Results.Sum(r => r.GeneratedSources.Sum(s => (long)s.SourceText.Length)));
        var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error) + result.Results.Count(r => r.Exception is not null);
        if (errors > 0) throw new InvalidOperationException($"{generator.GetGeneratorType().Name}: {errors} errors: {string.Join("; ", result.Diagnostics.Take(3))}");
        return nodes;
    }

    private sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(new ValueColumn("Output", (_, b) =>
            {
                var method = b.Descriptor.WorkloadMethod.Name;
                var generator = method.StartsWith("Resx", StringComparison.Ordinal) ? "ResxSourceGenerator"
                    : method.StartsWith("CompiledTextsFloor", StringComparison.Ordinal) ? nameof(CompiledTextsFloor) : "Message";
                var entry = Outputs.FirstOrDefault(o => o.Key.Contains(generator, StringComparison.Ordinal));
                var input = ContentCorpus.Shared.Resx.Sum(f => (long)f.Bytes.Length);
                return entry.Key is null ? "" : $"{entry.Value.Files} files, {entry.Value.Chars / 1e6:F2} M chars ({entry.Value.Chars / (double)input:F2}× the .resx bytes)";
            },
            "C# produced by one invocation, and its size against the .resx files' bytes"));
    }
}
