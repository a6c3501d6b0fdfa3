namespace LocalizedContent.Package.Tests;

/// <summary>
/// Packs LocalizedContent once into a temporary folder that serves as the only package source of the consumer
/// projects. The version is unique per run, and the consumers use their own global packages folder, so no
/// package cached by an earlier run can stand in for the one just built.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public PackedFeed()
    {
        Root = Directory.CreateTempSubdirectory("localizedcontent-package-test-").FullName;
        FeedDirectory = Path.Combine(Root, "feed");
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");
        var pack = DotNetCli.Run(DotNetCli.RepoRoot, null,
            "pack", Path.Combine("src", "Package", "LocalizedContent.csproj"),
            "--no-build", "-c", DotNetCli.Configuration, "-o", FeedDirectory, "-p:PackageVersion=" + Version);
        if (pack.ExitCode != 0) throw new InvalidOperationException("dotnet pack failed: " + pack);
        PackagePath = Path.Combine(FeedDirectory, $"LocalizedContent.{Version}.nupkg");
        if (!File.Exists(PackagePath)) throw new InvalidOperationException($"dotnet pack wrote no {PackagePath}: {pack}");
    }

    public string Root { get; }
    public string FeedDirectory { get; }
    public string Version { get; }
    public string PackagePath { get; }

    /// <summary>A new empty consumer directory with a nuget.config that sees only the packed feed.</summary>
    public string NewConsumerDirectory(string name)
    {
        var directory = Path.Combine(Root, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="localizedcontent-test-feed" value="{FeedDirectory}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(Root, "packages")}" />
              </config>
            </configuration>
            """);
        return directory;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
