using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.TestSupport;

/// <summary>
/// What the package's props and targets make the compiler see: project properties as <c>build_property.*</c>
/// (global options, which the compiler also applies to every source file) and each LocalizedContent item's metadata
/// as <c>build_metadata.AdditionalFiles.*</c>.
/// </summary>
public sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    /// <summary>The metadata buildTransitive sets on every LocalizedContent item.</summary>
    public const string ContentItemKey = "build_metadata.AdditionalFiles.LocalizedContentItem";

    private static readonly DictionaryOptions ContentItem = new(new Dictionary<string, string> { [ContentItemKey] = "true" });

    private readonly Func<string, AnalyzerConfigOptions> _fileOptions;

    /// <summary>Project properties <paramref name="global"/>; <paramref name="files"/> holds each file's metadata by path.</summary>
    public TestAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, Dictionary<string, string>> files)
    {
        var options = files.ToDictionary(f => f.Key, f => (AnalyzerConfigOptions)new DictionaryOptions(f.Value));
        GlobalOptions = new DictionaryOptions(global);
        _fileOptions = path => options.TryGetValue(path, out var found) ? found : DictionaryOptions.Empty;
    }

    private TestAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, string>? global, Func<string, AnalyzerConfigOptions> fileOptions)
    {
        GlobalOptions = global is null ? DictionaryOptions.Empty : new DictionaryOptions(global);
        _fileOptions = fileOptions;
    }

    /// <summary>Every additional file is a LocalizedContent item (with no other metadata), as buildTransitive marks them.</summary>
    public static TestAnalyzerConfigOptionsProvider EveryFileIsContentItem(IReadOnlyDictionary<string, string>? global = null) =>
        new(global, _ => ContentItem);

    /// <summary>The files at <paramref name="contentPaths"/> are LocalizedContent items; other files are not.</summary>
    public static TestAnalyzerConfigOptionsProvider ContentItems(IEnumerable<string> contentPaths, IReadOnlyDictionary<string, string> global)
    {
        var paths = new HashSet<string>(contentPaths, StringComparer.Ordinal);
        return new(global, path => paths.Contains(path) ? ContentItem : DictionaryOptions.Empty);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _fileOptions(textFile.Path);

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
