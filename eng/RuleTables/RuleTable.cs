using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LocalizedContent.RuleTables;

/// <summary>
/// The rules tables of README.md and docs/rules/README.md, made from what ships: every DiagnosticDescriptor field of
/// the analyzer and generator assemblies, and the <see cref="DescriptionAttribute"/> of each CodeFixProvider whose
/// FixableDiagnosticIds name the rule. The table sits between <see cref="Begin"/> and <see cref="End"/>; the prose
/// around it is the file's own. Compiled into eng/RuleTables (writes the files) and linked into the analyzer tests
/// (fail when a committed table differs), so both use this one rendering.
/// </summary>
public static class RuleTable
{
    public const string Command = "dotnet run --project eng/RuleTables";
    public const string Begin = "<!-- rules:begin -->";
    public const string End = "<!-- rules:end -->";

    /// <summary>The files with a rules table, relative to the repository root, and the link from each to docs/rules/.</summary>
    private static readonly (string Path, string LinkBase)[] Targets = [("README.md", "docs/rules/"), ("docs/rules/README.md", "")];

    private static readonly string[] DescriptorAssemblies = ["LocalizedContent.Analyzers", "LocalizedContent.Generator"];
    private const string CodeFixAssembly = "LocalizedContent.CodeFixes";

    public sealed record Rule(string Id, string Title, DiagnosticSeverity Severity, string Fix);

    public sealed record TableFile(string Path, string Committed, string Generated);

    /// <summary>Every descriptor the analyzers and the generator declare, one per ID, in ID order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors() =>
        DescriptorAssemblies.Select(Assembly.Load)
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.ContainsGenericParameters)
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .DistinctBy(d => d.Id)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<Rule> Rules()
    {
        var fixes = Assembly.Load(CodeFixAssembly).GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds.Select(id => (Id: id, Fix: Describe(t))))
            .ToLookup(f => f.Id, f => f.Fix);
        return Descriptors()
            .Select(d => new Rule(d.Id, d.Title.ToString(CultureInfo.InvariantCulture), d.DefaultSeverity, string.Join("; ", fixes[d.Id])))
            .ToList();
    }

    public static string Render(IEnumerable<Rule> rules, string linkBase)
    {
        var table = new StringBuilder("| ID | Title | Severity | Fix |\n|---|---|---|---|\n");
        foreach (var rule in rules)
        {
            var fix = rule.Fix.Length == 0 ? "—" : Cell(rule.Fix);
            table.Append($"| [{rule.Id}]({linkBase}{rule.Id}.md) | {Cell(rule.Title)} | {rule.Severity} | {fix} |\n");
        }
        return table.ToString();
    }

    /// <summary><paramref name="text"/> with the lines between its markers replaced by <paramref name="table"/>.</summary>
    public static string Replace(string text, string table)
    {
        var begin = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin) throw new InvalidOperationException($"No {Begin} … {End} markers to put the rules table between");
        var start = begin + Begin.Length;
        return text[..start] + "\n" + table + text[end..];
    }

    /// <summary>Each file with a rules table: its committed text and the text with the table generated now.</summary>
    public static IReadOnlyList<TableFile> Files(string repositoryRoot)
    {
        var rules = Rules();
        return Targets.Select(target =>
        {
            var committed = File.ReadAllText(Path.Combine(repositoryRoot, target.Path));
            return new TableFile(target.Path, committed, Replace(committed, Render(rules, target.LinkBase)));
        }).ToList();
    }

    private static string Describe(Type provider) =>
        provider.GetCustomAttribute<DescriptionAttribute>()?.Description
        ?? throw new InvalidOperationException($"{provider.Name} has no [Description] to show in the rules table's Fix column");

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
