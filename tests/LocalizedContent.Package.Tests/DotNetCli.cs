using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace LocalizedContent.Package.Tests;

/// <summary>Runs the SDK's own `dotnet` command the way a user would, and captures what it prints.</summary>
public static class DotNetCli
{
    public static string RepoRoot { get; } = Metadata("RepoRoot").TrimEnd('/', '\\');

    public static string Configuration { get; } = Metadata("Configuration");

    public sealed record Result(int ExitCode, string Output)
    {
        public override string ToString() => $"exit code {ExitCode}\n{Output}";
    }

    public static Result Run(string workingDirectory, IDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // The test host's own MSBuild settings must not leak into the consumer's build.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish in 8 minutes:\n{output}");
        }
        process.WaitForExit();
        return new Result(process.ExitCode, output.ToString());
    }

    private static string Metadata(string key) =>
        typeof(DotNetCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
