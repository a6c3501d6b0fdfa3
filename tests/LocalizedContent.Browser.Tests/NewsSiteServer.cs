using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace LocalizedContent.Browser.Tests;

/// <summary>
/// The built samples/NewsSite, started as a child process on a free loopback port (Kestrel binds port 0 and logs the
/// address it got in its "Now listening on:" line).
/// </summary>
public sealed class NewsSiteServer : IDisposable
{
    private const string ListeningPrefix = "Now listening on: ";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public Uri Address { get; }

    public NewsSiteServer()
    {
        var dll = LocateDll();
        var start = new ProcessStartInfo(DotnetHost())
        {
            // The site's output folder is its content root, where appsettings.json is.
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_URLS");

        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => OnLine(e.Data, listening);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data, listening);
        _process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException(
            $"NewsSite exited (code {_process.ExitCode}) before listening. Its output:\n{Output}"));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        if (!listening.Task.Wait(StartTimeout))
        {
            Dispose();
            throw new TimeoutException($"NewsSite did not print \"{ListeningPrefix}…\" within {StartTimeout.TotalSeconds} s. Its output:\n{Output}");
        }
        Address = listening.Task.GetAwaiter().GetResult();
    }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    private void OnLine(string? line, TaskCompletionSource<Uri> listening)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
        var at = line.IndexOf(ListeningPrefix, StringComparison.Ordinal);
        if (at >= 0 && Uri.TryCreate(line[(at + ListeningPrefix.Length)..].Trim(), UriKind.Absolute, out var address))
        {
            listening.TrySetResult(address);
        }
    }

    /// <summary>The NewsSite.dll built with this test project (see the ProjectReference in the .csproj).</summary>
    private static string LocateDll()
    {
        var dll = typeof(NewsSiteServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NewsSiteDll").Value!;
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException(
                $"{dll} is missing: build the test project (it builds samples/NewsSite) or run `dotnet build samples/NewsSite`.", dll);
        }
        return dll;
    }

    /// <summary>The dotnet host running these tests (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host)) return host;
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        return "dotnet";
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Not started or already gone: nothing to stop.
        }
        _process.Dispose();
    }
}
