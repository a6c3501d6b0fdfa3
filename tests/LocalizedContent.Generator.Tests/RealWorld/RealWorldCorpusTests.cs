using System.Text;
using LocalizedContent.Generator.Diagnostics;
using LocalizedContent.Generator.Messages;
using LocalizedContent.Generator.Tests.Infrastructure;
using LocalizedContent.Generator.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace LocalizedContent.Generator.Tests.RealWorld;

/// <summary>
/// Real applications' own .resx translations with Arabic and Persian satellites (Corpus/RealWorld/, each project
/// with its SOURCE.md: repository, commit, license), given to the message generator at their original paths as a
/// project that adds its existing .resx files as LocalizedContent items. Asserts what holds today and prints the
/// figures (run with <c>--logger "console;verbosity=detailed"</c> to see them): keys, cultures, the generator's
/// diagnostics by ID and severity, and how many values print what <c>string.Format</c> printed.
/// </summary>
[Trait("Category", "Slow")]
public sealed class RealWorldCorpusTests(ITestOutputHelper output)
{
    /// <summary>Diagnostics saying a file was not read whole: bad culture suffix, two files for one culture, not UTF-8, malformed XML.</summary>
    private static readonly string[] FileNotRead = [DiagnosticIds.LC1001, DiagnosticIds.LC1004, DiagnosticIds.LC1005, DiagnosticIds.LC1028];

    [Fact]
    public void Real_translations_go_through_the_generator_and_the_output_compiles()
    {
        var table = new StringBuilder("project | sets | keys | cultures | errors | warnings | .NET values (with format items) | same text | different (grouping only) | different per culture | not .NET\n");
        var details = new StringBuilder();
        foreach (var name in RealWorldProject.Names)
        {
            var project = RealWorldProject.Load(name);
            Assert.True(project.Files.Count >= 3, name + ": expected a neutral, an Arabic and a Persian file");
            var harness = new GeneratorHarness();
            foreach (var file in project.Files) harness.AddFile(file.Text);
            var run = harness.Run(new MessageGenerator()); // throws when the generator throws (a user would get CS8785)

            Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => FileNotRead.Contains(d.Id));
            var assembly = run.CompileAndLoad();
            GeneratedApiConsumer.TouchEveryMember(assembly);
            var comparison = StringFormatComparison.Run(project, assembly);
            Assert.True(comparison.Compared > 0, name + ": no value was compared");

            // Issue 15: .NET format strings are read as .NET, so every value string.Format accepts prints its text, and
            // the build is green with default settings: no error at all (LC1020 fired on {0:0.0}; bit Boilerplate's
            // duplicate keys are LC1021, a warning as MSBuild's MSB3568 is). The package test builds the same files.
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.Empty(comparison.Mismatches);
            table.AppendLine(Row(project, run, comparison));
            details.AppendLine(Details(project, run, comparison));
        }
        output.WriteLine(table.ToString());
        output.WriteLine(details.ToString());
    }

    private static string Row(RealWorldProject project, GeneratorRun run, StringFormatComparison comparison)
    {
        var keys = project.Files.Where(f => f.Culture is null).Sum(f => f.Entries.Count);
        var cultures = string.Join(" ", project.Files.Select(f => f.Culture ?? "neutral").Distinct().Order(StringComparer.Ordinal));
        int Total(DiagnosticSeverity s) => run.GeneratorDiagnostics.Count(d => d.Severity == s);
        return $"{project.Name} | {project.Files.Select(f => f.SetPath).Distinct().Count()} | {keys} | {cultures} | {Total(DiagnosticSeverity.Error)} | {Total(DiagnosticSeverity.Warning)}"
            + $" | {comparison.Compared} ({comparison.WithFormatItems}) | {comparison.Matches} | {comparison.Mismatches.Count} ({comparison.Mismatches.Count(m => m.GroupingOnly)})"
            + $" | {string.Join(" ", comparison.Mismatches.GroupBy(m => m.Culture).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))} | {comparison.NotDotNet}";
    }

    /// <summary>The diagnostics by ID and severity, and examples of differences: per culture the first other than grouping.</summary>
    private static string Details(RealWorldProject project, GeneratorRun run, StringFormatComparison comparison)
    {
        var byId = run.GeneratorDiagnostics.GroupBy(d => $"{d.Id} {d.Severity}").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} ×{g.Count()}");
        var builder = new StringBuilder($"{project.Name}: {string.Join(", ", byId)}\n");
        var examples = comparison.Mismatches.GroupBy(m => m.Culture).Select(g => g.FirstOrDefault(m => !m.GroupingOnly) ?? g.First());
        foreach (var mismatch in examples) builder.Append("  ").AppendLine(mismatch.ToString());
        return builder.ToString();
    }
}
