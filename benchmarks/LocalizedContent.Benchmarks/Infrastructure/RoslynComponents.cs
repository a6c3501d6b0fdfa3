using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Benchmarks.Infrastructure;

/// <summary>
/// Finds generators and analyzers by reflection in the DLLs the build copies to <c>roslyn/</c>, as the compiler
/// does: the benchmarks depend on no class name of ours, so they keep working while the generator and analyzers
/// change. Set LOCALIZEDCONTENT_BENCH_ROSLYN_DIR to a folder holding other builds of LocalizedContent.Generator.dll
/// and LocalizedContent.Analyzers.dll to measure those instead.
/// </summary>
public static class RoslynComponents
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "roslyn");

    private static string OursDirectory =>
        Environment.GetEnvironmentVariable("LOCALIZEDCONTENT_BENCH_ROSLYN_DIR") is { Length: > 0 } dir ? dir : Path.Combine(Root, "ours");

    /// <summary>The analyzers' assembly the benchmarks load (also given to a real build by <see cref="BuildShare"/>).</summary>
    public static string OurAnalyzersPath => Path.Combine(OursDirectory, "LocalizedContent.Analyzers.dll");

    private static readonly Lazy<ImmutableArray<Type>> GeneratorTypes = new(() =>
        LoadTypes(Path.Combine(OursDirectory, "LocalizedContent.Generator.dll"))
            .Where(t => typeof(IIncrementalGenerator).IsAssignableFrom(t) && t.GetCustomAttributes<GeneratorAttribute>().Any())
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToImmutableArray());

    private static readonly Lazy<ImmutableArray<Type>> OurAnalyzerTypes = new(() =>
        LoadTypes(OurAnalyzersPath)
            .Where(IsCSharpAnalyzer)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToImmutableArray());

    /// <summary>A new instance of every [Generator] IIncrementalGenerator in LocalizedContent.Generator.dll.</summary>
    public static ImmutableArray<ISourceGenerator> Generators() =>
        GeneratorTypes.Value.Select(t => ((IIncrementalGenerator)Activator.CreateInstance(t)!).AsSourceGenerator()).ToImmutableArray();

    public static IEnumerable<string> GeneratorNames => GeneratorTypes.Value.Select(t => t.Name);

    /// <summary>A new instance of every C# [DiagnosticAnalyzer] in LocalizedContent.Analyzers.dll.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> OurAnalyzers() =>
        OurAnalyzerTypes.Value.Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();

    /// <summary>The NetAnalyzers analyzer that reports <paramref name="id"/> (CA1303 is DoNotPassLiteralsAsLocalizedParameters).</summary>
    public static DiagnosticAnalyzer NetAnalyzer(string id)
    {
        var directory = Path.Combine(Root, "netanalyzers");
        // Load the language-neutral DLL first: the C# one depends on it.
        var types = LoadTypes(Path.Combine(directory, "Microsoft.CodeAnalysis.NetAnalyzers.dll"))
            .Concat(LoadTypes(Path.Combine(directory, "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll")))
            .Where(IsCSharpAnalyzer);
        foreach (var type in types)
        {
            DiagnosticAnalyzer analyzer;
            try { analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(type)!; }
            catch (Exception) { continue; } // an analyzer built for a newer Roslyn; not the one we want
            if (analyzer.SupportedDiagnostics.Any(d => d.Id == id)) return analyzer;
        }
        throw new InvalidOperationException($"No analyzer for {id} in {directory}");
    }

    /// <summary>Microsoft's ResxSourceGenerator (Microsoft.CodeAnalysis.ResxSourceGenerator), the C# one.</summary>
    public static ISourceGenerator ResxSourceGenerator()
    {
        var directory = Path.Combine(Root, "resxsourcegenerator");
        // The language-neutral DLL first: the C# one derives from its generator.
        var type = LoadTypes(Path.Combine(directory, "Microsoft.CodeAnalysis.ResxSourceGenerator.dll"))
            .Concat(LoadTypes(Path.Combine(directory, "Microsoft.CodeAnalysis.ResxSourceGenerator.CSharp.dll")))
            .FirstOrDefault(t => !t.IsAbstract && typeof(IIncrementalGenerator).IsAssignableFrom(t) &&
                t.GetCustomAttributes<GeneratorAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            ?? throw new InvalidOperationException($"No C# generator in {directory}");
        return ((IIncrementalGenerator)Activator.CreateInstance(type)!).AsSourceGenerator();
    }

    private static bool IsCSharpAnalyzer(Type type) =>
        !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) &&
        type.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp));

    private static IEnumerable<Type> LoadTypes(string path)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"warning: {path} not found");
            return [];
        }
        var assembly = Assembly.LoadFrom(path);
        try { return assembly.GetTypes(); }
        catch (ReflectionTypeLoadException e)
        {
            Console.Error.WriteLine($"warning: {Path.GetFileName(path)}: {e.LoaderExceptions.FirstOrDefault()?.Message}");
            return e.Types.Where(t => t is not null)!;
        }
    }
}
