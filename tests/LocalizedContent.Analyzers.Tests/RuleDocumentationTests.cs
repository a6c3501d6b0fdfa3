using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>Guards: every rule has its docs page and its release-tracking entry (its rules-table rows: RuleTablesTests).</summary>
public class RuleDocumentationTests
{
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
    public void The_analyzer_assembly_has_the_ten_rules() =>
        Assert.Equal(["LC0001", "LC0002", "LC0003", "LC0004", "LC0005", "LC0006", "LC0007", "LC0008", "LC0009", "LC0010"], Descriptors().Select(d => d.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_help_link_points_at_an_existing_docs_page_about_the_rule(string id)
    {
        var page = RuleDocumentation.AssertHelpPage(Descriptor(id));
        // Every analyzer page shows a bad and a good example.
        Assert.Contains("## Bad", page);
        Assert.Contains("## Good", page);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_rule_is_in_AnalyzerReleases_Unshipped_with_its_severity(string id) =>
        RuleDocumentation.AssertReleaseTracked(Descriptor(id), Repository.PathOf("src", "Analyzers", "LocalizedContent.Analyzers", "AnalyzerReleases.Unshipped.md"));
}
