using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Generator.Tests.Robustness;

/// <summary>
/// Reads a file's bytes with the compiler's own decoder (Roslyn's internal EncodedStringText, which csc uses for
/// additional files): byte order mark, else strict UTF-8, else the platform fallback. The corpus of wrong
/// encodings is then seen exactly as a build sees it, not as a test imitates it. If a Roslyn update moves the
/// internal method, <see cref="InMemoryAdditionalText.FromBytes"/>'s imitation is used instead.
/// </summary>
internal static class CompilerDecoder
{
    private static readonly MethodInfo? Create = typeof(Compilation).Assembly
        .GetType("Microsoft.CodeAnalysis.Text.EncodedStringText")
        ?.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
        .FirstOrDefault(m => m.Name == "Create" && m.GetParameters() is var p && p.Length == 4
            && p[0].ParameterType == typeof(Stream) && p[1].ParameterType == typeof(Encoding));

    public static AdditionalText Read(string path, byte[] bytes)
    {
        if (Create is null) return InMemoryAdditionalText.FromBytes(path, bytes);
        using var stream = new MemoryStream(bytes);
        var text = (SourceText)Create.Invoke(null, [stream, null, SourceHashAlgorithm.Sha256, true])!;
        return new InMemoryAdditionalText(path, text);
    }
}
