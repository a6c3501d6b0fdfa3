using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Generator.Tests.Infrastructure;

/// <summary>An additional file held in memory, as the compiler would hand it to the generator.</summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
        : this(path, SourceText.From(text, Encoding.UTF8))
    {
    }

    public InMemoryAdditionalText(string path, SourceText text)
    {
        Path = path;
        _text = text;
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/> the way the compiler reads an additional file from disk: by its byte order
    /// mark, else as UTF-8; bytes that are not UTF-8 make it decode again with its fallback encoding. That fallback
    /// is the OS's ANSI code page on Windows (1252: no U+FFFD, and <see cref="SourceText.Encoding"/> says 1252) but
    /// UTF-8 with U+FFFD replacements on Linux and macOS (checked against Roslyn 4.8's EncodedStringText). Pass
    /// <paramref name="legacyFallback"/> to imitate Windows; the default imitates Linux.
    /// </summary>
    public static InMemoryAdditionalText FromBytes(string path, byte[] bytes, Encoding? legacyFallback = null)
    {
        try
        {
            using var strict = new MemoryStream(bytes);
            return new InMemoryAdditionalText(path, SourceText.From(strict, new UTF8Encoding(false, throwOnInvalidBytes: true), canBeEmbedded: true));
        }
        catch (DecoderFallbackException)
        {
            using var stream = new MemoryStream(bytes);
            // Encoding.Default is what the compiler's fallback is on .NET on Linux: lenient UTF-8 without preamble.
            return new InMemoryAdditionalText(path, SourceText.From(stream, legacyFallback ?? Encoding.Default, canBeEmbedded: true));
        }
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
