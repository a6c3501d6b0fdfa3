using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.TestSupport;

/// <summary>An additional file held in memory, as the compiler would hand it to a generator or an analyzer.</summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly Lazy<SourceText> _text;

    public InMemoryAdditionalText(string path, string text)
        : this(path, SourceText.From(text, Encoding.UTF8))
    {
    }

    public InMemoryAdditionalText(string path, SourceText text)
        : this(path, new Lazy<SourceText>(text))
    {
    }

    private InMemoryAdditionalText(string path, Lazy<SourceText> text)
    {
        Path = path;
        _text = text;
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/> the way the compiler reads an additional file from disk: on the first
    /// <see cref="GetText"/>, by its byte order mark, else as UTF-8; bytes that are not UTF-8 make it decode again
    /// with its fallback encoding. That fallback is the OS's ANSI code page on Windows (1252: no U+FFFD, and
    /// <see cref="SourceText.Encoding"/> says 1252) but UTF-8 with U+FFFD replacements on Linux and macOS (checked
    /// against Roslyn 4.8's EncodedStringText). Pass <paramref name="legacyFallback"/> to imitate Windows; the
    /// default imitates Linux. As in the compiler, decoding happens on first use (so a benchmark that creates the
    /// file measures it) and the text is not kept for embedding in a PDB.
    /// </summary>
    public static InMemoryAdditionalText FromBytes(string path, byte[] bytes, Encoding? legacyFallback = null) =>
        new(path, new Lazy<SourceText>(() => Decode(bytes, legacyFallback)));

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text.Value;

    private static SourceText Decode(byte[] bytes, Encoding? legacyFallback)
    {
        try
        {
            using var strict = new MemoryStream(bytes, writable: false);
            return SourceText.From(strict, new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException)
        {
            using var stream = new MemoryStream(bytes, writable: false);
            // Encoding.Default is what the compiler's fallback is on .NET on Linux: lenient UTF-8 without preamble.
            return SourceText.From(stream, legacyFallback ?? Encoding.Default);
        }
    }
}
