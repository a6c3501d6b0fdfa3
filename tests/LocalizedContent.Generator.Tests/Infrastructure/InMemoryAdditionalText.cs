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

    /// <summary>Decodes <paramref name="bytes"/> the way the compiler reads an additional file from disk
    /// (UTF-8, or the byte order mark's encoding; invalid UTF-8 falls back to a legacy code page).</summary>
    public static InMemoryAdditionalText FromBytes(string path, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return new InMemoryAdditionalText(path, SourceText.From(stream, canBeEmbedded: true));
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
