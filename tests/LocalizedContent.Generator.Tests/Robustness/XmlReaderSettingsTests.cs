using System.Text.RegularExpressions;

namespace LocalizedContent.Generator.Tests.Robustness;

/// <summary>
/// No XML reader in the product (generator or analyzers) processes a DTD or resolves an external entity: a .resx
/// runs inside the compiler, so XXE would let a file read the build machine's files or the network, and entity
/// expansion (billion laughs) would hang the build. The behaviour is tested with hostile files (corpus and the
/// analyzers' ContentFileXmlSafetyTests); this test keeps a future reader from forgetting the settings.
/// </summary>
public sealed partial class XmlReaderSettingsTests
{
    [Fact]
    public void Every_XmlReader_in_src_prohibits_DTDs_and_has_no_resolver()
    {
        var sources = Directory.GetFiles(Repository.PathOf("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path: f, Text: File.ReadAllText(f)))
            .ToList();

        var readers = sources.Where(s => s.Text.Contains("XmlReader.Create(", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(readers); // the generator's ResxReader and the analyzers' ContentFiles
        foreach (var (path, text) in readers)
        {
            Assert.Matches(SafeDtd(), text);
            Assert.Contains("XmlResolver = null", text, StringComparison.Ordinal);
            Assert.All(CreateCalls().Matches(text), call => Assert.True(call.Groups["args"].Value.Contains(','), $"{path}: XmlReader.Create without settings: {call.Value}"));
        }
        // Loaders whose defaults differ between frameworks are not used at all.
        foreach (var (path, text) in sources)
        {
            Assert.False(LooseLoaders().IsMatch(text), $"{path} uses XDocument/XmlDocument/XmlTextReader; use XmlReader.Create with safe settings");
        }
    }

    [GeneratedRegex(@"DtdProcessing\s*=\s*DtdProcessing\.(Prohibit|Ignore)")]
    private static partial Regex SafeDtd();

    [GeneratedRegex(@"XmlReader\.Create\((?<args>[^;]*)\)")]
    private static partial Regex CreateCalls();

    [GeneratedRegex(@"\b(XDocument|XElement)\.(Load|Parse)\b|\bnew\s+XmlDocument\b|\bnew\s+XmlTextReader\b")]
    private static partial Regex LooseLoaders();
}
