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
        var metadata = Metadata(zip);
        Assert.Equal("true", metadata.Elements().Single(e => e.Name.LocalName == "developmentDependency").Value);
        Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "dependencies" && e.Descendants().Any(d => d.Name.LocalName == "dependency"));
    }

    [Fact]
    public void Package_page_has_working_links_license_changelog_and_the_repository_the_help_links_point_into()
    {
        using var zip = ZipFile.OpenRead(feed.PackagePath);
        var metadata = Metadata(zip);
        var projectUrl = metadata.Elements().Single(e => e.Name.LocalName == "projectUrl").Value;
        Assert.StartsWith("https://", projectUrl, StringComparison.Ordinal);
        Assert.Equal(projectUrl + ".git", metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url")!.Value);
        Assert.Contains("CHANGELOG.md", metadata.Elements().Single(e => e.Name.LocalName == "releaseNotes").Value, StringComparison.Ordinal);
        Assert.Equal("MIT", metadata.Elements().Single(e => e.Name.LocalName == "license").Value);
        Assert.NotNull(zip.GetEntry("LICENSE"));
        Assert.NotNull(zip.GetEntry("CHANGELOG.md"));

        // Every diagnostic's help link (a string in the analyzer and generator assemblies) is under the project URL.
        var helpLinkBase = System.Text.Encoding.Unicode.GetBytes(projectUrl + "/blob/main/docs/rules/");
        foreach (var assembly in new[] { "LocalizedContent.Analyzers.dll", "LocalizedContent.Generator.dll" })
        {
            var bytes = ReadAll(zip, "analyzers/dotnet/cs/" + assembly);
            Assert.True(bytes.AsSpan().IndexOf(helpLinkBase) >= 0, $"{assembly} has no help link under {projectUrl}");
        }

        // The packed README: every link absolute (a package page has no docs/ folder), each to a file of this repository.
        var readme = System.Text.Encoding.UTF8.GetString(ReadAll(zip, "README.md"));
        var links = System.Text.RegularExpressions.Regex.Matches(readme, @"\]\(([^)\s]+)\)").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.True(link.StartsWith("https://", StringComparison.Ordinal) || link.StartsWith('#'), "relative link in the packed README: " + link));
        var repositoryFiles = links.Select(l => RepositoryPath(l, projectUrl)).Where(p => p != null).ToList();
        Assert.NotEmpty(repositoryFiles);
        Assert.All(repositoryFiles, path => Assert.True(File.Exists(Path.Combine(DotNetCli.RepoRoot, path!)) || Directory.Exists(Path.Combine(DotNetCli.RepoRoot, path!)),
            "the packed README links to a path the repository does not have: " + path));
    }

    /// <summary>The repository path of a link into the repository (blob view or raw file), without its anchor.</summary>
    private static string? RepositoryPath(string link, string projectUrl)
    {
        var raw = projectUrl.Replace("https://github.com/", "https://raw.githubusercontent.com/", StringComparison.Ordinal) + "/main/";
        var blob = projectUrl + "/blob/main/";
        var path = link.StartsWith(blob, StringComparison.Ordinal) ? link[blob.Length..]
            : link.StartsWith(raw, StringComparison.Ordinal) ? link[raw.Length..] : null;
        return path?.Split('#')[0];
    }

    private static byte[] ReadAll(ZipArchive zip, string entry)
    {
        using var stream = zip.GetEntry(entry)?.Open() ?? throw new InvalidOperationException("not in the package: " + entry);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static XElement Metadata(ZipArchive zip)
    {
        using var stream = zip.GetEntry("LocalizedContent.nuspec")!.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private List<string> Entries()
    {
        using var zip = ZipFile.OpenRead(feed.PackagePath);
        return zip.Entries.Select(e => e.FullName).ToList();
    }
}
