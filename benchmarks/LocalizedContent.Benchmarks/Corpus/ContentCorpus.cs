using System.Collections.Immutable;
using System.Text;
using System.Xml.Linq;
using LocalizedContent.Benchmarks.Infrastructure;

namespace LocalizedContent.Benchmarks.Corpus;

/// <summary>One LocalizedContent item: its full path (under the fake project directory) and its bytes on disk.</summary>
public sealed record ContentFile(string Path, byte[] Bytes);

/// <summary>
/// The generator benchmarks' input: documents (.txt) made of shuffled paragraphs of the seeds, and .resx files
/// (neutral, ar, fa) with plain messages, messages with an argument and ICU plurals. Deterministic (seeded).
/// </summary>
public sealed class ContentCorpus
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private ContentCorpus(ImmutableArray<ContentFile> documents, ImmutableArray<ContentFile> resx)
    {
        Documents = documents;
        Resx = resx;
        All = documents.AddRange(resx);
    }

    public ImmutableArray<ContentFile> Documents { get; }
    public ImmutableArray<ContentFile> Resx { get; }
    public ImmutableArray<ContentFile> All { get; }

    public long TotalBytes => All.Sum(f => (long)f.Bytes.Length);

    private static readonly Lazy<ContentCorpus> SharedCorpus = new(() => Create(Scale.Documents, Scale.DocumentBytes, Scale.ResxKeys, Scale.ResxClasses));

    /// <summary>The corpus at the current scale, made once per process (the benchmarks run in-process).</summary>
    public static ContentCorpus Shared => SharedCorpus.Value;

    public static ContentCorpus Create(int documents, int documentBytes, int resxKeys, int resxClasses) =>
        new(MakeDocuments(documents, documentBytes), MakeResx(resxKeys, resxClasses));

    /// <summary>Article000.ar.txt, Article000.fa.txt, Article001.ar.txt…: culture variants of one class each.</summary>
    private static ImmutableArray<ContentFile> MakeDocuments(int count, int totalBytes)
    {
        var perDocument = totalBytes / count;
        var files = ImmutableArray.CreateBuilder<ContentFile>(count);
        for (var i = 0; i < count; i++)
        {
            var (culture, seeds) = i % 2 == 0 ? ("ar", Seeds.Arabic) : ("fa", Seeds.Persian);
            var random = new Random(i);
            var text = new StringBuilder(perDocument);
            var bytes = 0;
            while (bytes < perDocument)
            {
                var paragraph = seeds.Paragraphs[random.Next(seeds.Paragraphs.Length)];
                text.Append(paragraph).Append("\n\n");
                bytes += Utf8NoBom.GetByteCount(paragraph) + 2;
            }
            files.Add(new ContentFile($"{BenchmarkProject.ProjectDirectory}/Content/News/Article{i / 2:D3}.{culture}.txt", Utf8NoBom.GetBytes(text.ToString())));
        }
        return files.MoveToImmutable();
    }

    /// <summary>
    /// Section0.resx, Section0.ar.resx, Section0.fa.resx…: <paramref name="keys"/> keys per culture. One key in ten
    /// is an ICU plural (Arabic with all six categories), one in ten takes a {name} argument.
    /// </summary>
    private static ImmutableArray<ContentFile> MakeResx(int keys, int classes)
    {
        var files = ImmutableArray.CreateBuilder<ContentFile>(classes * 3);
        var perClass = keys / classes;
        for (var c = 0; c < classes; c++)
        {
            foreach (var culture in new string?[] { null, "ar", "fa" })
            {
                var random = new Random(c * 7 + (culture?.Length ?? 0) + (culture == "fa" ? 1 : 0));
                var root = new XElement("root", ResxHeaders());
                for (var k = 0; k < perClass; k++)
                {
                    root.Add(new XElement("data",
                        new XAttribute("name", $"Message{k:D4}"),
                        new XAttribute(XNamespace.Xml + "space", "preserve"),
                        new XElement("value", Value(culture, c, k, random))));
                }
                var suffix = culture is null ? "" : "." + culture;
                var document = new XDocument(new XDeclaration("1.0", "utf-8", null), root);
                using var stream = new MemoryStream();
                using (var writer = new StreamWriter(stream, Utf8NoBom)) document.Save(writer);
                files.Add(new ContentFile($"{BenchmarkProject.ProjectDirectory}/Resources/Section{c}{suffix}.resx", stream.ToArray()));
            }
        }
        return files.MoveToImmutable();
    }

    private static string Value(string? culture, int section, int key, Random random)
    {
        var kind = key % 10;
        if (culture is null)
        {
            return kind switch
            {
                0 => $"{{count, plural, one {{# item in section {section}}} other {{# items in section {section}}}}}",
                1 => $"Hello {{name}}, this is message {key} of section {section}.",
                _ => $"Message {key} of section {section}: the operation completed.",
            };
        }
        var seeds = culture == "ar" ? Seeds.Arabic : Seeds.Persian;
        var phrase = seeds.Phrase(random, 3, 9);
        return (kind, culture) switch
        {
            // Arabic has all six plural categories; the literal text comes from the seeds (no RTL literal in our code).
            (0, "ar") => $"{{count, plural, zero {{{seeds.Phrase(random, 2, 4)}}} one {{{seeds.Phrase(random, 2, 4)}}} two {{{seeds.Phrase(random, 2, 4)}}} few {{# {phrase}}} many {{# {phrase}}} other {{# {phrase}}}}}",
            (0, _) => $"{{count, plural, one {{# {phrase}}} other {{# {phrase}}}}}",
            (1, _) => $"{{name}} {phrase}",
            _ => seeds.Sentences[random.Next(seeds.Sentences.Length)],
        };
    }

    private static IEnumerable<XElement> ResxHeaders()
    {
        yield return new XElement("resheader", new XAttribute("name", "resmimetype"), new XElement("value", "text/microsoft-resx"));
        yield return new XElement("resheader", new XAttribute("name", "version"), new XElement("value", "2.0"));
        yield return new XElement("resheader", new XAttribute("name", "reader"), new XElement("value", "System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"));
        yield return new XElement("resheader", new XAttribute("name", "writer"), new XElement("value", "System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"));
    }
}
