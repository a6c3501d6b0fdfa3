namespace LocalizedContent.Package.Tests;

/// <summary>
/// A project that uses Microsoft's ResxSourceGenerator for its old .resx files and LocalizedContent for new ones (the
/// way a user moves over, one resource set at a time). Before, Microsoft's generator also compiled LocalizedContent's
/// .resx files: a second class Strings (CS0101) and classes named after the cultures (<c>fa</c>).
/// </summary>
[Trait("Category", "Slow")]
public sealed class ResxSourceGeneratorSideBySideTests(PackedFeed feed) : IClassFixture<PackedFeed>
{
    /// <summary>The version of Microsoft.CodeAnalysis.ResxSourceGenerator the side-by-side comparisons use.</summary>
    private const string ResxSourceGeneratorVersion = "5.0.0-1.25277.114";

    [Fact]
    public void Both_generators_in_one_project_each_compile_their_own_resx_files()
    {
        var directory = Path.Combine(feed.Root, "side-by-side");
        Directory.CreateDirectory(Path.Combine(directory, "Resources"));
        // The packed feed next to the machine's own sources (Microsoft's generator comes from those).
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="localizedcontent-test-feed" value="{feed.FeedDirectory}" />
              </packageSources>
            </configuration>
            """);
        feed.WriteConsumerProject(directory, $"""
            <PackageReference Include="Microsoft.CodeAnalysis.ResxSourceGenerator" Version="{ResxSourceGeneratorVersion}" PrivateAssets="all" />
            <LocalizedContent Include="Resources/Strings*.resx" />
            """);
        // Microsoft's: an embedded resource as the SDK includes it by default.
        File.WriteAllText(Path.Combine(directory, "Resources", "Legacy.resx"), PackedFeed.Resx(("Hello", "Hello from ResourceManager")));
        File.WriteAllText(Path.Combine(directory, "Resources", "Strings.resx"), PackedFeed.Resx(("Welcome", "Welcome")));
        File.WriteAllText(Path.Combine(directory, "Resources", "Strings.fa.resx"), PackedFeed.Resx(("Welcome", "خوش آمدید")));
        File.WriteAllText(Path.Combine(directory, "Program.cs"), """
            using System.Globalization;
            using Consumer.Resources;

            Console.WriteLine("LEGACY=" + Legacy.Hello);
            CultureInfo.CurrentUICulture = new CultureInfo("fa");
            Console.WriteLine("TYPED=" + Strings.Welcome);

            """);

        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(feed.Root, "side-by-side-packages") };
        var build = DotNetCli.Run(directory, environment, "build", "--disable-build-servers", "-nodeReuse:false", "-v:minimal");
        Assert.True(build.ExitCode == 0, "The project with both generators does not build: " + build);
        var run = DotNetCli.Run(directory, environment, Path.Combine(directory, "bin", "Debug", "net10.0", "Consumer.dll"));
        Assert.True(run.ExitCode == 0, "It does not run: " + run);
        Assert.Contains("LEGACY=Hello from ResourceManager", run.Output, StringComparison.Ordinal);
        Assert.Contains("TYPED=خوش آمدید", run.Output, StringComparison.Ordinal);
    }
}
