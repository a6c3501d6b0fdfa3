using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>
/// The analyzers' .resx reader (Internal/ContentFiles.cs) never processes a DTD or resolves an external entity. The
/// canary holds digits of two systems ("١2"), which LC0002 reports in every value the reader reads: if the reader
/// ever opened the canary through an entity, LC0002 would appear. Control cases show such a value is reported,
/// written inline and as character references (so it is the read value that is checked, not the file's text).
/// </summary>
public sealed class ContentFileXmlSafetyTests
{
    private const string Mixed = "\u06612";

    [Fact]
    public void The_control_case_inline_override_is_reported()
    {
        Assert.Contains(Analyze("<root><data name=\"A\"><value>x " + Mixed + " y</value></data></root>"), d => d.Id == "LC0002");
        Assert.Contains(Analyze("<root><data name=\"A\"><value>x &#x661;&#x32; y</value></data></root>"), d => d.Id == "LC0002");
    }

    [Fact]
    public void External_entities_are_never_resolved_and_entity_expansion_does_not_run()
    {
        var directory = Directory.CreateTempSubdirectory("localizedcontent-xxe-");
        try
        {
            var canary = Path.Combine(directory.FullName, "canary.txt");
            File.WriteAllText(canary, "x " + Mixed + " y");
            var uri = new Uri(canary).AbsoluteUri;
            var hostile = new[]
            {
                $"<?xml version=\"1.0\"?>\n<!DOCTYPE root [<!ENTITY xxe SYSTEM \"{uri}\">]>\n<root><data name=\"A\"><value>&xxe;</value></data></root>",
                $"<?xml version=\"1.0\"?>\n<!DOCTYPE root SYSTEM \"{uri}\">\n<root><data name=\"A\"><value>a</value></data></root>",
                $"<?xml version=\"1.0\"?>\n<!DOCTYPE root [<!ENTITY % p SYSTEM \"{uri}\"> %p;]>\n<root><data name=\"A\"><value>a</value></data></root>",
                // Internal entities (the canary's digits as character references): with the
                // DTD ignored they are never defined, so nothing expands (no billion laughs either).
                "<?xml version=\"1.0\"?>\n<!DOCTYPE root [<!ENTITY o \"&#x661;&#x32;\"><!ENTITY a \"&o;&o;&o;&o;&o;&o;&o;&o;&o;&o;\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<root><data name=\"A\"><value>&b;</value></data></root>",
            };
            foreach (var resx in hostile)
            {
                var diagnostics = Analyze(resx);
                Assert.DoesNotContain(diagnostics, d => d.Id is "LC0002" or "AD0001");
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static ImmutableArray<Diagnostic> Analyze(string resx)
    {
        var file = new InMemoryAdditionalText("/p/Resources/Strings.resx", resx);
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([file], TestAnalyzerConfigOptionsProvider.EveryFileIsContentItem()),
            onAnalyzerException: (e, _, _) => exceptions.Add(e), concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var diagnostics = CSharpCompilation.Create("P", [CSharpSyntaxTree.ParseText("class C { }")])
            .WithAnalyzers([new MixedDigitSystemsAnalyzer(), new BidiControlCharacterAnalyzer()], options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        Assert.Empty(exceptions);
        return diagnostics;
    }
}
