using System.Text.RegularExpressions;
using System.Xml.Linq;
using LocalizedContent.Generator.Tests.Infrastructure;
using LocalizedContent.Generator.Tests.Robustness;
using Microsoft.CodeAnalysis;

namespace LocalizedContent.Generator.Tests.RealWorld;

/// <summary>One .resx file of a real-world project: where it is, its resource set and culture, its string entries.</summary>
/// <param name="RelativePath">The path in the original repository (and under the project's corpus folder).</param>
/// <param name="SetPath">The path without culture and extension: the files of one resource set share it.</param>
/// <param name="Culture">The culture suffix of the file name; null for the neutral file.</param>
/// <param name="Entries">The string resources, first of each key, as an XML reader independent of the generator sees them.</param>
internal sealed record RealWorldFile(string RelativePath, AdditionalText Text, string SetPath, string? Culture, IReadOnlyList<(string Key, string Value)> Entries);

/// <summary>
/// A project of Corpus/RealWorld/&lt;owner&gt;-&lt;repo&gt;/ (its SOURCE.md says where the files come from): every
/// .resx file under it, read with the compiler's decoder at its original path, as a consumer project that adds its
/// existing .resx files as LocalizedContent items hands them to the generator.
/// </summary>
internal sealed partial class RealWorldProject
{
    private RealWorldProject(string name, IReadOnlyList<RealWorldFile> files)
    {
        Name = name;
        Files = files;
    }

    public static string Root => Path.Combine(AppContext.BaseDirectory, "Corpus", "RealWorld");

    public static IEnumerable<string> Names => Directory.GetDirectories(Root).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal);

    public string Name { get; }
    public IReadOnlyList<RealWorldFile> Files { get; }

    public static RealWorldProject Load(string name)
    {
        var folder = Path.Combine(Root, name);
        var files = Directory.GetFiles(folder, "*.resx", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(relative => Read(relative, File.ReadAllBytes(Path.Combine(folder, relative))))
            .ToList();
        return new RealWorldProject(name, files);
    }

    private static RealWorldFile Read(string relativePath, byte[] bytes)
    {
        var text = CompilerDecoder.Read(GeneratorHarness.PathOf(relativePath), bytes);
        var withoutExtension = relativePath[..^".resx".Length];
        var suffix = CultureSuffix().Match(withoutExtension);
        var setPath = suffix.Success ? withoutExtension[..suffix.Index] : withoutExtension;
        return new RealWorldFile(relativePath, text, setPath, suffix.Success ? suffix.Groups[1].Value : null, StringEntries(text.GetText()!.ToString()));
    }

    /// <summary>&lt;data&gt; elements without a type or mimetype (or of System.String), the first of each name.</summary>
    private static List<(string Key, string Value)> StringEntries(string xml)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return XDocument.Parse(xml, LoadOptions.PreserveWhitespace).Root!.Elements("data")
            .Where(d => d.Attribute("mimetype") is null && (d.Attribute("type")?.Value.StartsWith("System.String", StringComparison.Ordinal) ?? true))
            .Select(d => (Key: (string)d.Attribute("name")!, Value: d.Element("value")?.Value ?? ""))
            .Where(e => seen.Add(e.Key))
            .ToList();
    }

    [GeneratedRegex(@"\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$")]
    private static partial Regex CultureSuffix();
}
