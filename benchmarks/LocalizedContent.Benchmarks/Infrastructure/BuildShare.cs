using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using LocalizedContent.Benchmarks.Corpus;

namespace LocalizedContent.Benchmarks.Infrastructure;

/// <summary>
/// Profiling aid (<c>-- --build-share [builds]</c>): our analyzers' share of a real <c>dotnet build</c>, the figure a
/// user reads with <c>-p:ReportAnalyzer=true</c>, for the benchmarks' projects written out as SDK projects that
/// reference LocalizedContent.Analyzers.dll, with the SDK's default analyzers and generators beside it: the
/// AnalyzerBenchmarks project (2,000 .cs files), the Razor files of RazorAnalyzerBenchmarks (a Web SDK project: the
/// Razor compiler runs) and the same texts in .cs files. Each is rebuilt (<c>--no-incremental</c>) several times with a
/// new csc process each (<c>UseSharedCompilation=false</c>, as on a CI machine), then with the compiler server after
/// one build not counted. Printed per build: the Csc task's time, every analyzer's telemetry, ours, and our rules'.
/// Unlike the in-process benchmarks, csc runs the compile and the analyzers concurrently, its own code precompiled
/// (ReadyToRun) and ours as the runtime's tiered compilation leaves it.
/// </summary>
internal static class BuildShare
{
    public static void Print(int builds)
    {
        var root = Path.Combine(Path.GetTempPath(), "LocalizedContent.BuildShare");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        Console.WriteLine($"analyzers: {RoslynComponents.OurAnalyzersPath}; in {root}");
        var projects = new[]
        {
            ("cs", "Microsoft.NET.Sdk", Enumerable.Range(0, Scale.AnalyzerFiles).Select(i => ($"Features/Feature{i:D4}.cs", CSharpCorpus.File(i)))),
            ("razor", "Microsoft.NET.Sdk.Web", RazorCorpus.RazorFiles(Scale.RazorFilePairs).Append(("Program.cs", "public static class Program { public static void Main() { } }\n"))),
            ("cs-same-texts", "Microsoft.NET.Sdk", RazorCorpus.SameTextsInCSharp(Scale.RazorFilePairs).Select(t => ($"Pages/{Path.GetFileName(t.FilePath)}", t.ToString()))),
        };
        foreach (var (name, sdk, files) in projects)
        {
            var project = WriteProject(Path.Combine(root, name), sdk, files);
            Run("dotnet", "build-server shutdown", root);
            for (var i = 0; i < builds; i++) PrintBuild($"{name}, new csc process {i + 1}", Build(project, shared: false));
            Build(project, shared: true); // starts the server: not counted
            for (var i = 0; i < builds; i++) PrintBuild($"{name}, compiler server {i + 1}", Build(project, shared: true));
            Run("dotnet", "build-server shutdown", root);
        }
    }

    private static string WriteProject(string folder, string sdk, IEnumerable<(string Path, string Content)> files)
    {
        foreach (var (path, content) in files)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }
        var project = Path.Combine(folder, "BenchApp.csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                <TargetFramework>net{Environment.Version.Major}.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <ReportAnalyzer>true</ReportAnalyzer>
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{RoslynComponents.OurAnalyzersPath}" />
              </ItemGroup>
            </Project>
            """);
        Run("dotnet", $"restore \"{project}\"", folder);
        return project;
    }

    private sealed record Result(double CscMs, double AllAnalyzersMs, double OursMs, Dictionary<string, double> Ours);

    private static Result Build(string project, bool shared)
    {
        // Detailed verbosity: csc's analyzer report is logged at low importance.
        var output = Run("dotnet", $"build \"{project}\" --no-incremental -nodeReuse:false -v:d -clp:PerformanceSummary -p:UseSharedCompilation={shared.ToString().ToLowerInvariant()}",
            Path.GetDirectoryName(project)!);
        var csc = Regex.Match(output, @"^\s*(\d+) ms\s+Csc\s", RegexOptions.Multiline);
        var all = Regex.Match(output, @"Total analyzer execution time: ([\d.]+) seconds");
        var ours = Regex.Match(output, @"^\s*([<\d.]+)\s+\S+\s+LocalizedContent\.Analyzers, Version=", RegexOptions.Multiline);
        if (!csc.Success || !all.Success || !ours.Success) throw new InvalidOperationException("The build's output has no analyzer report:\n" + output[^Math.Min(output.Length, 3000)..]);
        var each = Regex.Matches(output, @"^\s*([<\d.]+)\s+\S+\s+LocalizedContent\.Analyzers\.(\w+) \(", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[2].Value, m => Seconds(m.Groups[1].Value) * 1000);
        return new Result(double.Parse(csc.Groups[1].Value, CultureInfo.InvariantCulture), Seconds(all.Groups[1].Value) * 1000, Seconds(ours.Groups[1].Value) * 1000, each);
    }

    private static void PrintBuild(string name, Result result) =>
        Console.WriteLine($"{name}: Csc {result.CscMs:F0} ms; all analyzers {result.AllAnalyzersMs:F0} ms; ours {result.OursMs:F0} ms = " +
            $"{result.OursMs / result.CscMs:P2} of Csc, {result.OursMs / result.AllAnalyzersMs:P1} of all analyzers " +
            $"({string.Join(", ", result.Ours.Where(p => p.Value > 0).Select(p => $"{p.Key} {p.Value:F0}"))})");

    /// <summary>csc writes "&lt;0.001" for what rounds to nothing.</summary>
    private static double Seconds(string value) => value.StartsWith('<') ? 0 : double.Parse(value, CultureInfo.InvariantCulture);

    private static string Run(string command, string arguments, string directory)
    {
        var start = new ProcessStartInfo(command, arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{command} {arguments} failed:\n{output}\n{error.Result}");
        return output;
    }
}
