using System.Collections.Immutable;
using System.Text;
using CsCheck;
using LocalizedContent.Generator.Documents;
using LocalizedContent.Generator.Messages;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>
/// Issue 7 for analyzers: every DiagnosticAnalyzer in LocalizedContent.Analyzers runs over random C# (literals of
/// every kind holding random Unicode: RTL letters, bidi controls, lone surrogates; comments; Arabic identifiers;
/// broken syntax too) and over the generators' own output, and never throws. A throwing analyzer is AD0001 in the
/// user's build and its rule silently stops working. The content-file readers have their own properties
/// (ContentFileRobustnessProperties).
/// </summary>
[Trait("Category", "Slow")]
public sealed class AnalyzerRobustnessProperties
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> AllAnalyzers = typeof(MixedDigitSystemsAnalyzer).Assembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private static readonly ImmutableArray<MetadataReference> References = SharedFrameworks.Runtime;

    /// <summary>Every additional file is a LocalizedContent item, as buildTransitive marks them.</summary>
    private static readonly TestAnalyzerConfigOptionsProvider ContentItemOptions = TestAnalyzerConfigOptionsProvider.EveryFileIsContentItem(
        new Dictionary<string, string> { ["build_property.RootNamespace"] = "App", ["build_property.MSBuildProjectDirectory"] = "/p" });

    private static readonly string[] TextPieces =
    [
        "سلام", "مرحبا", "پیام‌رسان", "ي", "ك", "ی", "ک", "ة", "۱۴۰۰", "١٩", "2021", "12٫5", "a", "Hello", " ", "\\n", "\\t", "\\\\", "\\\"", "\\u202E", "\\U0001F600",
        "\u202E", "\u202B", "\u2066", "\u2069", "\u200F", "\u200E", "\u061C", "\u200C", "\uFEFF", "\uD800", "\uDC00", "😀", "{", "}", "{{", "}}", "{x}",
        "\"", "\"\"", "'", "*/", "/*", "//", "\u2028", "\u0000", "\u0085", "ﷺ", "שלום",
    ];

    private static readonly Gen<string> Text = Gen.OneOf(TextPieces).Array[0, 6].Select(p => string.Concat(p));

    /// <summary>One literal or expression of each kind the analyzers look at; some are deliberately broken.</summary>
    private static readonly Gen<string> Expression = Gen.Select(Gen.Int[0, 13], Text).Select((kind, t) => kind switch
    {
        0 => "\"" + t + "\"",
        1 => "@\"" + t.Replace("\"", "\"\"") + "\"",
        2 => "\"\"\"\n" + t.Replace("\"\"\"", "") + "\n\"\"\"",
        3 => "$\"" + t + "{x}" + t + "\"",
        4 => "$\"\"\"" + t.Replace("\"", "") + "{x}\"\"\"",
        5 => "$$\"\"\"" + t.Replace("\"", "") + "{{x}}\"\"\"",
        6 => "\"" + t + "\"u8.Length",
        7 => "'" + (t.Length > 0 ? t[..1] : "a") + "'",
        8 => "int.Parse(\"" + t + "\")",
        9 => "decimal.TryParse(\"" + t + "\", out var d) ? d : 0m",
        10 => "string.Format(\"" + t + "{0}\", x)",
        11 => "System.Console.Out.Write(\"" + t + "\")",
        12 => "(\"" + t + "\" + x).ToString()",
        _ => t, // raw text where an expression belongs: broken code
    });

    private static readonly Gen<string> Identifier = Gen.OneOf("x1", "عدد", "نام_کاربر", "@class", "_", "متغير٣", "a\u200Cb");

    private static readonly Gen<string> Statement = Gen.Frequency(
        (6, Gen.Select(Identifier, Expression).Select((id, e) => $"var {id}_{Math.Abs(e.GetHashCode() % 1000)} = {e};")),
        (2, Text.Select(t => "// " + t.Replace("\n", " ").Replace("\r", " "))),
        (1, Text.Select(t => "/* " + t.Replace("*/", "") + " */")),
        (1, Text.Select(t => "/// <summary>" + t + "</summary>")),
        (1, Gen.Const("#if X\n\"نص\"\n#endif")));

    private static readonly Gen<string> SourceFile = Statement.Array[1, 12].Select(statements =>
    {
        var builder = new StringBuilder("class C_عربي\n{\n    void M(object x)\n    {\n");
        foreach (var s in statements) builder.Append("        ").Append(s).Append('\n');
        return builder.Append("    }\n    const string K = \"ثابت ١2\";\n}\n").ToString();
    });

    [Fact]
    public void No_analyzer_throws_on_random_csharp()
    {
        Assert.True(AllAnalyzers.Length >= 6, "expected every analyzer: " + string.Join(", ", AllAnalyzers.Select(a => a.GetType().Name)));
        SourceFile.Array[5, 20].Sample(files =>
        {
            var trees = files.Select((f, i) => CSharpSyntaxTree.ParseText(f, new CSharpParseOptions(LanguageVersion.Preview), path: $"/src/File{i}.cs"));
            AssertNoAnalyzerThrows(CSharpCompilation.Create("Random", trees, References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));
        }, iter: 60, threads: 1, print: files => string.Join("\n----\n", files));
    }

    [Fact]
    public void No_analyzer_throws_on_the_generators_output_for_the_seeds_and_random_input()
    {
        var sample = Path.Combine(Repository.Root, "samples", "NewsReader");
        var seeds = Directory.GetFiles(Path.Combine(sample, "Content")).Concat(Directory.GetFiles(Path.Combine(sample, "Resources")))
            .Select(p => (Path: p, Text: File.ReadAllText(p)));
        Check(seeds);

        Gen.Select(Text.Array[1, 8], Text.Array[1, 8]).Sample((lines, values) =>
        {
            var resx = "<root>" + string.Concat(values.Select((v, i) => $"<data name=\"K{i}\"><value>{System.Security.SecurityElement.Escape(v.Replace("\\", ""))}</value></data>")) + "</root>";
            Check([("/p/Content/Random.ar.txt", string.Join("\n", lines)), ("/p/Resources/Random.fa.resx", resx)]);
        }, iter: 20, threads: 1);
    }

    private static void Check(IEnumerable<(string Path, string Text)> files)
    {
        var additional = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var compilation = CSharpCompilation.Create("Generated", [], References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var driver = CSharpGeneratorDriver.Create(
            [new DocumentGenerator().AsSourceGenerator(), new MessageGenerator().AsSourceGenerator()], additional, new CSharpParseOptions(LanguageVersion.Latest), ContentItemOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        Assert.NotEmpty(output.SyntaxTrees);
        AssertNoAnalyzerThrows(output, additional);
    }

    private static void AssertNoAnalyzerThrows(Compilation compilation, ImmutableArray<AdditionalText> additional = default)
    {
        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additional.IsDefault ? [] : additional, ContentItemOptions),
            onAnalyzerException: (e, analyzer, _) => { lock (exceptions) exceptions.Add(analyzer.GetType().Name + ": " + e); },
            concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var diagnostics = compilation.WithAnalyzers(AllAnalyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }
}
