using System.Globalization;
using System.Reflection;
using System.Text;
using LocalizedContent.CodeFixes.MoveToResource;
using LocalizedContent.Generator.Messages;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>
/// The fix end to end, outside the test harness: fix every LC0001 in a project, run the message generator over the
/// fixed .resx (no stale build), compile, load, and call the code before and after the fix. Each method must return
/// exactly what it returned with the literal.
/// </summary>
[Trait("Category", "Slow")]
public class MoveToResourceRuntimeTests
{
    // Text that ICU MessageFormat, XML and C# escaping treat specially, in every kind of literal.
    private const string Source = """"
        namespace App
        {
            public static class Texts
            {
                public static string Quoted() => "{0} یعنی 'آغاز' و '{' یا ''}'' # | & <b> &amp;";
                public static string Lines() => "خط اول\r\n\tخط دوم\n";
                public static string Verbatim() => @"مسیر: C:\پوشه\{name} ""نقل""";
                public static string Raw() => """نقل "قول" با {آکولاد} و '{'""";
                public static string Interpolated(string name, int count) => $"{{{name}}} '{count,3:D2}' پیام\tتازه دارد، {name}";
                public static string VerbatimInterpolated(string name, int count) => $@"«{name}» {{گفت}} ""{count:N1}"" \t";
                public static string RawInterpolated(string name, int count) => $$"""{{{name}}} {نام} {{count}} "پیام" """;
                public static string Twice() => "باز کردن";
                public static string Again() => "باز کردن";
            }
        }
        """";

    private const string Resx = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n  <data name=\"Title\" xml:space=\"preserve\">\n    <value>اخبار</value>\n  </data>\n</root>\n";

    // Bidi isolation off: with it on, the generated method wraps arguments in FSI…PDI on purpose.
    private const string GlobalConfig = """
        is_global = true
        build_property.RootNamespace = App
        build_property.MSBuildProjectDirectory = /app
        build_property.LocalizedContentBidiIsolation = false

        [/app/Resources/Strings.fa.resx]
        build_metadata.AdditionalFiles.LocalizedContentItem = true
        """;

    /// <param name="messageFormat">The project's LocalizedContentMessageFormat: with icu every literal moves (ICU quoting);
    /// with auto (the default) a literal holding braces stays, since no value reads back as itself in every set.</param>
    [Theory]
    [InlineData("icu")]
    [InlineData("auto")]
    public async Task After_MoveToResource_the_generated_members_return_exactly_what_the_literals_did(string messageFormat)
    {
        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var documentId = DocumentId.CreateNewId(projectId);
        var resxId = DocumentId.CreateNewId(projectId);
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "App", "App", LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: SharedFrameworks.Runtime))
            .AddDocument(documentId, "Texts.cs", SourceText.From(Source, Encoding.UTF8), filePath: "/app/Texts.cs")
            .AddAdditionalDocument(resxId, "Strings.fa.resx", SourceText.From(Resx, Encoding.UTF8), filePath: "/app/Resources/Strings.fa.resx")
            .AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), "app.globalconfig", SourceText.From(GlobalConfig.Replace("build_property.RootNamespace", "build_property.LocalizedContentMessageFormat = " + messageFormat + "\nbuild_property.RootNamespace")), filePath: "/app/app.globalconfig");
        var project = solution.GetProject(projectId)!;

        var diagnostics = await (await project.GetCompilationAsync())!
            .WithAnalyzers([new HardCodedRtlTextAnalyzer()], project.AnalyzerOptions)
            .GetAnalyzerDiagnosticsAsync();
        Assert.NotEmpty(diagnostics);

        var fixedProject = (await MoveToResourcePlanner.ApplyAsync(solution, [(documentId, diagnostics)], CancellationToken.None)).GetProject(projectId)!;
        var fixedSource = (await fixedProject.GetDocument(documentId)!.GetTextAsync()).ToString();
        var fixedResx = (await fixedProject.GetAdditionalDocument(resxId)!.GetTextAsync()).ToString();
        Assert.DoesNotContain("پیام", fixedSource); // the interpolated strings moved
        if (messageFormat == "icu") Assert.DoesNotContain("آغاز", fixedSource);
        else Assert.Contains("آغاز", fixedSource); // "{0} یعنی 'آغاز' …" holds braces
        Assert.Single(fixedResx.Split("باز کردن")[1..]); // two equal literals, one entry

        var before = await CompileAndLoadAsync(project);
        var after = await CompileAndLoadAsync(fixedProject);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("fa-IR");
        try
        {
            foreach (var method in before.GetType("App.Texts")!.GetMethods(BindingFlags.Public | BindingFlags.Static))
            {
                object?[] arguments = method.GetParameters().Length == 0 ? [] : ["رضا", 7];
                var expected = (string?)method.Invoke(null, arguments);
                var actual = (string?)after.GetType("App.Texts")!.GetMethod(method.Name)!.Invoke(null, arguments);
                Assert.True(expected == actual, $"{method.Name}: expected «{expected}», got «{actual}»\nfixed source:\n{fixedSource}\nfixed resx:\n{fixedResx}");
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>Compiles the project with the message generator's output, the way the next build would.</summary>
    private static async Task<Assembly> CompileAndLoadAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new MessageGenerator().AsSourceGenerator()],
            project.AnalyzerOptions.AdditionalFiles,
            (CSharpParseOptions)project.ParseOptions!,
            project.AnalyzerOptions.AnalyzerConfigOptionsProvider);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        using var stream = new MemoryStream();
        var result = output.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        return CompiledAssemblies.Load(stream);
    }
}
