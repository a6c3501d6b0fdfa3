using Microsoft.CodeAnalysis;
using Xunit;

namespace LocalizedContent.TestSupport;

/// <summary>
/// Checks shared by the analyzer and generator guard tests: a rule's docs page and its release-tracking row.
/// </summary>
public static class RuleDocumentation
{
    public const string HelpBase = "https://github.com/localized-content/LocalizedContent/blob/main/";

    /// <summary>The help link resolves to docs/rules/ID.md, whose heading names the rule; returns the page.</summary>
    public static string AssertHelpPage(DiagnosticDescriptor descriptor)
    {
        var link = descriptor.HelpLinkUri;
        Assert.StartsWith(HelpBase, link);
        var path = Repository.PathOf(link.Substring(HelpBase.Length).Split('/'));
        Assert.True(File.Exists(path), $"{descriptor.Id}: {link} does not resolve to {path}");
        Assert.EndsWith(Path.Combine("docs", "rules", descriptor.Id + ".md"), path);
        var page = File.ReadAllText(path);
        Assert.StartsWith("# " + descriptor.Id + ":", page);
        Assert.Contains("dotnet_diagnostic." + descriptor.Id + ".severity", page);
        return page;
    }

    /// <summary>The rule has a row in AnalyzerReleases.Unshipped.md with its category and default severity.</summary>
    public static void AssertReleaseTracked(DiagnosticDescriptor descriptor, string unshippedPath)
    {
        var row = File.ReadAllLines(unshippedPath)
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .SingleOrDefault(c => c.Length >= 3 && c[0] == descriptor.Id);
        Assert.True(row != null, descriptor.Id + " is missing from " + unshippedPath);
        Assert.Equal(descriptor.Category, row![1]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), row[2]);
    }
}
