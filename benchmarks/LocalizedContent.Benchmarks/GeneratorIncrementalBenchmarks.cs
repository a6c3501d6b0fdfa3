using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LocalizedContent.Benchmarks.Corpus;
using LocalizedContent.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LocalizedContent.Benchmarks;

/// <summary>
/// Part 2: the IDE's cost per keystroke. A driver that has already run over the whole corpus (part 1's input plus
/// ordinary .cs files) runs again after one edit. Time is measured without step tracking (as the compiler runs);
/// the "Re-emitted" column comes from a separate tracked run: how many source outputs were New or Modified.
/// Expected: editing one document re-emits 1, editing one .cs file re-emits 0.
/// </summary>
[Config(typeof(Columns))]
[MemoryDiagnoser]
public class GeneratorIncrementalBenchmarks
{
    private ContentCorpus _corpus = null!;
    private ImmutableArray<AdditionalText> _files;
    private CSharpCompilation _compilation = null!;
    private SyntaxTree _csFile = null!;
    private SyntaxTree _csFileEdited = null!;
    private GeneratorDriver _warm = null!;
    private bool _tracked;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = ContentCorpus.Create();
        _files = _corpus.All.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Bytes)).ToImmutableArray();
        var trees = Enumerable.Range(0, Scale.CSharpFiles).Select(i => Parse(CSharpCorpus.File(i), i)).ToList();
        _compilation = References.Compilation("BenchApp", trees);
        _csFile = trees[0];
        // A body edit, as typing in a method does; parsed here because parsing is the compiler's cost, not ours.
        _csFileEdited = Parse(CSharpCorpus.File(0, edit: 1), 0);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(RoslynComponents.Generators(), _files, References.ParseOptions,
            new TestAnalyzerConfigOptionsProvider(_corpus.All.Select(f => f.Path)),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: _tracked));
        _warm = driver.RunGenerators(_compilation);
    }

    private static SyntaxTree Parse(string code, int index) =>
        CSharpSyntaxTree.ParseText(code, References.ParseOptions, path: $"{TestAnalyzerConfigOptionsProvider.ProjectDirectory}/Features/Feature{index:D4}.cs", encoding: Encoding.UTF8);

    /// <summary>Nothing changed (a build with no edit): the cost of checking every cache.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver NoEdit() => _warm.RunGenerators(_compilation.Clone());

    /// <summary>One paragraph appended to the first document (new AdditionalText, as the IDE gives after a save).</summary>
    [Benchmark]
    public GeneratorDriver EditOneDocument() => EditAdditionalFile(_corpus.Documents[0]);

    /// <summary>One value changed in the first neutral .resx (1,000 keys in the full run).</summary>
    [Benchmark]
    public GeneratorDriver EditOneResx() => EditAdditionalFile(_corpus.Resx[0]);

    /// <summary>A method body edited in one ordinary .cs file: no generated output may change.</summary>
    [Benchmark]
    public GeneratorDriver EditOneCsFile() => _warm.RunGenerators(_compilation.ReplaceSyntaxTree(_csFile, _csFileEdited));

    private GeneratorDriver EditAdditionalFile(ContentFile file)
    {
        var old = _files.Single(f => f.Path == file.Path);
        var text = Encoding.UTF8.GetString(file.Bytes);
        // Documents get a paragraph; a .resx gets one value lengthened (still valid XML and a valid message).
        text = file.Path.EndsWith(".resx", StringComparison.Ordinal)
            ? ReplaceFirst(text, text.IndexOf("<data ", StringComparison.Ordinal), "</value>", " (edited)</value>")
            : text + "\n\nEdited paragraph.\n";
        var edited = new InMemoryAdditionalText(old.Path, Encoding.UTF8.GetBytes(text));
        return _warm.ReplaceAdditionalText(old, edited).RunGenerators(_compilation.Clone());
    }

    /// <summary>Replaces the first <paramref name="what"/> at or after <paramref name="from"/> (past the resheaders).</summary>
    private static string ReplaceFirst(string text, int from, string what, string with)
    {
        var at = text.IndexOf(what, from, StringComparison.Ordinal);
        return text[..at] + with + text[(at + what.Length)..];
    }

    /// <summary>Runs one scenario with step tracking and counts the source outputs whose reason is New or Modified.</summary>
    private static string CountReemitted(string scenario)
    {
        var bench = new GeneratorIncrementalBenchmarks { _tracked = true };
        bench.Setup();
        var driver = scenario switch
        {
            nameof(NoEdit) => bench.NoEdit(),
            nameof(EditOneDocument) => bench.EditOneDocument(),
            nameof(EditOneResx) => bench.EditOneResx(),
            nameof(EditOneCsFile) => bench.EditOneCsFile(),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
        };
        var reasons = driver.GetRunResult().Results
            .SelectMany(r => r.TrackedOutputSteps.Values.SelectMany(steps => steps))
            .SelectMany(step => step.Outputs)
            .Select(o => o.Reason)
            .ToList();
        var reemitted = reasons.Count(r => r is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
        var expected = scenario switch { nameof(EditOneDocument) or nameof(EditOneResx) => "1", nameof(EditOneCsFile) or nameof(NoEdit) => "0", _ => null };
        var verdict = expected is null ? "" : reemitted.ToString(System.Globalization.CultureInfo.InvariantCulture) == expected ? " (expected, met)" : $" (expected {expected}: MISSED)";
        ResultNotes.Add(nameof(GeneratorIncrementalBenchmarks), $"{scenario}: {reemitted} of {reasons.Count} source outputs re-emitted{verdict}.");
        return $"{reemitted} of {reasons.Count}{verdict}";
    }

    private static readonly Dictionary<string, Lazy<string>> Counts = new[] { nameof(NoEdit), nameof(EditOneDocument), nameof(EditOneResx), nameof(EditOneCsFile) }
        .ToDictionary(s => s, s => new Lazy<string>(() => CountReemitted(s)));

    private sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(new ValueColumn("Re-emitted", b => Counts[b.Descriptor.WorkloadMethod.Name].Value,
            "Source outputs (TrackedOutputSteps) whose reason was New or Modified, of all outputs, in a tracked run of the same edit"));
    }
}
