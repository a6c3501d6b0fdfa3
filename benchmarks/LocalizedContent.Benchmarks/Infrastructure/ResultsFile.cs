using System.Globalization;
using System.Text;
using BenchmarkDotNet.Reports;
using LocalizedContent.Benchmarks.Corpus;

namespace LocalizedContent.Benchmarks.Infrastructure;

/// <summary>
/// Copies BenchmarkDotNet's GitHub markdown report (environment lines and table) of one benchmark class to
/// benchmarks/results/{Class}.md, with the class's notes and its targets checked against the numbers.
/// </summary>
public static class ResultsFile
{
    public static void Write(Summary summary, string directory)
    {
        var type = summary.BenchmarksCases.FirstOrDefault()?.Descriptor.Type;
        if (type is null) return;
        var report = Directory.GetFiles(summary.ResultsDirectoryPath, "*-report-github.md")
            // The class's own report: "RazorAnalyzerBenchmarks" contains "AnalyzerBenchmarks", so not a substring test.
            .Where(f => Path.GetFileName(f).EndsWith("." + type.Name + "-report-github.md", StringComparison.Ordinal)
                || Path.GetFileName(f) == type.Name + "-report-github.md")
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .FirstOrDefault();
        if (report is null) return;

        var text = new StringBuilder();
        text.Append("# ").Append(type.Name).Append("\n\n");
        text.Append("Written by `dotnet run -c Release --project benchmarks/LocalizedContent.Benchmarks` on ")
            .Append(DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)).Append(". See benchmarks/README.md.\n\n");
        // Which code was measured, when the run was not on a plain checkout (e.g. a local merge of several branches).
        if (Environment.GetEnvironmentVariable("LOCALIZEDCONTENT_BENCH_SOURCE") is { Length: > 0 } source)
        {
            text.Append("Measured code: ").Append(source).Append("\n\n");
        }
        text.Append(File.ReadAllText(report).Trim()).Append("\n\n");
        var targets = Targets.For(type.Name, summary).ToList();
        if (targets.Count > 0)
        {
            text.Append("## Targets\n\n");
            foreach (var line in targets) text.Append("- ").Append(line).Append('\n');
            text.Append('\n');
        }
        var notes = ResultNotes.For(type.Name);
        if (notes.Count > 0)
        {
            text.Append("## Notes\n\n");
            foreach (var line in notes) text.Append("- ").Append(line).Append('\n');
        }
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, type.Name + ".md"), text.ToString(), new UTF8Encoding(false));
        Console.WriteLine($"Wrote {Path.Combine(directory, type.Name + ".md")}");
    }
}

/// <summary>The issue's targets, checked on the summary's means (reported, never asserted).</summary>
public static class Targets
{
    public static IEnumerable<string> For(string benchmarkClass, Summary summary)
    {
        double? Mean(string method) => Report(summary, method)?.ResultStatistics?.Mean;
        string Verdict(bool? met) => met is null ? "not measured" : met.Value ? "**met**" : "**missed**";
        string Ratio(double? part, double? whole) => part is null || whole is null ? "n/a" : (part.Value / whole.Value).ToString("F2", CultureInfo.InvariantCulture) + "×";

        switch (benchmarkClass)
        {
            case "GeneratorColdBenchmarks":
                {
                    var generator = RoslynComponents.Generators().IsEmpty ? null : Mean("Generator");
                    var floor = Mean("Floor");
                    yield return $"Generator ≤ 3× the floor: {Ratio(generator, floor)} — {Verdict(generator is null || floor is null ? null : generator <= 3 * floor)}";
                    break;
                }
            case "GeneratorIncrementalBenchmarks":
                yield return RoslynComponents.Generators().IsEmpty
                    ? "Re-emitted outputs (1 after editing one document, 0 after editing one .cs file): not measured, no generator in this build."
                    : "Re-emitted outputs: 1 after editing one document, 0 after editing one .cs file — see the Re-emitted column and the notes.";
                break;
            case "AnalyzerBenchmarks":
                {
                    var compile = Mean("Compile");
                    var ours = RoslynComponents.OurAnalyzers().IsEmpty ? null : Mean("CompileWithOurAnalyzers");
                    var ca1303 = Mean("CompileWithCA1303");
                    // Verdicts on Roslyn's telemetry (analyzer execution time measured inside one run): on a shared machine the
                    // difference of two multi-second means is mostly noise (see StdDev), so it is shown for information only.
                    var totals = AnalyzerBenchmarks.TelemetryTotals;
                    double? T(string name) => totals.TryGetValue(name, out var t) ? t.TotalMilliseconds * 1e6 : null;
                    var oursT = ours is null ? null : T("CompileWithOurAnalyzers");
                    var caT = T("CompileWithCA1303");
                    var compileT = T("Compile");
                    string Pct(double? part, double? whole) => part is null || whole is null ? "n/a" : (part.Value / whole.Value).ToString("P2", CultureInfo.InvariantCulture);
                    yield return $"Our analyzers ≤ 1% of the compile (telemetry, the median of {TelemetryRuns.Rounds} runs): {Pct(oursT, compileT)} — {Verdict(oursT is null || compileT is null ? null : oursT <= 0.01 * compileT)}";
                    yield return $"Our analyzers faster than CA1303 (telemetry, the median of {TelemetryRuns.Rounds} runs each): ours {Ms(oursT)}, CA1303 {Ms(caT)} — {Verdict(oursT is null || caT is null ? null : oursT < caT)}";
                    var noOp = Mean("CompileWithNoOpAnalyzer");
                    yield return $"For information, difference of means (noisy here, see StdDev): ours {Ms(ours - compile)} ({Ratio(ours - compile, compile)} of the compile), CA1303 {Ms(ca1303 - compile)}; the no-op analyzer (the analyzer driver alone) {Ms(noOp - compile)}, so ours add {Ms(ours - noOp)} to any analyzer's driver cost.";
                    break;
                }
            case "ResxGeneratorsBenchmarks":
                {
                    var theirs = Mean("ResxSourceGenerator");
                    var theirsParsed = Mean("ResxSourceGeneratorPlusParse");
                    var ours = Mean("MessageGenerator");
                    var oursParsed = Mean("MessageGeneratorPlusParse");
                    yield return $"Our message generator ≤ 1.5× ResxSourceGenerator, driver only: {Ratio(ours, theirs)} — {Verdict(ours is null || theirs is null ? null : ours <= 1.5 * theirs)}";
                    yield return $"The same with the parse of the generated C# ≤ 2× (a default build: doc comments not parsed): {Ratio(oursParsed, theirsParsed)} — {Verdict(oursParsed is null || theirsParsed is null ? null : oursParsed <= 2 * theirsParsed)}";
                    var theirsDocs = Mean("ResxSourceGeneratorPlusParseWithDocs");
                    var oursDocs = Mean("MessageGeneratorPlusParseWithDocs");
                    yield return $"The same in a project that writes its XML docs (/doc: doc comments parsed and checked) ≤ 2×: {Ratio(oursDocs, theirsDocs)} — {Verdict(oursDocs is null || theirsDocs is null ? null : oursDocs <= 2 * theirsDocs)}";
                    yield return "Generated characters ≤ 1.2× the .resx characters: see the Output column.";
                    break;
                }
            case "RazorAnalyzerBenchmarks":
                {
                    var totals = RazorAnalyzerBenchmarks.Totals;
                    if (!totals.TryGetValue("razor", out var razor) || !totals.TryGetValue("cs", out var cs))
                    {
                        yield return "Razor checks ≤ the checks of .cs files the same size: not measured";
                        break;
                    }
                    // The issue's wording: the Razor checks must not make "the analyzers' share of a compile" grow by more than
                    // they cost on .cs files of the same size. Each Razor project's compile is the generated C#, many times the
                    // characters the author wrote; the share is taken of each project's own compile.
                    double Share((TimeSpan Analyzers, TimeSpan Compile, int Diagnostics, int Characters, TimeSpan Cpu) t) => t.Analyzers.TotalMilliseconds / t.Compile.TotalMilliseconds;
                    string Of((TimeSpan Analyzers, TimeSpan Compile, int Diagnostics, int Characters, TimeSpan Cpu) t) =>
                        $"{TelemetryRuns.Percent(t.Analyzers, t.Compile)} ({t.Analyzers.TotalMilliseconds:F1} ms of {t.Compile.TotalMilliseconds:F0} ms, {t.Diagnostics} diagnostics)";
                    if (totals.TryGetValue("razor-latin", out var latin))
                        yield return $"Issue 18, the analyzers' share of each project's compile (telemetry, the median of {TelemetryRuns.Rounds} runs), Razor pages without right-to-left text (razor-latin) against .cs files of the same size ({latin.Characters:N0} / {cs.Characters:N0} characters written, one right-to-left literal in ten): " +
                            $"{Of(latin)} against {Of(cs)} — {Verdict(Share(latin) <= Share(cs))}";
                    if (totals.TryGetValue("cs-same-texts", out var sameTexts))
                        yield return $"The same, the pages with their right-to-left text (razor) against the same texts in .cs files (cs-same-texts): {Of(razor)} against {Of(sameTexts)} — {Verdict(Share(razor) <= Share(sameTexts))}";
                    yield return $"In milliseconds, not shares, for information: the pages with their right-to-left text {razor.Analyzers.TotalMilliseconds:F0} ms ({razor.Diagnostics} diagnostics) against the .cs files of the same size {cs.Analyzers.TotalMilliseconds:F0} ms ({cs.Diagnostics} diagnostics) — {Verdict(razor.Analyzers <= cs.Analyzers)} ({razor.Diagnostics / (double)Math.Max(1, cs.Diagnostics):F0} times the texts reported, and a compile {razor.Compile.TotalMilliseconds / cs.Compile.TotalMilliseconds:F1} times as long)";
                    yield return $"Per diagnostic reported: Razor {razor.Analyzers.TotalMilliseconds / Math.Max(1, razor.Diagnostics):F3} ms, .cs {cs.Analyzers.TotalMilliseconds / Math.Max(1, cs.Diagnostics):F3} ms (the Razor corpus is RTL text in every line; the .cs corpus has one RTL literal in ten).";
                    if (totals.TryGetValue("cs-same-texts", out var same))
                    {
                        yield return $"Razor checks cost no more than the checks of the same texts in .cs files (telemetry, the median of {TelemetryRuns.Rounds} runs): Razor {razor.Analyzers.TotalMilliseconds:F1} ms ({razor.Diagnostics} diagnostics), .cs {same.Analyzers.TotalMilliseconds:F1} ms ({same.Diagnostics} diagnostics) — {Verdict(razor.Analyzers <= same.Analyzers)}";
                        if (razor.Cpu > TimeSpan.Zero && same.Cpu > TimeSpan.Zero)
                        {
                            // Telemetry is wall-clock time in the callbacks, waits for the compile beside them included; see CpuTimedAnalyzer.
                            // Both projects hold the same texts, so per text is the totals' ratio. Per diagnostic differs: the
                            // Razor checks pass over <script> and <style> text, which the .cs project holds as literals and reports.
                            var texts = RazorCorpus.RightToLeftTexts(Scale.RazorFilePairs);
                            double PerDiagnostic((TimeSpan Analyzers, TimeSpan Compile, int Diagnostics, int Characters, TimeSpan Cpu) t) => t.Cpu.TotalMilliseconds * 1000 / Math.Max(1, t.Diagnostics);
                            yield return $"The same by the callbacks' processor time (least of five runs): Razor {razor.Cpu.TotalMilliseconds:F1} ms, .cs {same.Cpu.TotalMilliseconds:F1} ms for the same {texts:N0} right-to-left texts, per text {razor.Cpu.TotalMilliseconds * 1000 / texts:F2} / {same.Cpu.TotalMilliseconds * 1000 / texts:F2} µs = {razor.Cpu / same.Cpu:F2}× — {Verdict(razor.Cpu <= same.Cpu)}";
                            yield return $"Per diagnostic by processor time, for information: Razor {PerDiagnostic(razor):F1} µs ({razor.Diagnostics}), .cs {PerDiagnostic(same):F1} µs ({same.Diagnostics}) = {PerDiagnostic(razor) / PerDiagnostic(same):F2}× (the sessions before 2026-12-03 judged by this ratio; the .cs project reports the <script> and <style> texts the Razor checks pass over).";
                        }
                    }
                    break;
                }
            case "GeneratedCodeBenchmarks":
                foreach (var culture in summary.BenchmarksCases.Select(b => b.Parameters["Culture"] as string).Distinct())
                {
                    double? M(string method) => Report(summary, method, culture)?.ResultStatistics?.Mean;
                    long? Allocated(string method) => Report(summary, method, culture) is { } r ? r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase) : null;
                    var rmProperty = M("ResourceManagerProperty");
                    var property = M("GeneratedProperty");
                    var rmPlural = M("ResourceManagerPlural");
                    var plural = M("GeneratedPlural");
                    yield return $"{culture}: generated property ≥ 20× faster than ResourceManager.GetString: {Ratio(rmProperty, property)} faster — {Verdict(property is null || rmProperty is null ? null : rmProperty >= 20 * property)}";
                    yield return $"{culture}: generated plural ≥ 10× faster than string.Format(ResourceManager.GetString(…)) + plural switch: {Ratio(rmPlural, plural)} faster — {Verdict(plural is null || rmPlural is null ? null : rmPlural >= 10 * plural)}";
                    var floor = M("HandWrittenFloorPlural");
                    yield return $"{culture}: generated plural ≤ 1.3× a hand-written string.Create method writing the same text (issue 20 item 4, the re-based plural target): {Ratio(plural, floor)} — {Verdict(plural is null || floor is null ? null : plural <= 1.3 * floor)} (ResourceManager path / hand-written floor: {Ratio(rmPlural, floor)})";
                    var theirsProperty = M("ResxSourceGeneratorProperty");
                    yield return $"{culture}: side by side, property read: ResxSourceGenerator's property {Ratio(theirsProperty, property)} the time of ours (it calls ResourceManager.GetString: {Ratio(theirsProperty, rmProperty)} of the plain call)";
                    var rmFormat = M("ResourceManagerFormat");
                    var theirsFormat = M("ResxSourceGeneratorFormat");
                    var format = M("GeneratedFormat");
                    yield return $"{culture}: side by side, {{0}} format call: ResourceManager + string.Format {Ratio(rmFormat, format)}, ResxSourceGenerator's Format method {Ratio(theirsFormat, format)} the time of ours; ours allocates {Allocated("GeneratedFormat")?.ToString(CultureInfo.InvariantCulture) ?? "n/a"} B, theirs {Allocated("ResxSourceGeneratorFormat")?.ToString(CultureInfo.InvariantCulture) ?? "n/a"} B";
                    var allocated = Allocated("GeneratedPlural");
                    var resultBytes = allocated is null ? -1 : LocalizedContent.Benchmarks.GeneratedCode.GeneratedCodeBenchmarks.ResultBytes("GeneratedPlural", culture!);
                    yield return $"{culture}: generated plural allocates only its result (one allocation): {allocated?.ToString(CultureInfo.InvariantCulture) ?? "n/a"} B per call, the result string is {resultBytes} B — {Verdict(allocated is null ? null : allocated == resultBytes)} (ResourceManager path: {Allocated("ResourceManagerPlural")?.ToString(CultureInfo.InvariantCulture) ?? "n/a"} B).";
                }
                break;
        }
    }

    private static string Ms(double? nanoseconds) => nanoseconds is null ? "n/a" : (nanoseconds.Value / 1e6).ToString("F0", CultureInfo.InvariantCulture) + " ms";

    private static BenchmarkReport? Report(Summary summary, string method, string? culture = null) =>
        summary.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method && r.ResultStatistics is not null &&
            (culture is null || r.BenchmarkCase.Parameters["Culture"] as string == culture));
}
