using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LocalizedContent.Benchmarks.Infrastructure;

/// <summary>The runtime's reference set and the parse options every benchmark compilation uses.</summary>
public static class References
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private static readonly Lazy<ImmutableArray<MetadataReference>> Runtime = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is var n && (n.StartsWith("System.", StringComparison.Ordinal) || n is "netstandard.dll" or "mscorlib.dll"))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    public static ImmutableArray<MetadataReference> RuntimeReferences => Runtime.Value;

    /// <summary>
    /// A library compilation. Single-threaded (concurrentBuild: false) so that on a shared 2-core machine the
    /// compile and the analyzers are compared on the same footing, and ratios are stable.
    /// </summary>
    /// <summary>The same files parsed again: new tree objects, so nothing an analyzer keeps per tree (LiteralScan's scan)
    /// carries over from an earlier run, as in a build, which parses every file anew.</summary>
    public static ImmutableArray<SyntaxTree> Reparsed(ImmutableArray<SyntaxTree> trees) =>
        trees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), (CSharpParseOptions)t.Options, t.FilePath)).ToImmutableArray();

    public static CSharpCompilation Compilation(string name, IEnumerable<SyntaxTree> trees, ImmutableDictionary<string, ReportDiagnostic>? diagnosticOptions = null) =>
        CSharpCompilation.Create(
            name,
            trees,
            RuntimeReferences,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                concurrentBuild: false,
                specificDiagnosticOptions: diagnosticOptions));
}
