using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LocalizedContent.TestSupport;

/// <summary>References for compiling in tests: plain C# against the running runtime, and what an ASP.NET Core project
/// compiles (the Razor compiler's output).</summary>
public static class SharedFrameworks
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> AspNetCoreReferences = new(Load);
    private static readonly Lazy<ImmutableArray<MetadataReference>> RuntimeReferences = new(() => Trusted(name =>
        name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"));
    private static readonly Lazy<ImmutableArray<MetadataReference>> CoreReferences = new(() => Trusted(name =>
        name is "System.Runtime.dll" or "netstandard.dll" or "System.Private.CoreLib.dll"));

    /// <summary>The running runtime's assemblies (System.*, netstandard, mscorlib): what plain C# compiles against.</summary>
    public static ImmutableArray<MetadataReference> Runtime => RuntimeReferences.Value;

    /// <summary>Only System.Private.CoreLib, System.Runtime and netstandard: enough for code that uses strings and
    /// numbers, and quick to bind in the hundreds of compilations of a property test.</summary>
    public static ImmutableArray<MetadataReference> RuntimeCore => CoreReferences.Value;

    /// <summary>The running runtime's assemblies whose file name <paramref name="isWanted"/> accepts.</summary>
    public static ImmutableArray<MetadataReference> Trusted(Func<string, bool> isWanted) =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => isWanted(Path.GetFileName(p)))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();

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
