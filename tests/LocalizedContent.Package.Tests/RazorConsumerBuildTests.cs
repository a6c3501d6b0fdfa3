using System.Text.RegularExpressions;

namespace LocalizedContent.Package.Tests;

/// <summary>
/// Issue 18: a new Microsoft.NET.Sdk.Web project with a Razor page and a Blazor component, referencing the packed
/// package: the build reports LC0001 at the .razor and .cshtml lines and columns of the markup, the attribute values,
/// the @(…) expression and the @code literal, and nothing for &lt;script&gt; contents; and LC0009 for a lookup in a page
/// written all in ASCII, whose tree the checks read for its lookups alone.
/// </summary>
[Trait("Category", "Slow")]
public sealed class RazorConsumerBuildTests(PackedFeed feed) : IClassFixture<PackedFeed>
{
    [Fact]
    public void Web_project_sees_LC0001_in_razor_and_cshtml_files()
    {
        var directory = feed.NewConsumerDirectory("web");
        File.WriteAllText(Path.Combine(directory, "Web.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>Web</RootNamespace>
                <NoWarn>$(NoWarn);NETSDK1224</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <!-- The .NET 10 Web SDK restores this pack (blazor.web.js and the like) from a feed; the test feed
                     holds only our package, and the page and component need none of it. -->
                <KnownAspNetCorePack Remove="Microsoft.AspNetCore.App.Internal.Assets" />
                <PackageReference Include="LocalizedContent" Version="{feed.Version}" PrivateAssets="all" />
                <LocalizedContent Include="Resources/Strings.resx" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), "Microsoft.AspNetCore.Builder.WebApplication.Create(args).Run();\n");
        Directory.CreateDirectory(Path.Combine(directory, "Pages"));
        File.WriteAllText(Path.Combine(directory, "Pages", "Index.cshtml"), """
            @page
            <h1>خوش آمدید</h1>
            <p title="عنوان صفحه">@("سلام دنیا")</p>
            <script>var x = "سلام";</script>

            """);
        Directory.CreateDirectory(Path.Combine(directory, "Components"));
        File.WriteAllText(Path.Combine(directory, "Components", "Hello.razor"), """
            <h2>مرحبا بالعالم</h2>
            <button>اضغط هنا</button>

            @code {
                string Label = "تسمية";
            }

            """);

        // A page whose texts are resources: nothing beyond ASCII in it or in Razor's C# for it, and a key that is not there.
        File.WriteAllText(Path.Combine(directory, "Pages", "Plain.cshtml"), """
            @page "/plain"
            @inject Microsoft.Extensions.Localization.IStringLocalizer<Web.Resources.Strings> L
            <p>@L["Welcome"]</p>
            <p>@L["Welcom"]</p>

            """);
        Directory.CreateDirectory(Path.Combine(directory, "Resources"));
        File.WriteAllText(Path.Combine(directory, "Resources", "Strings.resx"), """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
              <resheader name="version"><value>2.0</value></resheader>
              <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
              <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
              <data name="Welcome" xml:space="preserve"><value>Welcome</value></data>
            </root>

            """);

        var build = DotNetCli.Run(directory, null, "build", "--disable-build-servers", "-nodeReuse:false", "-v:minimal");
        Assert.True(build.ExitCode == 0, "The web project does not build: " + build);
        string[] expected =
        [
            @"Pages[/\\]Index\.cshtml\(2,5\)", @"Pages[/\\]Index\.cshtml\(3,11\)", @"Pages[/\\]Index\.cshtml\(3,25\)",
            @"Components[/\\]Hello\.razor\(1,5\)", @"Components[/\\]Hello\.razor\(2,9\)", @"Components[/\\]Hello\.razor\(5,20\)",
        ];
        foreach (var location in expected) Assert.Matches(new Regex(location + ": warning LC0001"), build.Output);
        var reported = Regex.Matches(build.Output, @"[^\s/\\]+\.(razor|cshtml)\(\d+,\d+\): warning LC0001").Select(m => m.Value).Distinct().Count();
        Assert.True(reported == expected.Length, $"{reported} LC0001 in Razor files, {expected.Length} expected (none in <script>): " + build.Output);
        Assert.Matches(new Regex(@"Pages[/\\]Plain\.cshtml\(4,7\): warning LC0009"), build.Output);
        Assert.Single(Regex.Matches(build.Output, @"Plain\.cshtml\(\d+,\d+\): warning LC\d+").Select(m => m.Value).Distinct());
    }
}
