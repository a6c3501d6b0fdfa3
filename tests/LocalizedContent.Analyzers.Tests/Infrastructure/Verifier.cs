using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace LocalizedContent.Analyzers.Tests.Infrastructure;

/// <summary>The shared set-up of the Microsoft.CodeAnalysis.Testing harness.</summary>
public static class Verifier
{
    /// <summary>
    /// .NET 8 reference assemblies from a servicing release (8.0.28) instead of the exact 8.0.0 that
    /// ReferenceAssemblies.Net.Net80 downloads: the tests need only net8.0's API, and one pinned version keeps them
    /// reproducible.
    /// </summary>
    public static readonly ReferenceAssemblies Net80 =
        new("net8.0", new PackageIdentity("Microsoft.NETCore.App.Ref", "8.0.28"), Path.Combine("ref", "net8.0"));

    public static DiagnosticResult Diagnostic(string id) => new(id, DiagnosticSeverity.Warning);

    /// <summary>Stand-ins for Microsoft.Extensions.Logging, enough for the analyzer to recognise logging calls by symbol.</summary>
    public const string LoggingStubs = """
        namespace Microsoft.Extensions.Logging
        {
            public enum LogLevel { Information, Error }
            public interface ILogger { void Log(LogLevel level, string message); }
            public interface ILogger<T> : ILogger { }
            public static class LoggerExtensions
            {
                public static void LogInformation(this ILogger logger, string message, params object[] args) { }
                public static void LogError(this ILogger logger, string message, params object[] args) { }
            }
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class LoggerMessageAttribute : System.Attribute
            {
                public LoggerMessageAttribute(int eventId, LogLevel level, string message) { }
            }
        }
        """;
}

/// <summary>
/// Test sources name invisible characters instead of holding them, so that the test files stay readable and free of
/// Trojan Source characters: ⟨RLO⟩ becomes U+202E, ⟨RLM⟩ U+200F, and so on for the nine bidi controls and three marks.
/// </summary>
public static class Invisible
{
    private static readonly (string Name, char Char)[] Names =
    [
        ("LRE", '\u202A'), ("RLE", '\u202B'), ("PDF", '\u202C'), ("LRO", '\u202D'), ("RLO", '\u202E'),
        ("LRI", '\u2066'), ("RLI", '\u2067'), ("FSI", '\u2068'), ("PDI", '\u2069'),
        ("LRM", '\u200E'), ("RLM", '\u200F'), ("ALM", '\u061C'),
    ];

    public static string Expand(string text)
    {
        if (!text.Contains('⟨')) return text;
        foreach (var (name, c) in Names) text = text.Replace("⟨" + name + "⟩", c.ToString());
        return text;
    }
}

public sealed class RuleTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public RuleTest(string source)
    {
        ReferenceAssemblies = Verifier.Net80;
        TestCode = Invisible.Expand(source);
    }

    /// <summary>Adds a LocalizedContent file the way buildTransitive does: an additional file with LocalizedContentItem=true.</summary>
    public RuleTest<TAnalyzer> WithContentFile(string path, string text, string? extraMetadata = null)
    {
        TestState.AdditionalFiles.Add((path, Invisible.Expand(text)));
        TestState.AnalyzerConfigFiles.Add(("/" + Guid.NewGuid().ToString("N") + ".globalconfig",
            $"is_global = true\n\n[{path}]\nbuild_metadata.AdditionalFiles.LocalizedContentItem = true\n{extraMetadata}"));
        return this;
    }

    public RuleTest<TAnalyzer> WithEditorConfig(string options)
    {
        TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + options));
        return this;
    }

    public RuleTest<TAnalyzer> WithGlobalConfig(string options)
    {
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + options));
        return this;
    }

    public RuleTest<TAnalyzer> Expect(params DiagnosticResult[] diagnostics)
    {
        ExpectedDiagnostics.AddRange(diagnostics);
        return this;
    }
}

public sealed class FixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public FixTest(string source, string fixedSource)
    {
        ReferenceAssemblies = Verifier.Net80;
        TestCode = Invisible.Expand(source);
        FixedCode = Invisible.Expand(fixedSource);
    }
}
