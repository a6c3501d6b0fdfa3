using System.Text;
using CsCheck;
using LocalizedContent.ResxFormat;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Generator.Tests.Robustness;

/// <summary>
/// The .resx reader reads the files tools write without XmlReader (issue 20: half of the generator's parse of a
/// file) and must give what XmlReader gives: the same entries, names, types, values, positions, and the same error
/// where the file is not well-formed. Compared on the test corpus (real projects' files, hostile files) and on
/// generated and real files with random edits (entities, line ends, comments, CDATA, prefixes, stray markup,
/// characters XML cannot hold).
/// </summary>
public sealed class ResxFastReaderProperties
{
    private static readonly string CorpusRoot = Path.Combine(AppContext.BaseDirectory, "Corpus");

    private static IEnumerable<string> CorpusFiles => Directory.GetFiles(CorpusRoot, "*.resx", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    [Fact]
    public void Every_corpus_file_reads_as_XmlReader_reads_it_and_real_projects_files_take_the_fast_path()
    {
        foreach (var path in CorpusFiles)
        {
            var text = SourceText.From(File.ReadAllText(path));
            AssertSame(text, Path.GetRelativePath(CorpusRoot, path));
            if (path.Contains("RealWorld", StringComparison.Ordinal))
                Assert.True(ResxFastReader.TryRead(text, new XmlLineMap(text)) != null, "not read by the fast reader: " + path);
        }
    }

    [Fact]
    public void Deeply_nested_elements_read_as_XmlReader_reads_them_without_exhausting_the_stack()
    {
        var nested = string.Concat(Enumerable.Repeat("<x>", 200_000)) + string.Concat(Enumerable.Repeat("</x>", 200_000));
        AssertSame(SourceText.From("<root><data name=\"a\"><value>v</value></data>" + nested + "</root>"), "200,000 nested elements");
    }

    /// <summary>Pieces an edit inserts: markup the fast reader reads, markup it leaves to XmlReader, and errors.</summary>
    private static readonly string[] Pieces =
    {
        "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#10;", "&#13;", "&#x9;", "&#x41;", "&#1593;", "&#xFFFD;", "&bogus;", "&#0;", "&#xD800;",
        "&#x1F600;", "&#;", "&", "\r\n", "\r", "\n", "\t", " ", "<", ">", "]]>", "]]", "]", "<!-- c -->", "<!-- a--b -->", "<!---->", "<!--->",
        "<![CDATA[x]]>", "<?pi x?>", "<x/>", "<x>", "</x>", "<p:x/>", " xmlns:p=\"urn:p\"", " xmlns=\"urn:d\"", " a=\"1\"", " a='1'",
        " name=\"n\"", " name='&lt;n'", " type=\"System.String\"", " mimetype=\"text/x\"", " xml:space=\"preserve\"", " xml:space=\"bogus\"",
        " xml:lang=\"ar\"", " p:a=\"1\"", "\"", "'", "=", "\u0001", "\uFFFE", "\uFFFD", "😀", "\uD83D", "\uDE00", "ع", "\u200F", "\u2028",
        "<data name=\"z\"><value>v</value></data>", "<data name=\"y\"/>", "<value>w</value>", "<value/>", "<value></value>", "<data>",
        "</data>", "<comment>c</comment>", "<!DOCTYPE x>", "\uFEFF", "<?xml version=\"1.0\"?>", "<data name=\"a\" name=\"b\"/>", "x:", ":x",
        "<é/>", "é", "<a\u00E9/>", "\u00A0", "<?xml version=\"1.0\" encoding=\"utf-16\"?>", "<?xml version=\"1.0\" encoding=\"bogus\"?>",
    };

    /// <summary>Text a translator writes: letters, digits, spaces, line ends and the characters XML escapes.</summary>
    private static readonly Gen<string> Written = Gen.String[Gen.OneOf(Gen.Char['\u0621', '\u06F9'], Gen.Char['a', 'z'], Gen.OneOf(' ', '\n', '\r', '\t', '&', '<', '>', '"', '\'', '\u200C', '\u00E9', '1')), 0, 30];

    private static readonly Gen<string> Base = Gen.Frequency(
        (2, Gen.Select(HostileText.Text(4), HostileText.Text(6)).Array[1, 8].Select(entries => ResxWriter.Write(entries))),
        (3, Gen.Select(Written, Written).Array[1, 8].Select(entries => ResxWriter.Write(entries))),
        (2, Gen.OneOf(CorpusFiles.Where(p => new FileInfo(p).Length < 40_000).Select(File.ReadAllText).ToArray())));

    /// <summary>An edit: at a fraction of the text, insert a piece, or delete or repeat up to 12 characters.</summary>
    private static readonly Gen<(double At, int Kind, string Piece, int Length)> Edit =
        Gen.Select(Gen.Double[0, 1], Gen.Int[0, 5], Gen.OneOf(Pieces), Gen.Int[1, 12]);

    [Fact]
    public void Edited_files_read_as_XmlReader_reads_them()
    {
        var fast = 0;
        var wellFormed = 0;
        var total = 0;
        Gen.Select(Base, Edit.Array[0, 2]).Sample((xml, edits) =>
        {
            var text = Apply(xml, edits);
            var source = SourceText.From(text);
            total++;
            if (ResxFastReader.TryRead(source, new XmlLineMap(source)) != null) fast++;
            if (ResxFile.ReadWithXmlReader(source, new XmlLineMap(source)).Error == null) wellFormed++;
            AssertSame(source, PropertyRun.Show(text, 2_000));
        }, iter: PropertyRun.Iterations(1_500), threads: 1, print: t => PropertyRun.Show(Apply(t.Item1, t.Item2), 2_000));
        // The comparison means something only if the fast reader read many of the edited files itself: nearly all of
        // those XmlReader reads without an error (it leaves rare shapes, such as a processing instruction, to XmlReader).
        Assert.True(wellFormed * 5 > total && fast * 10 >= wellFormed * 9, $"the fast reader read {fast} of {total} files, XmlReader {wellFormed} without an error");
    }

    private static string Apply(string xml, (double At, int Kind, string Piece, int Length)[] edits)
    {
        var builder = new StringBuilder(xml);
        foreach (var (at, kind, piece, length) in edits)
        {
            var index = (int)(at * builder.Length);
            var count = Math.Min(length, builder.Length - index);
            if (kind == 0 && count > 0) builder.Remove(index, count);
            else if (kind == 1 && count > 0) builder.Insert(index, builder.ToString(index, count));
            else builder.Insert(index, piece);
        }
        return builder.ToString();
    }

    private static void AssertSame(SourceText text, string what)
    {
        var expected = ResxFile.ReadWithXmlReader(text, new XmlLineMap(text));
        var actual = ResxFile.Read(text);
        Assert.True(Describe(expected) == Describe(actual), $"{what}\nXmlReader:\n{Describe(expected)}\nread:\n{Describe(actual)}");
    }

    private static string Describe(ResxFile file)
    {
        var builder = new StringBuilder();
        foreach (var data in file.Entries)
        {
            builder.Append(PropertyRun.Show(data.Name)).Append(' ').Append(PropertyRun.Show(data.Type)).Append(' ').Append(PropertyRun.Show(data.MimeType))
                .Append(' ').Append(Position(data.Data)).Append(' ').Append(data.ValueElement is { } v ? Position(v) : "-")
                .Append(' ').Append(data.ValueTextOffset).Append(' ').Append(PropertyRun.Show(data.Value)).Append('\n');
        }
        if (file.Error != null) builder.Append("error ").Append(Position(file.ErrorPosition)).Append(' ').Append(file.Error);
        return builder.ToString();
    }

    private static string Position(XmlPosition p) => $"{p.Line}:{p.Column}@{p.Offset}";
}
