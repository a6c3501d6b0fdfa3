using System.Reflection;
using System.Text;

namespace LocalizedContent.Benchmarks.Corpus;

/// <summary>
/// Real Arabic and Persian text: the sample's two news articles (embedded at build time), cut into paragraphs,
/// sentences and phrases. Every corpus is made from these with a seeded Random, so runs are repeatable and the text
/// has the letters, digits, punctuation and mixed Latin of real content, not lorem ipsum.
/// </summary>
public sealed class Seeds
{
    public static readonly Seeds Arabic = Load("Seeds.WeChatNews.ar.txt");
    public static readonly Seeds Persian = Load("Seeds.WeChatNews.fa.txt");

    private Seeds(string[] paragraphs, string[] sentences, string[] words)
    {
        Paragraphs = paragraphs;
        Sentences = sentences;
        Words = words;
    }

    public string[] Paragraphs { get; }
    public string[] Sentences { get; }
    public string[] Words { get; }

    /// <summary>A phrase of <paramref name="min"/>..<paramref name="max"/> consecutive words from the text.</summary>
    public string Phrase(Random random, int min, int max)
    {
        var count = random.Next(min, max + 1);
        var start = random.Next(0, Words.Length - count);
        return string.Join(' ', Words, start, count);
    }

    private static Seeds Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded seed {name} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var sentences = paragraphs
            .SelectMany(p => p.Split(['.', '\u061F' /* Arabic question mark */, '!', ':'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => s.Length >= 12)
            .Select(Clean)
            .ToArray();
        var words = text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(Clean).Where(w => w.Length > 0).ToArray();
        return new Seeds(paragraphs, sentences, words);
    }

    /// <summary>Drops characters that are syntax in ICU messages ({ } # ') and in C# literals we write (" \).</summary>
    private static string Clean(string s)
    {
        var builder = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is '{' or '}' or '#' or '\'' or '"' or '\\') continue;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
