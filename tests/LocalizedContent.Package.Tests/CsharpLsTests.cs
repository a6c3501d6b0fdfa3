using System.Text.Json.Nodes;

namespace LocalizedContent.Package.Tests;

/// <summary>
/// README's Editors section, csharp-ls column, checked with the real language server (csharp-ls 0.28.0, installed as a
/// dotnet tool into the test's folder) on a new consumer of the packed package: with <c>csharp.analyzersEnabled</c> the
/// server publishes LC0001 at the literal, and the generated class's members complete.
/// </summary>
[Trait("Category", "Slow")]
public sealed class CsharpLsTests(PackedFeed feed) : IClassFixture<PackedFeed>
{
    private const string CsharpLsVersion = "0.28.0";

    private const string ProgramSource = """
        using Consumer.Content;

        var greeting = "مرحبا بالعالم";
        Console.WriteLine(greeting);
        Console.WriteLine(Article.Title);

        """;

    [Fact]
    public async Task Csharp_ls_publishes_LC0001_and_completes_the_generated_members()
    {
        var directory = feed.NewConsumer("lsp-consumer", """<LocalizedContent Include="Content/**/*.txt" />""");
        Directory.CreateDirectory(Path.Combine(directory, "Content"));
        File.WriteAllText(Path.Combine(directory, "Content", "Article.ar.txt"), "عنوان المقال\n\nنص المقال.\n");
        var program = Path.Combine(directory, "Program.cs");
        File.WriteAllText(program, ProgramSource);
        var restore = DotNetCli.Run(directory, null, "restore");
        Assert.True(restore.ExitCode == 0, "restore failed: " + restore);

        var tools = Path.Combine(feed.Root, "tools");
        var install = DotNetCli.Run(feed.Root, null, "tool", "install", "--tool-path", tools, "csharp-ls", "--version", CsharpLsVersion);
        Assert.True(install.ExitCode == 0, "csharp-ls could not be installed as a dotnet tool: " + install);

        using var client = new LspClient(Path.Combine(tools, "csharp-ls"), directory, Settings);
        var rootUri = new Uri(directory + Path.DirectorySeparatorChar).AbsoluteUri;
        var programUri = new Uri(program).AbsoluteUri;
        var timeout = TimeSpan.FromMinutes(4);
        await client.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = rootUri,
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject { ["configuration"] = true },
                ["textDocument"] = new JsonObject
                {
                    ["publishDiagnostics"] = new JsonObject(),
                    ["completion"] = new JsonObject { ["completionItem"] = new JsonObject { ["snippetSupport"] = false } },
                },
            },
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = rootUri, ["name"] = "lsp-consumer" }),
        }, timeout);
        client.Notify("initialized", new JsonObject());
        client.Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = programUri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = ProgramSource },
        });

        // LC0001 on the literal, at its line and column (0-based in LSP).
        var lines = ProgramSource.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("مرحبا", StringComparison.Ordinal));
        var column = lines[line].IndexOf('"', StringComparison.Ordinal);
        var deadline = DateTime.UtcNow + timeout;
        JsonNode? lc0001 = null;
        while (lc0001 is null && DateTime.UtcNow < deadline)
        {
            if (!client.Notifications.TryTake(out var notification, TimeSpan.FromSeconds(5))) continue;
            if (notification.Method != "textDocument/publishDiagnostics" || (string?)notification.Params?["uri"] != programUri) continue;
            lc0001 = notification.Params!["diagnostics"]!.AsArray().FirstOrDefault(d => (string?)d?["code"] == "LC0001");
        }
        Assert.True(lc0001 is not null, "csharp-ls published no LC0001 for Program.cs:\n" + client.Transcript);
        Assert.Equal(line, (int)lc0001!["range"]!["start"]!["line"]!);
        Assert.Equal(column, (int)lc0001["range"]!["start"]!["character"]!);

        // The generated class's members complete after "Article.".
        var member = Array.FindIndex(lines, l => l.Contains("Article.Title", StringComparison.Ordinal));
        var afterDot = lines[member].IndexOf("Article.", StringComparison.Ordinal) + "Article.".Length;
        var completion = await client.RequestAsync("textDocument/completion", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = programUri },
            ["position"] = new JsonObject { ["line"] = member, ["character"] = afterDot },
            ["context"] = new JsonObject { ["triggerKind"] = 2, ["triggerCharacter"] = "." },
        }, timeout);
        var items = (completion is JsonArray array ? array : completion?["items"]?.AsArray()) ?? [];
        var labels = items.Select(i => (string?)i?["label"]).ToList();
        Assert.True(labels.Contains("Title") && labels.Contains("Paragraphs"),
            "no Title/Paragraphs in the completion after Article.: " + string.Join(", ", labels) + "\n" + client.Transcript);
    }

    /// <summary>The editor's settings, as an LSP client answers workspace/configuration: analyzers on.</summary>
    private static JsonNode? Settings(JsonNode? parameters)
    {
        var answers = new JsonArray();
        foreach (var item in parameters?["items"]?.AsArray() ?? [])
        {
            var csharp = new JsonObject { ["analyzersEnabled"] = true };
            answers.Add((string?)item?["section"] == "csharp" ? csharp : new JsonObject { ["csharp"] = csharp });
        }
        return answers;
    }
}
