using System.Collections.Immutable;
using System.Text;
using LocalizedContent.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>
/// Issue 17: LC0001 over public Persian and Arabic C# (Corpus/Lc0001/SOURCE.md). Prints what the rule before issue 17
/// would have reported (every literal with a right-to-left letter outside attributes and logging calls; an
/// interpolated string once per such text part) and what it reports now, by category, and checks that the sample of
/// remaining diagnostics judged by hand (Corpus/Lc0001/JUDGED.md) is the sample the rule gives today.
/// </summary>
[Trait("Category", "Slow")]
public sealed class Lc0001CorpusTests(ITestOutputHelper output)
{
    private const int SampleSize = 100;
    private const int SampleSeed = 17;
    private static readonly string CorpusDirectory = Path.Combine(AppContext.BaseDirectory, "Corpus", "Lc0001");

    private static readonly ImmutableArray<MetadataReference> References = SharedFrameworks.Runtime;

    [Fact]
    public async Task LC0001_before_and_after_issue_17_by_category()
    {
        var compilation = Compile();
        var settings = new Lc0001Settings(false, false, false, true, HardCodedRtlTextAnalyzer.DefaultTableThreshold, true);
        var before = 0;
        var byUse = new SortedDictionary<LiteralUse, int>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var literal in tree.GetRoot().DescendantNodes().Where(IsLiteral))
            {
                var rtlParts = RtlParts(literal);
                if (rtlParts == 0) continue;
                var use = LiteralClassifier.Classify(literal, model, settings, out var table, default);
                if (Lc0001Settings.IsReported(use, true) && table != null && RtlTables.RtlLiteralCount(table) >= settings.TableThreshold) use = LiteralUse.TableElement;
                if (!InAttribute(literal) && use != LiteralUse.Logging) before += rtlParts;
                byUse[use] = byUse.GetValueOrDefault(use) + rtlParts;
            }
        }

        var diagnostics = (await compilation.WithAnalyzers([new HardCodedRtlTextAnalyzer()]).GetAnalyzerDiagnosticsAsync())
            .Where(d => d.Id == "LC0001").OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ToList();
        var tables = diagnostics.Count(d => d.Properties.ContainsKey(HardCodedRtlTextAnalyzer.TableProperty));

        output.WriteLine($"{compilation.SyntaxTrees.Count()} files. LC0001 before issue 17: {before}; after: {diagnostics.Count} ({diagnostics.Count - tables} literals, {tables} tables)");
        foreach (var (use, count) in byUse) output.WriteLine($"  {use,-22} {count,6}");
        foreach (var diagnostic in diagnostics.Where(d => d.Properties.ContainsKey(HardCodedRtlTextAnalyzer.TableProperty)))
            output.WriteLine($"  table of {diagnostic.Properties[HardCodedRtlTextAnalyzer.TableProperty]}: {Describe(diagnostic)}");
        foreach (var group in diagnostics.GroupBy(d => d.Location.SourceTree!.FilePath))
            output.WriteLine($"  {group.Key}: {group.Count()}");

        // The analyzer and the classification agree: every display literal outside a large table is one diagnostic.
        Assert.Equal(byUse.GetValueOrDefault(LiteralUse.Display) + byUse.GetValueOrDefault(LiteralUse.ExceptionMessage), diagnostics.Count - tables);
        Assert.True(diagnostics.Count * 10 < before, "LC0001 should report far fewer warnings than before issue 17");

        var sample = Sample(diagnostics);
        output.WriteLine($"Sample (seed {SampleSeed}) of {sample.Count}:");
        foreach (var line in sample) output.WriteLine("  " + line);
        var judged = File.ReadAllLines(Path.Combine(CorpusDirectory, "JUDGED.md"))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Split('`')[1]).ToList();
        Assert.True(judged.SequenceEqual(sample.Select(s => s.Split(' ')[0])),
            "The sample changed: judge the new sample by hand in Corpus/Lc0001/JUDGED.md (this test's output lists it).");
    }

    /// <summary>Up to 100 diagnostics in a random order fixed by the seed, as "path:line text".</summary>
    private static List<string> Sample(List<Diagnostic> diagnostics)
    {
        var random = new Random(SampleSeed);
        return diagnostics.Select(d => (Key: random.Next(), Diagnostic: d)).OrderBy(p => p.Key).Take(SampleSize)
            .Select(p => Describe(p.Diagnostic)).ToList();
    }

    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var text = diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan).ReplaceLineEndings(" ");
        if (text.Length > 80) text = text[..80] + "…";
        var kind = diagnostic.Properties.ContainsKey(HardCodedRtlTextAnalyzer.TableProperty) ? "table" : "literal";
        return $"{span.Path}:{span.StartLinePosition.Line + 1} {kind} {text}";
    }

    private static CSharpCompilation Compile()
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = Directory.EnumerateFiles(CorpusDirectory, "*.cs.txt", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p, Encoding.UTF8), options,
                path: Path.GetRelativePath(CorpusDirectory, p)[..^4].Replace('\\', '/'), encoding: Encoding.UTF8));
        return CSharpCompilation.Create("Corpus", trees, References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    private static bool IsLiteral(SyntaxNode node) =>
        node.IsKind(SyntaxKind.StringLiteralExpression) || node.IsKind(SyntaxKind.Utf8StringLiteralExpression)
        || node.IsKind(SyntaxKind.CharacterLiteralExpression) || node.IsKind(SyntaxKind.InterpolatedStringExpression);

    /// <summary>How many diagnostics the rule before issue 17 gave the literal: one, or one per text part of an interpolated string.</summary>
    private static int RtlParts(SyntaxNode literal) => literal is InterpolatedStringExpressionSyntax interpolated
        ? interpolated.Contents.OfType<InterpolatedStringTextSyntax>().Count(t => RtlLetters.ContainsRtlLetter(t.TextToken.ValueText))
        : RtlLetters.ContainsRtlLetter(((LiteralExpressionSyntax)literal).Token.ValueText) ? 1 : 0;

    private static bool InAttribute(SyntaxNode literal)
    {
        for (var node = literal.Parent; node != null && !(node is StatementSyntax || node is MemberDeclarationSyntax); node = node.Parent)
            if (node is AttributeSyntax) return true;
        return false;
    }
}
