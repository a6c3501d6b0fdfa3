using System.Text.RegularExpressions;

namespace LocalizedContent.Package.Tests;

/// <summary>
/// README.md's install section, as a newcomer follows it: the snippets marked <c>&lt;!-- readme-test: file --&gt;</c>
/// are read from README.md (never copied here) and written as the files they name, beside a folder holding the packed
/// package where the README's nuget.config looks for it. Two things differ from a user's machine, both said here: the
/// package is this test run's (its version is unique, so the README's version is replaced by it), and restores go to
/// a packages folder of the test's own.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ReadmeInstallTests(PackedFeed feed) : IClassFixture<PackedFeed>
{
    [Fact]
    public void A_new_app_built_from_the_README_snippets_prints_what_the_README_says()
    {
        var snippets = ReadmeSnippets();
        Assert.Equal(["Content/Welcome.fa.txt", "MyApp.csproj", "Program.cs", "nuget.config"], snippets.Keys.Order(StringComparer.Ordinal));

        // The layout the README assumes: the app beside the clone, whose artifacts folder holds the package.
        var root = Path.Combine(feed.Root, "readme");
        var app = Path.Combine(root, "MyApp");
        var artifacts = Path.GetFullPath(Path.Combine(app, Regex.Match(snippets["nuget.config"], "value=\"([^\"]+)\"").Groups[1].Value));
        Directory.CreateDirectory(artifacts);
        File.Copy(feed.PackagePath, Path.Combine(artifacts, Path.GetFileName(feed.PackagePath)));
        foreach (var (name, text) in snippets)
        {
            var path = Path.Combine(app, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var content = name == "MyApp.csproj" ? ReplaceVersion(text, feed.Version) : text;
            File.WriteAllText(path, content);
        }

        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(root, "packages") };
        var build = DotNetCli.Run(app, environment, "build", "--disable-build-servers", "-nodeReuse:false", "-v:minimal");
        Assert.True(build.ExitCode == 0, "The README's app does not build: " + build);
        Assert.Contains(" 0 Warning(s)", build.Output, StringComparison.Ordinal);

        var run = DotNetCli.Run(app, environment, Path.Combine(app, "bin", "Debug", "net10.0", "MyApp.dll"));
        Assert.True(run.ExitCode == 0, "The README's app does not run: " + run);
        // What the README says it prints: the comment after each Console.WriteLine of its Program.cs.
        var promised = Regex.Matches(snippets["Program.cs"], @"Console\.WriteLine\(.*\);\s*// (.+)").Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.NotEmpty(promised);
        Assert.Equal(promised, run.Output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList());
    }

    /// <summary>The README's marked snippets: file name → the code block after the marker.</summary>
    private static Dictionary<string, string> ReadmeSnippets()
    {
        var readme = File.ReadAllText(Path.Combine(DotNetCli.RepoRoot, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        return Regex.Matches(readme, @"<!-- readme-test: (?<name>[^ ]+) -->\n```[a-z]*\n(?<code>.*?)```", RegexOptions.Singleline)
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["code"].Value);
    }

    private static string ReplaceVersion(string project, string version)
    {
        var replaced = Regex.Replace(project, "(<PackageReference Include=\"LocalizedContent\" Version=\")[^\"]+\"", m => m.Groups[1].Value + version + "\"");
        Assert.NotEqual(project, replaced);
        return replaced;
    }
}
