using System.Collections.Immutable;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>
/// The content-file checks (LC0002, LC0003, LC0004) never throw, whatever a LocalizedContent .txt or .resx holds:
/// malformed XML, stray entities, CR LF, bidi controls, all digit systems. An analyzer that throws is reported by the
/// compiler as AD0001 and its rule silently stops working for the whole project.
/// </summary>
public class ContentFileRobustnessProperties
{
    private static readonly Gen<string> Fragment = Gen.String[Gen.OneOf(
        '<', '>', '/', '&', ';', '#', '"', '=', ' ', '\r', '\n', 'a', 'v', 'l', 'u', 'e', 'x',
        '1', '۱', '١', 'ي', 'ی', 'ك', 'پ', 'ة', '\u202E', '\u2066', '\uFEFF'), 0, 40];

    private static readonly Gen<string> Resx = Gen.Select(Fragment, Fragment, Gen.Bool, (value, tail, wellFormedStart) =>
        (wellFormedStart ? "<root>\r\n  <data name=\"A\" xml:space=\"preserve\">\r\n    <value>" : "") + value + "</value></data>" + tail);

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers =
        [new MixedDigitSystemsAnalyzer(), new MismatchedLetterFormsAnalyzer(), new BidiControlCharacterAnalyzer()];

    [Fact]
    public void Random_resx_and_txt_content_never_makes_an_analyzer_throw() =>
        Gen.Select(Resx, Fragment, Gen.OneOf("fa", "ar", "en", "")).Sample((resx, txt, culture) =>
        {
            var suffix = culture.Length == 0 ? "" : "." + culture;
            var files = ImmutableArray.Create<AdditionalText>(
                new Text("/p/Resources/Strings" + suffix + ".resx", resx),
                new Text("/p/Content/News" + suffix + ".txt", txt));
            var exceptions = new List<Exception>();
            var compilation = CSharpCompilation.Create("P", [CSharpSyntaxTree.ParseText("class C { }")]);
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(files, new ContentItemOptions()),
                onAnalyzerException: (e, _, _) => { lock (exceptions) exceptions.Add(e); },
                concurrentAnalysis: false, logAnalyzerExecutionTime: false);
            var diagnostics = compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            Assert.Empty(exceptions);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        }, iter: 300);

    private sealed class Text(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;
        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    /// <summary>Every additional file is a LocalizedContent item, as buildTransitive marks them.</summary>
    private sealed class ContentItemOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Item = new Options(("build_metadata.AdditionalFiles.LocalizedContentItem", "true"));
        private static readonly AnalyzerConfigOptions None = new Options();
        public override AnalyzerConfigOptions GlobalOptions => None;
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Item;

        private sealed class Options(params (string Key, string Value)[] values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                foreach (var (k, v) in values)
                    if (k == key) { value = v; return true; }
                value = null!;
                return false;
            }
        }
    }
}
