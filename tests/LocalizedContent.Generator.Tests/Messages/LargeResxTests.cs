using System.Text;
using LocalizedContent.Generator.Tests.Infrastructure;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>
/// A .resx file of more than 40,000 characters reaches the generator as the compiler decodes it from disk, in chunks
/// (Roslyn's LargeText), and is read where it is, never copied into one string: its diagnostics must be where they
/// are when the same text is given as one string, CR LF line ends across the reader's windows included.
/// </summary>
public sealed class LargeResxTests
{
    [Fact]
    public void A_large_file_read_in_chunks_has_its_diagnostics_where_the_same_text_has_them()
    {
        var entries = Enumerable.Range(0, 1500).Select(k => k % 50 == 7 ? ("Key" + (k - 1), "again {0}")
            : k % 10 == 3 ? ("Key" + k, "before &amp; {x} after } and {0} " + new string('x', k % 37))
            : ("Key" + k, "{0} of section " + k + new string(' ', k % 29))).ToArray();
        var text = Resx(entries).Replace("\n", "\r\n", StringComparison.Ordinal);
        var metadata = new Dictionary<string, string> { ["MessageFormat"] = "DotNet" };
        var inOneString = Run(new GeneratorHarness().AddFile("Resources/Strings.resx", text, metadata));
        var file = InMemoryAdditionalText.FromBytes(GeneratorHarness.PathOf("Resources/Strings.resx"), Encoding.UTF8.GetBytes(text));
        var inChunks = Run(new GeneratorHarness().AddFile(file, metadata));

        Assert.Equal("LargeText", file.GetText()!.GetType().Name);
        static string[] Described(GeneratorRun run) => run.GeneratorDiagnostics
            .Select(d => d.Id + " " + d.Location.GetLineSpan() + " " + d.Location.SourceSpan + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var expected = Described(inOneString);
        Assert.Contains(expected, d => d.StartsWith("LC1034", StringComparison.Ordinal));
        Assert.Contains(expected, d => d.StartsWith("LC1021", StringComparison.Ordinal));
        Assert.Equal(expected, Described(inChunks));
        // Each duplicate (LC1021) is at its <data, found here by searching the text.
        var dataStarts = new List<int>();
        for (var at = text.IndexOf("<data ", StringComparison.Ordinal); at >= 0; at = text.IndexOf("<data ", at + 1, StringComparison.Ordinal)) dataStarts.Add(at);
        Assert.Equal(Enumerable.Range(0, entries.Length).Where(k => k % 50 == 7).Select(k => dataStarts[k]),
            inChunks.GeneratorDiagnostics.Where(d => d.Id == "LC1021").Select(d => d.Location.SourceSpan.Start));
        Assert.Equal(inOneString.Output.SyntaxTrees.Select(t => t.ToString()), inChunks.Output.SyntaxTrees.Select(t => t.ToString()));
    }
}
