using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Benchmarks.Infrastructure;

/// <summary>
/// An additional file as the compiler hands it to generators: bytes read from disk, decoded on first GetText
/// (UTF-8, or the byte order mark's encoding) and kept. A new instance per cold run, so decoding is measured in the
/// generator benchmark as it is in the floor. (Copied from the generator tests' infrastructure, not referenced.)
/// </summary>
public sealed class InMemoryAdditionalText(string path, byte[] bytes) : AdditionalText
{
    private SourceText? _text;

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default)
    {
        if (_text is null)
        {
            using var stream = new MemoryStream(bytes, writable: false);
            // As the compiler reads an additional file (EncodedStringText): UTF-8 unless a byte order mark says
            // otherwise, not kept for embedding in the PDB.
            _text = SourceText.From(stream, Encoding.UTF8);
        }
        return _text;
    }
}
