using System.Collections.Immutable;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>
/// LC0004 skips a tree whose text the content rules' shared scan (<see cref="LiteralScan"/>) has already read and found
/// without a raw bidi control. The scan jumps over tokens and trivia, so the verdict must hold for every character it
/// jumps over: with the content rules running first, LC0004 reports exactly what it reports alone, wherever a control is
/// (comments, doc comments, literals with or without right-to-left text, char literals, disabled text, identifiers).
/// </summary>
public sealed class BidiControlSharedScanProperties
{
    private static readonly ImmutableArray<MetadataReference> References = SharedFrameworks.RuntimeCore;

    /// <summary>Text that fits in any literal, comment or disabled line: no quote, brace, backslash, CR or LF. U+2028,
    /// a line break to C#, is there on purpose: it ends a // comment, and what follows is code.</summary>
    private static readonly Gen<string> Text = Gen.String[Gen.OneOf(
        Gen.Const('a'), Gen.Const(' '), Gen.Const('7'), Gen.Const('ب'), Gen.Const('ی'), Gen.Const('۴'), Gen.Const('é'),
        Gen.Const('\u200F'), Gen.Const('\u061C'), Gen.Const('\u202A'), Gen.Const('\u202E'), Gen.Const('\u2066'), Gen.Const('\u2069'),
        Gen.Const('\u2028'), Gen.Const('\u200C')), 0, 8];

    private static readonly Gen<string> Member = Gen.OneOf(
        Text.Select(t => "// " + t),
        Text.Select(t => "/* " + t + " */"),
        Text.Select(t => "/// <summary>" + t + "</summary>\n    public int D" + t.Length + ";"),
        Gen.Select(Text, Gen.Int[0, 999]).Select((t, n) => "string s" + n + " = \"" + t + "\";"),
        Gen.Select(Text, Gen.Int[0, 999]).Select((t, n) => "string v" + n + " = @\"" + t + "\";"),
        Gen.Select(Text, Text, Gen.Int[0, 999]).Select((t, u, n) => "string i" + n + "(int x) => $\"" + t + "{x}" + u + "\";"),
        Gen.Select(Text, Gen.Int[0, 999]).Select((t, n) => "char c" + n + " = '" + (t.Length > 0 ? t.Substring(0, 1) : "a") + "';"),
        Text.Select(t => "#if NEVER\n" + t + "\n#endif"),
        Text.Select(t => "int x" + t.Replace(" ", "") + " = 0;"));

    private static readonly Gen<string> Source = Member.Array[0, 8].Select(members => "class C\n{\n    " + string.Join("\n    ", members) + "\n}\n");

    private static readonly ImmutableArray<DiagnosticAnalyzer> ContentRules =
        [new DirectionMarkAnalyzer(), new HardCodedRtlTextAnalyzer(), new MixedDigitSystemsAnalyzer(), new MismatchedLetterFormsAnalyzer()];

    [Fact]
    public void LC0004_reports_the_same_controls_after_the_shared_scan_read_the_tree() =>
        Source.Sample(source =>
        {
            var tree = CSharpSyntaxTree.ParseText(source, path: "/p/C.cs");
            var (alone, _) = Lc0004(CSharpCompilation.Create("Alone", [tree], References), [new BidiControlCharacterAnalyzer()]);
            var (after, analyzed) = Lc0004(CSharpCompilation.Create("Shared", [tree], References), ContentRules.Add(new BidiControlCharacterAnalyzer()));
            Assert.Equal(string.Join(" | ", alone), string.Join(" | ", after));
            // The shortcut was there to take: the scan had read the tree, and its verdict is what LC0004 found.
            Assert.Equal(alone.Length > 0, LiteralScan.HasBidiControl(analyzed, tree));
        }, iter: 300);

    /// <summary>LC0004's diagnostics, and the compilation the analyzers saw (the driver's copy of the one given).</summary>
    private static (ImmutableArray<string> Diagnostics, Compilation Analyzed) Lc0004(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        // Not concurrent: the compiler runs the semantic model actions (the scan) before the syntax tree actions.
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var probe = new CompilationProbe();
        var run = compilation.WithAnalyzers(analyzers.Add(probe), options);
        var diagnostics = run.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .Where(d => d.Id == "LC0004")
            .Select(d => d.Location.SourceSpan.Start + ":" + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .Order(StringComparer.Ordinal)
            .ToImmutableArray();
        return (diagnostics, probe.Seen!);
    }

#pragma warning disable RS1001, RS1012, RS1025, RS1026, RS1036 // a test probe, not a shipped analyzer
    /// <summary>Records the compilation the analyzers are given.</summary>
    private sealed class CompilationProbe : DiagnosticAnalyzer
    {
        public Compilation? Seen { get; private set; }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
            [new DiagnosticDescriptor("PROBE01", "Probe", "Probe", "Test", DiagnosticSeverity.Hidden, isEnabledByDefault: true)];

        public override void Initialize(AnalysisContext context) => context.RegisterCompilationStartAction(start => Seen = start.Compilation);
    }
#pragma warning restore RS1001, RS1012, RS1025, RS1026, RS1036
}
