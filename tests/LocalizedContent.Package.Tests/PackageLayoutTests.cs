using System.IO.Compression;
using System.Xml.Linq;

namespace LocalizedContent.Package.Tests;

/// <summary>What a user downloads: compiler-loaded assemblies and MSBuild files only, as a development dependency.</summary>
[Trait("Category", "Slow")]
public sealed class PackageLayoutTests(PackedFeed feed) : IClassFixture<PackedFeed>
{
    [Fact]
    public void Package_holds_the_three_compiler_assemblies_under_analyzers_dotnet_cs()
    {
        var entries = Entries();
        Assert.Contains("analyzers/dotnet/cs/LocalizedContent.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/LocalizedContent.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/LocalizedContent.CodeFixes.dll", entries);
    }

    [Fact]
    public void Package_holds_the_msbuild_contract_under_buildTransitive_and_no_lib_assembly()
    {
        var entries = Entries();
        Assert.Contains("buildTransitive/LocalizedContent.props", entries);
        Assert.Contains("buildTransitive/LocalizedContent.targets", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal) && e.Contains("Workspaces", StringComparison.Ordinal));
    }

    [Fact]
    public void Package_is_a_development_dependency_with_no_dependencies()
    {
        using var zip = ZipFile.OpenRead(feed.PackagePath);
        using var stream = zip.GetEntry("LocalizedContent.nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        Assert.Equal("true", metadata.Elements().Single(e => e.Name.LocalName == "developmentDependency").Value);
        Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "dependencies" && e.Descendants().Any(d => d.Name.LocalName == "dependency"));
    }

    private List<string> Entries()
    {
        using var zip = ZipFile.OpenRead(feed.PackagePath);
        return zip.Entries.Select(e => e.FullName).ToList();
    }
}
