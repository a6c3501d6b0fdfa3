using LocalizedContent.RuleTables;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>The committed rules tables are the ones eng/RuleTables writes from the descriptors and code fixes.</summary>
public class RuleTablesTests
{
    [Fact]
    public void The_committed_rules_tables_are_the_generated_ones()
    {
        foreach (var file in RuleTable.Files(Repository.Root))
        {
            var committed = file.Committed.Split('\n');
            var generated = file.Generated.Split('\n');
            var line = Enumerable.Range(0, Math.Min(committed.Length, generated.Length)).FirstOrDefault(i => committed[i] != generated[i], -1);
            Assert.True(file.Committed == file.Generated,
                $"The rules table of {file.Path} differs from the descriptors and code fixes (line {line + 1}: " +
                $"'{(line >= 0 ? committed[line] : "")}', expected '{(line >= 0 ? generated[line] : "")}'). " +
                $"Run `{RuleTable.Command}` and commit the result.");
        }
    }

    [Fact]
    public void Every_analyzer_rule_is_a_row_with_its_severity_and_LC0001_shows_Move_to_resource()
    {
        var rules = RuleTable.Rules().ToDictionary(r => r.Id);
        var supported = typeof(HardCodedRtlTextAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics);
        Assert.All(supported, d => Assert.Equal(d.DefaultSeverity, rules[d.Id].Severity));
        Assert.Equal("Move to resource", rules["LC0001"].Fix);
        Assert.Equal("", rules["LC0006"].Fix);
    }

    [Fact]
    public void Only_the_text_between_the_markers_is_replaced()
    {
        var text = $"# Rules\n\nProse.\n\n{RuleTable.Begin}\n| old |\n{RuleTable.End}\n\nMore prose.\n";
        var table = RuleTable.Render([new RuleTable.Rule("LC0009", "A | B", DiagnosticSeverity.Info, "")], "docs/rules/");

        Assert.Equal(
            $"# Rules\n\nProse.\n\n{RuleTable.Begin}\n| ID | Title | Severity | Fix |\n|---|---|---|---|\n" +
            $"| [LC0009](docs/rules/LC0009.md) | A \\| B | Info | — |\n{RuleTable.End}\n\nMore prose.\n",
            RuleTable.Replace(text, table));
    }

    [Fact]
    public void A_file_without_markers_is_an_error_not_a_silent_no_op() =>
        Assert.Throws<InvalidOperationException>(() => RuleTable.Replace("| ID | Title |\n", "| new |\n"));
}
