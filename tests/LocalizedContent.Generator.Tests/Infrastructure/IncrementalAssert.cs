using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace LocalizedContent.Generator.Tests.Infrastructure;

/// <summary>
/// Incrementality assertions on tracked steps (NetEscapades.EnumGenerators' approach): a second run over the same
/// input does no work, and no step output holds a Compilation, ISymbol, SyntaxNode or SyntaxTree, which would
/// keep whole compilations alive in the IDE and defeat caching.
/// </summary>
public static class IncrementalAssert
{
    /// <summary>The run reasons of every tracked step named <paramref name="trackingName"/>, outputs flattened.</summary>
    public static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorRun run, string trackingName) =>
        run.Result.Results
            .SelectMany(r => r.TrackedSteps.TryGetValue(trackingName, out var steps) ? steps : [])
            .SelectMany(s => s.Outputs)
            .Select(o => o.Reason)
            .ToList();

    /// <summary>The run reasons of the source-output steps that add source (one per generated class).</summary>
    public static IReadOnlyList<IncrementalStepRunReason> OutputReasons(GeneratorRun run) =>
        OutputSteps(run).Where(o => AddsSource(o.Value)).Select(o => o.Reason).ToList();

    /// <summary>The run reasons of the outputs that only report diagnostics (they add no source).</summary>
    public static IReadOnlyList<IncrementalStepRunReason> DiagnosticOutputReasons(GeneratorRun run) =>
        OutputSteps(run).Where(o => !AddsSource(o.Value)).Select(o => o.Reason).ToList();

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> OutputSteps(GeneratorRun run) =>
        run.Result.Results
            .SelectMany(r => r.TrackedOutputSteps.Values.SelectMany(s => s))
            .SelectMany(s => s.Outputs);

    /// <summary>An output step's value is the pair (sources added, diagnostics reported).</summary>
    private static bool AddsSource(object value) =>
        value is System.Runtime.CompilerServices.ITuple { Length: 2 } pair && pair[0] is IEnumerable sources && sources.Cast<object>().Any();

    /// <summary>
    /// Runs twice on the same input and asserts the second run's named steps are all Cached or Unchanged, and that
    /// no step output in either run holds a forbidden type.
    /// </summary>
    public static void SecondRunIsCached(GeneratorRun first, params string[] trackingNames)
    {
        var second = first.RunAgain();
        foreach (var name in trackingNames)
        {
            var reasons = Reasons(second, name);
            Assert.True(reasons.Count > 0, $"No tracked step named '{name}' ran: is the tracking name applied?");
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Step '{name}' was {r} on an unchanged input"));
        }
        Assert.All(OutputReasons(second), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        NoStepHoldsCompilerObjects(first);
        NoStepHoldsCompilerObjects(second);
    }

    public static void NoStepHoldsCompilerObjects(GeneratorRun run)
    {
        foreach (var step in run.Result.Results.SelectMany(r => r.TrackedSteps.Values.SelectMany(s => s)))
        {
            // The compiler's own input node is the Compilation; what the generators take from it must be plain.
            if (step.Name == WellKnownGeneratorInputs.Compilation) continue;
            foreach (var (value, _) in step.Outputs)
            {
                AssertObjectGraph(value, step.Name ?? "(unnamed)", new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void AssertObjectGraph(object? node, string stepName, HashSet<object> visited)
    {
        if (node is null || !visited.Add(node)) return;
        var type = node.GetType();
        Assert.False(node is Compilation or ISymbol or SyntaxNode or SyntaxTree,
            $"Step '{stepName}' holds a {type.Name}: models must be plain equatable values");
        // ParseOptions is the compiler's own equatable input (the generators read its LanguageVersion), not a model.
        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || node is DiagnosticDescriptor || node is ParseOptions) return;
        if (node is IEnumerable collection)
        {
            foreach (var element in collection) AssertObjectGraph(element, stepName, visited);
            return;
        }
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
        {
            AssertObjectGraph(field.GetValue(node), stepName, visited);
        }
    }
}
