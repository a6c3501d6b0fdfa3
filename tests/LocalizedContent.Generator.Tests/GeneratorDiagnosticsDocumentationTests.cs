using System.Reflection;
using LocalizedContent.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace LocalizedContent.Generator.Tests;

/// <summary>
/// Guards: every diagnostic the generator can report (every DiagnosticDescriptor it declares) has its docs page and
/// its release-tracking row. The rules tables are generated from the same descriptors (eng/RuleTables).
/// </summary>
public class GeneratorDiagnosticsDocumentationTests
{
    private static readonly DiagnosticDescriptor[] All = typeof(GeneratorDiagnostics).Assembly.GetTypes()
        .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .GroupBy(d => d.Id).Select(g => g.First())
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<string> Ids() => new(All.Select(d => d.Id));

    private static DiagnosticDescriptor Descriptor(string id) => All.Single(d => d.Id == id);

    [Fact]
    public void Generator_diagnostics_are_in_the_LC1000_range_with_unique_ids()
    {
        Assert.NotEmpty(All);
        Assert.All(All, d => Assert.Matches("^LC1[0-9]{3}$", d.Id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_help_link_points_at_its_docs_page(string id) => RuleDocumentation.AssertHelpPage(Descriptor(id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_diagnostic_is_release_tracked_with_its_severity(string id) =>
        RuleDocumentation.AssertReleaseTracked(Descriptor(id),
            Repository.PathOf("src", "Generator", "LocalizedContent.Generator", "AnalyzerReleases.Unshipped.md"));
}
