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

    /// <summary>A new project (RootNamespace Consumer) in <paramref name="directory"/> that references the packed
    /// package and lists <paramref name="items"/> (LocalizedContent items, other package references).</summary>
    public void WriteConsumerProject(string directory, string items, string properties = "") =>
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <RootNamespace>Consumer</RootNamespace>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="LocalizedContent" Version="{Version}" PrivateAssets="all" />
                {items}
              </ItemGroup>
            </Project>
            """);

    /// <summary>A new consumer directory (<see cref="NewConsumerDirectory"/>) with its project (<see cref="WriteConsumerProject"/>).</summary>
    public string NewConsumer(string name, string items, string properties = "")
    {
        var directory = NewConsumerDirectory(name);
        WriteConsumerProject(directory, items, properties);
        return directory;
    }

    /// <summary>A .resx file as Visual Studio writes one (all four headers), with one data entry per pair.</summary>
    public static string Resx(params (string Key, string Value)[] entries) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n"
        + "  <resheader name=\"resmimetype\"><value>text/microsoft-resx</value></resheader>\n"
        + "  <resheader name=\"version\"><value>2.0</value></resheader>\n"
        + "  <resheader name=\"reader\"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>\n"
        + "  <resheader name=\"writer\"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>\n"
        + string.Concat(entries.Select(e => $"  <data name=\"{e.Key}\" xml:space=\"preserve\"><value>{e.Value}</value></data>\n")) + "</root>\n";

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
