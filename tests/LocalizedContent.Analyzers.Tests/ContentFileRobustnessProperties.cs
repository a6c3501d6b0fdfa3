using System.Collections.Immutable;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>
/// The content-file checks (LC0002, LC0003, LC0004, LC0007) never throw, whatever a LocalizedContent .txt or .resx
/// holds: malformed XML, stray entities, CR LF, bidi controls paired or not, placeholder braces, all digit systems. An
/// analyzer that throws is reported by the compiler as AD0001 and its rule silently stops working for the whole project.
/// </summary>
[Trait("Category", "Slow")]
public class ContentFileRobustnessProperties
{
    private static readonly Gen<string> Fragment = Gen.String[Gen.OneOf(
        '<', '>', '/', '&', ';', '#', '"', '=', ' ', '\r', '\n', 'a', 'v', 'l', 'u', 'e', 'x',
        '1', '۱', '١', 'ي', 'ی', 'ك', 'پ', 'ة', '{', '}', ',', ':',
        '\u202A', '\u202C', '\u202E', '\u2066', '\u2069', '\uFEFF'), 0, 40];

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
                new InMemoryAdditionalText("/p/Resources/Strings" + suffix + ".resx", resx),
                new InMemoryAdditionalText("/p/Content/News" + suffix + ".txt", txt));
            var exceptions = new List<Exception>();
            var compilation = CSharpCompilation.Create("P", [CSharpSyntaxTree.ParseText("class C { }")]);
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(files, TestAnalyzerConfigOptionsProvider.EveryFileIsContentItem()),
                onAnalyzerException: (e, _, _) => { lock (exceptions) exceptions.Add(e); },
                concurrentAnalysis: false, logAnalyzerExecutionTime: false);
            var diagnostics = compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            Assert.Empty(exceptions);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        }, iter: 300);
}
