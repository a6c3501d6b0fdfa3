using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LocalizedContent.Package.Tests;

/// <summary>
/// A minimal Language Server Protocol client over a server's stdin/stdout (JSON-RPC with Content-Length headers), as an
/// editor is one: it answers the server's requests (configuration, capability registration, progress) and keeps every
/// notification it receives.
/// </summary>
public sealed class LspClient : IDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly Func<JsonNode?, JsonNode?> _configuration;
    private readonly StringBuilder _log = new();
    private int _nextId;

    public LspClient(string executable, string workingDirectory, Func<JsonNode?, JsonNode?> configuration)
    {
        _configuration = configuration;
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        _process = Process.Start(start)!;
        _input = _process.StandardInput.BaseStream;
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Log("stderr: " + e.Data); };
        _process.BeginErrorReadLine();
        new Thread(ReadLoop) { IsBackground = true, Name = "lsp-reader" }.Start();
    }

    /// <summary>Every notification received, in order (method, params).</summary>
    public BlockingCollection<(string Method, JsonNode? Params)> Notifications { get; } = new();

    /// <summary>What was exchanged, for a failure message.</summary>
    public string Transcript
    {
        get { lock (_log) return _log.ToString(); }
    }

    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        var completion = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        Write(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return await completion.Task.WaitAsync(timeout);
    }

    public void Notify(string method, JsonNode? parameters) =>
        Write(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    private void Write(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        Log("→ " + Shorten(message.ToJsonString()));
        lock (_input)
        {
            var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
            _input.Write(header);
            _input.Write(body);
            _input.Flush();
        }
    }

    private void ReadLoop()
    {
        var output = _process.StandardOutput.BaseStream;
        try
        {
            while (true)
            {
                var length = ReadHeaders(output);
                if (length < 0) return;
                var body = new byte[length];
                output.ReadExactly(body);
                Handle(JsonNode.Parse(body)!.AsObject());
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or JsonException)
        {
            Log("reader stopped: " + e.Message);
        }
    }

    private void Handle(JsonObject message)
    {
        var method = (string?)message["method"];
        Log("← " + Shorten(message.ToJsonString()));
        if (method is null)
        {
            var id = message["id"]!.GetValue<int>();
            if (_pending.TryRemove(id, out var completion))
            {
                if (message["error"] is { } error) completion.SetException(new InvalidOperationException(error.ToJsonString()));
                else completion.SetResult(message["result"]?.DeepClone());
            }
            return;
        }
        if (message["id"] is { } requestId)
        {
            // A request from the server: configuration gets the editor's settings, everything else a null result.
            var result = method == "workspace/configuration" ? _configuration(message["params"]) : null;
            Write(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = requestId.DeepClone(), ["result"] = result });
            return;
        }
        Notifications.Add((method, message["params"]?.DeepClone()));
    }

    private static int ReadHeaders(Stream stream)
    {
        var length = -1;
        var line = new StringBuilder();
        while (true)
        {
            var b = stream.ReadByte();
            if (b < 0) return -1;
            if (b != '\n')
            {
                if (b != '\r') line.Append((char)b);
                continue;
            }
            if (line.Length == 0) return length;
            var text = line.ToString();
            if (text.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(text[15..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            line.Clear();
        }
    }

    private void Log(string line)
    {
        lock (_log) _log.AppendLine(line);
    }

    private static string Shorten(string json) => json.Length <= 600 ? json : json[..600] + "…";

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }
}
