using System.Reflection;
using System.Text.RegularExpressions;
using LocalizedContent.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>Guards: every rule has its docs page, its release-tracking entry and its row in the rules tables.</summary>
public class RuleDocumentationTests
{
    private const string HelpBase = "https://github.com/localized-content/LocalizedContent/blob/main/";

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in Descriptors()) data.Add(descriptor.Id);
        return data;
    }

    private static IEnumerable<DiagnosticDescriptor> Descriptors() =>
        typeof(HardCodedRtlTextAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .GroupBy(d => d.Id).Select(g => g.First()).OrderBy(d => d.Id);

    private static DiagnosticDescriptor Descriptor(string id) => Descriptors().Single(d => d.Id == id);

    [Fact]
    public void The_analyzer_assembly_has_the_six_rules() =>
        Assert.Equal(["LC0001", "LC0002", "LC0003", "LC0004", "LC0005", "LC0006"], Descriptors().Select(d => d.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_help_link_points_at_an_existing_docs_page_about_the_rule(string id)
    {
        var link = Descriptor(id).HelpLinkUri;
        Assert.StartsWith(HelpBase, link);
        var path = Repository.PathOf(link.Substring(HelpBase.Length).Split('/'));
        Assert.True(File.Exists(path), $"{id}: {link} does not resolve to {path}");
        var page = File.ReadAllText(path);
        Assert.StartsWith("# " + id + ":", page);
        // Every page shows a bad and a good example and says how to suppress the rule.
        Assert.Contains("dotnet_diagnostic." + id + ".severity", page);
        Assert.Contains("## Bad", page);
        Assert.Contains("## Good", page);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_rule_is_in_AnalyzerReleases_Unshipped_with_its_severity(string id)
    {
        var descriptor = Descriptor(id);
        var lines = File.ReadAllLines(Repository.PathOf("src", "Analyzers", "LocalizedContent.Analyzers", "AnalyzerReleases.Unshipped.md"));
        var row = lines.Select(l => l.Split('|').Select(c => c.Trim()).ToArray()).SingleOrDefault(c => c.Length >= 3 && c[0] == id);
        Assert.True(row != null, id + " is missing from AnalyzerReleases.Unshipped.md");
        Assert.Equal(descriptor.Category, row![1]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), row[2]);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_rule_is_in_the_rules_index_table_with_its_severity(string id) =>
        AssertInRulesTable(Repository.PathOf("docs", "rules", "README.md"), id);

    /// <summary>The repository README's rules table, once it has one (a table whose header starts with | ID |).</summary>
    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_rule_is_in_the_README_rules_table_when_the_README_has_one(string id)
    {
        var readme = Repository.PathOf("README.md");
        if (!File.Exists(readme) || !File.ReadAllLines(readme).Any(IsRulesHeader)) return;
        AssertInRulesTable(readme, id);
    }

    private static bool IsRulesHeader(string line) => Regex.IsMatch(line, @"^\|\s*ID\s*\|.*\|\s*Severity\s*\|");

    private static void AssertInRulesTable(string path, string id)
    {
        var lines = File.ReadAllLines(path);
        var header = Array.FindIndex(lines, IsRulesHeader);
        Assert.True(header >= 0, path + " has no table with the columns | ID | … | Severity |");
        var columns = Cells(lines[header]);
        var severityColumn = Array.IndexOf(columns, "Severity");
        var rows = lines.Skip(header + 2).TakeWhile(l => l.TrimStart().StartsWith('|')).Select(Cells).ToList();
        var row = rows.SingleOrDefault(r => Regex.Replace(r[0], @"\[([^\]]+)\]\([^)]*\)", "$1") == id);
        Assert.True(row != null, $"{id} has no row in the rules table of {path}");
        Assert.Equal(Descriptor(id).DefaultSeverity.ToString(), row![severityColumn]);
    }

    private static string[] Cells(string line) => line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
}
