using LocalizedContent.TestSupport;

namespace LocalizedContent.Benchmarks.Infrastructure;

/// <summary>The consumer project the generator benchmarks compile: its directory, root namespace and options.</summary>
public static class BenchmarkProject
{
    public const string ProjectDirectory = "/project";
    public const string RootNamespace = "BenchApp";

    /// <summary>What the compiler sees: every path in <paramref name="contentPaths"/> is a LocalizedContent item.</summary>
    public static TestAnalyzerConfigOptionsProvider Options(IEnumerable<string> contentPaths) =>
        TestAnalyzerConfigOptionsProvider.ContentItems(contentPaths, new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = RootNamespace,
            ["build_property.MSBuildProjectDirectory"] = ProjectDirectory,
        });
}
