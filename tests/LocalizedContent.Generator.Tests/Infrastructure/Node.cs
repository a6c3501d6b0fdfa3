using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace LocalizedContent.Generator.Tests.Infrastructure;

/// <summary>Runs a script in one Node.js process (full ICU: the Intl reference the conformance tests compare with),
/// with <paramref name="input"/> as JSON on stdin, and reads its JSON answer from stdout.</summary>
public static class Node
{
    public static T Run<T>(string script, object input)
    {
        var start = new ProcessStartInfo("node", ["-e", script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        node.StandardInput.Write(JsonSerializer.Serialize(input));
        node.StandardInput.Close();
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEnd();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, "node failed: " + stderr);
        return JsonSerializer.Deserialize<T>(stdout.Result)!;
    }
}
