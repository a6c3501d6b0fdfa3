using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Benchmarks.Infrastructure;

/// <summary>
/// What the package's props and targets make the compiler see: project properties as <c>build_property.*</c> and
/// each LocalizedContent item's metadata as <c>build_metadata.AdditionalFiles.*</c>. (Copied from the generator
/// tests' infrastructure, not referenced.)
/// </summary>
public sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    public const string ProjectDirectory = "/project";
    public const string RootNamespace = "BenchApp";

    private static readonly DictionaryOptions ContentItem = new(new Dictionary<string, string>
    {
        ["build_metadata.AdditionalFiles.LocalizedContentItem"] = "true",
    });

    private readonly HashSet<string> _contentPaths;

    /// <summary>Every path in <paramref name="contentPaths"/> is a LocalizedContent item (LocalizedContentItem=true).</summary>
    public TestAnalyzerConfigOptionsProvider(IEnumerable<string> contentPaths)
    {
        _contentPaths = new HashSet<string>(contentPaths, StringComparer.Ordinal);
        GlobalOptions = new DictionaryOptions(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = RootNamespace,
            ["build_property.MSBuildProjectDirectory"] = ProjectDirectory,
        });
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _contentPaths.Contains(textFile.Path) ? ContentItem : DictionaryOptions.Empty;

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
