using System.Text.RegularExpressions;
using LocalizedContent.RuleTables;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>
/// Guard: every analyzer rule and generator diagnostic is asserted by a test. A test asserts an ID when a test file
/// (a file under tests/ with a [Fact] or [Theory]) names it in code, not in a comment, the way an expectation does:
/// quoted (<c>DiagnosticAssert.Single(run, "LC1002", …)</c>, <c>d.Id == "LC1006"</c>,
/// <c>new DiagnosticResult("LC0005", …)</c>) or as analyzer test markup (<c>{|LC0001:"…"|}</c>). The guards that
/// list every ID (this one, the documentation and rules-table tests) do not count.
/// </summary>
public class DiagnosticCoverageTests
{
    private static readonly string[] Guards =
        [nameof(DiagnosticCoverageTests), nameof(RuleDocumentationTests), nameof(RuleTablesTests), "GeneratorDiagnosticsDocumentationTests"];

    [Fact]
    public void Every_rule_and_diagnostic_is_asserted_by_a_test()
    {
        var code = string.Join("\n", TestFiles().SelectMany(File.ReadLines).Where(l => !IsComment(l)));
        var unasserted = RuleTable.Descriptors().Select(d => d.Id)
            .Where(id => !code.Contains('"' + id + '"') && !code.Contains("{|" + id + ":"))
            .ToList();
        Assert.True(unasserted.Count == 0,
            "No test asserts " + string.Join(", ", unasserted) + ": add a test that expects the diagnostic (ID, location, what the user gets).");
    }

    private static IEnumerable<string> TestFiles() =>
        Directory.EnumerateFiles(Repository.PathOf("tests"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Where(path => !Guards.Contains(Path.GetFileNameWithoutExtension(path)))
            .Where(path => Regex.IsMatch(File.ReadAllText(path), @"\[(Fact|Theory)\b"));

    private static bool IsComment(string line)
    {
        var text = line.TrimStart();
        return text.StartsWith("//", StringComparison.Ordinal) || text.StartsWith('*');
    }
}
