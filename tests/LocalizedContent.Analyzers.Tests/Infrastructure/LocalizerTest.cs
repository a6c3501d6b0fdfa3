using System.Reflection;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.Extensions.Localization;

namespace LocalizedContent.Analyzers.Tests.Infrastructure;

/// <summary>
/// LC0009/LC0010 under Microsoft.CodeAnalysis.Testing: the code compiles against the real
/// Microsoft.Extensions.Localization.Abstractions (the version the test project references) and, when asked, the
/// class the message generator writes for /app/Resources/Strings.resx in project App (App.Resources.Strings).
/// </summary>
public sealed class LocalizerTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public const string ResxPath = "/app/Resources/Strings.resx";

    private readonly bool _hasFix;

    public LocalizerTest(string source, string? fixedSource = null)
    {
        ReferenceAssemblies = Verifier.Net80.AddPackages([new PackageIdentity("Microsoft.Extensions.Localization.Abstractions", AbstractionsVersion())]);
        TestCode = source;
        if (fixedSource != null)
        {
            FixedCode = fixedSource;
            _hasFix = true;
        }
        TestState.AnalyzerConfigFiles.Add(("/project.globalconfig",
            "is_global = true\nbuild_property.RootNamespace = App\nbuild_property.MSBuildProjectDirectory = /app\n"));
    }

    /// <summary>
    /// A LocalizedContent .resx of the project. With <paramref name="generated"/>, the generator's class for it is part
    /// of the code, as the generator writes it for a project that references the localization abstractions
    /// (issue 18): a class that can be <c>IStringLocalizer&lt;T&gt;</c>'s T, so not static.
    /// </summary>
    public LocalizerTest<TAnalyzer, TCodeFix> WithResx(string resx, bool generated = true, string path = ResxPath)
    {
        TestState.AdditionalFiles.Add((path, resx));
        TestState.AnalyzerConfigFiles.Add(("/" + Guid.NewGuid().ToString("N") + ".globalconfig",
            $"is_global = true\n\n[{path}]\nbuild_metadata.AdditionalFiles.LocalizedContentItem = true\n"));
        if (!generated) return this;
        foreach (var (hintName, text) in TypedFormatMethodGeneratedClassTests.Generate(shape: null, resx))
        {
            var usable = text.Replace("static partial class Strings", "partial class Strings", StringComparison.Ordinal);
            TestState.Sources.Add((hintName, usable));
            if (_hasFix) FixedState.Sources.Add((hintName, usable));
        }
        return this;
    }

    /// <summary>A .resx with <paramref name="entries"/> (key, value).</summary>
    public static string Resx(params (string Key, string Value)[] entries) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n"
        + string.Concat(entries.Select(e => $"  <data name=\"{e.Key}\" xml:space=\"preserve\"><value>{e.Value}</value></data>\n"))
        + "</root>\n";

    private static string AbstractionsVersion()
    {
        var version = typeof(IStringLocalizer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
