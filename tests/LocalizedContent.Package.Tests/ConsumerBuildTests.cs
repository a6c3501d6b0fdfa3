using System.Text.RegularExpressions;

namespace LocalizedContent.Package.Tests;

/// <summary>
/// The product as users get it: a brand-new project restores the packed nupkg from a local feed, lists a
/// LocalizedContent file, and builds with `dotnet build`. The generated class must be callable and the analyzer
/// warning must point at the right file, line and column.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ConsumerBuildTests(PackedFeed feed) : IClassFixture<PackedFeed>
{
    private const string ArticleTitle = "WeChat يناضل لجذب مستخدمين جدد";

    private const string ProgramSource = """
        using System.Globalization;
        using Consumer.Content;

        CultureInfo.CurrentUICulture = new CultureInfo("ar");
        Console.WriteLine("TITLE=" + Article.Title);
        var greeting = "مرحبا بالعالم";
        Console.WriteLine("LENGTH=" + greeting.Length);

        """;

    [Fact]
    public void Fresh_consumer_builds_calls_the_generated_class_and_sees_the_analyzer_warning()
    {
        var directory = feed.NewConsumerDirectory("consumer");
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="LocalizedContent" Version="{feed.Version}" PrivateAssets="all" />
                <LocalizedContent Include="Content/**/*.txt;Resources/**/*.resx" />
              </ItemGroup>
            </Project>
            """);
        Directory.CreateDirectory(Path.Combine(directory, "Content"));
        File.WriteAllText(Path.Combine(directory, "Content", "Article.ar.txt"),
            ArticleTitle + "\n\nأوضحت شركة تينسنت أن التطبيق قد لا يتمكن من كسب مستخدمين جدد.\n\nوقالت أيضًا إن التحديثات قد تتأثر.\n");
        File.WriteAllText(Path.Combine(directory, "Program.cs"), ProgramSource);

        var build = DotNetCli.Run(directory, null, "build", "--disable-build-servers", "-nodeReuse:false", "-v:minimal");
        Assert.True(build.ExitCode == 0, "The consumer does not build: " + build);

        // The analyzer reports LC0001 on the hard-coded Arabic literal, at its line and column.
        var lines = ProgramSource.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("مرحبا", StringComparison.Ordinal)) + 1;
        var column = lines[line - 1].IndexOf('"') + 1;
        Assert.Matches(new Regex($@"Program\.cs\({line},{column}\): warning LC0001"), build.Output);

        // The generated class is callable from the consumer's code and returns the document's title.
        var run = DotNetCli.Run(directory, null, Path.Combine(directory, "bin", "Debug", "net10.0", "Consumer.dll"));
        Assert.True(run.ExitCode == 0, "The consumer does not run: " + run);
        Assert.Contains("TITLE=" + ArticleTitle, run.Output);
        Assert.Contains("LENGTH=13", run.Output);
    }
}
