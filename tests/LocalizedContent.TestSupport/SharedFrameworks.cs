using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LocalizedContent.TestSupport;

/// <summary>References for compiling what an ASP.NET Core project compiles (the Razor compiler's output).</summary>
public static class SharedFrameworks
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> AspNetCoreReferences = new(Load);

    /// <summary>The .NET and ASP.NET Core shared frameworks installed beside the running runtime.</summary>
    public static ImmutableArray<MetadataReference> AspNetCore => AspNetCoreReferences.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var aspNet = Directory.GetDirectories(Path.Combine(runtime, "..", "..", "Microsoft.AspNetCore.App")).OrderBy(d => d, StringComparer.Ordinal).Last();
        return Directory.GetFiles(runtime, "*.dll").Concat(Directory.GetFiles(aspNet, "*.dll"))
            .Where(p => !Path.GetFileName(p).StartsWith("Microsoft.DiaSymReader", StringComparison.Ordinal) && !p.EndsWith("Native.dll", StringComparison.Ordinal))
            .Select(p => { try { return (MetadataReference?)MetadataReference.CreateFromFile(p); } catch (IOException) { return null; } catch (BadImageFormatException) { return null; } })
            .OfType<MetadataReference>().ToImmutableArray();
    }
}
