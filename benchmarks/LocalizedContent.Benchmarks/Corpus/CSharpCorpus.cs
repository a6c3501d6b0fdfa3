using System.Text;

namespace LocalizedContent.Benchmarks.Corpus;

/// <summary>
/// Ordinary application code: each file a class with ~20 string literals, one in ten Arabic or Persian (from the
/// seeds), passed where CA1303 looks (Console.WriteLine(string value), exception messages, a `string text`
/// parameter) and where our analyzers look (every literal). Deterministic (seeded).
/// </summary>
public static class CSharpCorpus
{
    public const int LiteralsPerFile = 20;

    public static string File(int index, int edit = 0)
    {
        var random = new Random(index);
        var code = new StringBuilder(4096);
        code.Append("using System;\nusing System.Collections.Generic;\n\n");
        code.Append($"namespace BenchApp.Module{index / 100:D2};\n\n");
        code.Append($"public sealed class Feature{index:D4}\n{{\n");
        code.Append("    private readonly List<string> _log = new();\n");
        code.Append($"    private int _edits = {edit};\n\n");
        code.Append("    public void Run(int count)\n    {\n");
        for (var i = 0; i < LiteralsPerFile; i++)
        {
            var literal = Literal(index, i, random);
            // Five shapes a real code base has; the first three are CA1303's targets.
            switch (i % 5)
            {
                case 0: code.Append($"        Console.WriteLine(\"{literal}\");\n"); break;
                case 1: code.Append($"        if (count < {i}) throw new InvalidOperationException(\"{literal}\");\n"); break;
                case 2: code.Append($"        Show(\"{literal}\", count + {i});\n"); break;
                case 3: code.Append($"        _log.Add(\"{literal}\" + count.ToString());\n"); break;
                default: code.Append($"        var value{i} = string.Concat(\"{literal}\", \": \", (count * {i}).ToString());\n        _log.Add(value{i});\n"); break;
            }
        }
        code.Append("        _edits++;\n    }\n\n");
        code.Append("    private void Show(string text, int number)\n    {\n");
        code.Append("        if (number % 2 == 0) Console.Write(text);\n        _log.Add(text);\n    }\n}\n");
        return code.ToString();
    }

    /// <summary>One literal in ten is RTL text (a phrase of the seeds, with its digits); the rest English.</summary>
    private static string Literal(int file, int index, Random random) =>
        index % 10 == 3
            ? (file % 2 == 0 ? Seeds.Arabic : Seeds.Persian).Phrase(random, 2, 8)
            : $"Feature {file} step {index} finished";
}
