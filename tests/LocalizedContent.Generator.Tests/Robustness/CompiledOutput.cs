using System.Reflection;
using LocalizedContent.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace LocalizedContent.Generator.Tests.Robustness;

/// <summary>
/// Emits a run's output once and loads it, failing on any error or warning (consumers may build with
/// TreatWarningsAsErrors). One emit instead of GetDiagnostics and then Emit: the property tests compile
/// thousands of generated classes, and binding them twice would double their cost.
/// </summary>
internal static class CompiledOutput
{
    public static Assembly EmitWithoutWarnings(GeneratorRun run)
    {
        using var stream = new MemoryStream();
        var emit = run.Output.Emit(stream);
        var problems = emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(emit.Success && problems.Count == 0,
            "The generated code does not compile cleanly:\n" + string.Join("\n", problems.Take(10).Select(d => Cut(d.ToString()))));
        stream.Position = 0;
        return CompiledAssemblies.Load(stream);
    }

    private static string Cut(string message) => message.Length <= 600 ? message : message[..600] + "…";
}
