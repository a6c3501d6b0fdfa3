using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Generator.Tests.Infrastructure;

/// <summary>
/// What the package's props and targets make the compiler see: project properties as
/// <c>build_property.*</c> and each LocalizedContent item's metadata as <c>build_metadata.AdditionalFiles.*</c>.
/// </summary>
public sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, DictionaryOptions> _files;

    public TestAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, string> global, Dictionary<string, Dictionary<string, string>> files)
    {
        GlobalOptions = new DictionaryOptions(global);
        _files = files.ToDictionary(f => f.Key, f => new DictionaryOptions(f.Value));
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _files.TryGetValue(textFile.Path, out var options) ? options : DictionaryOptions.Empty;

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
