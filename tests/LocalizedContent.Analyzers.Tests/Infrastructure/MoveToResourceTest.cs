using LocalizedContent.CodeFixes;
using LocalizedContent.Generator.Messages;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace LocalizedContent.Analyzers.Tests.Infrastructure;

/// <summary>
/// LC0001's move-to-resource fix under Microsoft.CodeAnalysis.Testing, with the message generator running on both the
/// original and the fixed project: the fixed code must compile against the class generated from the fixed .resx.
/// </summary>
public sealed class MoveToResourceTest : CSharpCodeFixTest<HardCodedRtlTextAnalyzer, MoveToResourceCodeFixProvider, DefaultVerifier>
{
    public MoveToResourceTest(string source, string fixedSource)
    {
        ReferenceAssemblies = Verifier.Net80;
        TestCode = source;
        FixedCode = fixedSource;
        // The generated class is checked by compiling against it, not by comparing its text.
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        // LC1022 (info: a culture falls back to the neutral text) is the generator's business, not the fix's.
        DisabledDiagnostics.Add("LC1022");
        WithProjectNamespace("App");
    }

    /// <summary>The project's RootNamespace; the project directory is the root, so Resources/Strings.resx is RootNamespace.Resources.Strings.</summary>
    public MoveToResourceTest WithProjectNamespace(string rootNamespace)
    {
        TestState.AnalyzerConfigFiles.RemoveAll(f => f.filename == "/project.globalconfig");
        TestState.AnalyzerConfigFiles.Add(("/project.globalconfig",
            $"is_global = true\nbuild_property.RootNamespace = {rootNamespace}\nbuild_property.MSBuildProjectDirectory = /\n"));
        return this;
    }

    protected override IEnumerable<Type> GetSourceGenerators() => [typeof(MessageGenerator)];

    /// <summary>A LocalizedContent .resx, before and after the fix (the same text when the fix leaves it alone).</summary>
    public MoveToResourceTest WithResource(string path, string before, string? after = null)
    {
        TestState.AdditionalFiles.Add((path, before));
        FixedState.AdditionalFiles.Add((path, after ?? before));
        TestState.AnalyzerConfigFiles.Add(("/" + Guid.NewGuid().ToString("N") + ".globalconfig",
            $"is_global = true\n\n[{path}]\nbuild_metadata.AdditionalFiles.LocalizedContentItem = true\n"));
        return this;
    }

    public MoveToResourceTest Disable(string id)
    {
        DisabledDiagnostics.Add(id);
        return this;
    }

    /// <summary>A project property the package passes to the compiler (LocalizedContentMessageFormat = icu).</summary>
    public MoveToResourceTest WithProjectProperty(string name, string value)
    {
        TestState.AnalyzerConfigFiles.Add(("/" + Guid.NewGuid().ToString("N") + ".globalconfig", $"is_global = true\nbuild_property.{name} = {value}\n"));
        return this;
    }

    public MoveToResourceTest WithEditorConfig(string options)
    {
        TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + options));
        return this;
    }

    /// <summary>A .resx in the layout Visual Studio writes: two-space indentation, LF line endings.</summary>
    public static string Resx(params (string Key, string Value)[] entries) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n  <resheader name=\"resmimetype\">\n    <value>text/microsoft-resx</value>\n  </resheader>\n"
        + string.Concat(entries.Select(e => $"  <data name=\"{e.Key}\" xml:space=\"preserve\">\n    <value>{e.Value}</value>\n  </data>\n"))
        + "</root>\n";
}
