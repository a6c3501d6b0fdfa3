using System.Reflection;
using LocalizedContent.RuleTables;

// Rewrites the rules tables of README.md and docs/rules/README.md from the descriptors and code fixes.
var root = args.Length > 0 ? args[0] : typeof(RuleTable).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
    .Single(a => a.Key == "RepositoryRoot").Value!;
foreach (var file in RuleTable.Files(root))
{
    if (file.Generated == file.Committed)
    {
        Console.WriteLine($"{file.Path}: up to date");
        continue;
    }
    File.WriteAllText(Path.Combine(root, file.Path), file.Generated);
    Console.WriteLine($"{file.Path}: rules table rewritten");
}
