using System.Globalization;
using System.Reflection;
using System.Security;
using System.Text;
using CsCheck;
using LocalizedContent.CodeFixes.MoveToResource;
using LocalizedContent.Generator.Messages;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>
/// Issue 13: Move to resource writes <c>Class.Member</c> for the key it adds, so it must name the class and every key's
/// member exactly as the generator does. For random keys (keywords, generated member names, the class's own name,
/// names that collide once made identifiers, Arabic and Persian, helper prefixes) and random class names and folders,
/// the fix's prediction (<see cref="ResourceSets"/>, <see cref="ResourceKeys"/>) equals what the generator generates.
/// </summary>
public sealed class MoveToResourceNamingProperties
{
    private static readonly string[] NamedKeys =
    [
        "Title", "title", "Ti tle", "Ti-tle", "Ti_tle", "class", "@class", "1st", "For", "Variant", "ToString", "Equals", "GetType",
        "__LCx", "__LC", "Strings", "Errors", "عنوان", "عنوان\u200C", "پیام‌رسان", "a.b", "a b", "_", "__", "Title_2", "Title_3", "var", "file",
    ];

    private static readonly Gen<string> Key = Gen.Frequency(
        (3, Gen.OneOf(NamedKeys)),
        // Random text an XML attribute can hold: Latin, Arabic, Persian, marks, ZWNJ, punctuation.
        (1, Gen.String[Gen.OneOf(Gen.Char['\u0020', '\u007E'], Gen.Char['\u0600', '\u06FF'], Gen.Char['\u200B', '\u200F']), 1, 8]));

    private static readonly Gen<(string Folder, string? ClassName, string[] Keys)> Layout = Gen.Select(
        Gen.OneOf("Resources", "Resources/public", "Res", "متن", "Strings"),
        Gen.OneOf<string?>(null, null, "Strings", "string", "For", "Title", "Errors"),
        Key.Array[1, 12]);

    [Fact]
    public void The_fix_names_classes_and_members_as_the_generator_does()
    {
        Layout.Sample(layout => Check(layout.Folder, layout.ClassName, layout.Keys), iter: 60, threads: 1,
            print: l => $"{l.Folder} ClassName={l.ClassName ?? "(none)"} keys: {string.Join(", ", l.Keys)}");
    }

    private static void Check(string folder, string? className, string[] keys)
    {
        var distinct = keys.Distinct(StringComparer.Ordinal).ToList();
        var resx = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n");
        for (var i = 0; i < distinct.Count; i++)
        {
            resx.Append("  <data name=\"").Append(SecurityElement.Escape(distinct[i])).Append("\"><value>v").Append(i).Append("</value></data>\n");
        }
        resx.Append("</root>\n");
        var path = $"/app/{folder}/Strings.resx";
        var config = "is_global = true\nbuild_property.RootNamespace = App\nbuild_property.MSBuildProjectDirectory = /app\n\n"
            + $"[{path}]\nbuild_metadata.AdditionalFiles.LocalizedContentItem = true\n"
            + (className is null ? "" : $"build_metadata.AdditionalFiles.ClassName = {className}\n")
            // A second item whose folder is named like the class: the class must yield to the namespace (LC1018).
            + "\n[/app/Resources/Strings/Errors.resx]\nbuild_metadata.AdditionalFiles.LocalizedContentItem = true\n";

        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var project = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "App", "App", LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest), metadataReferences: SharedFrameworks.Runtime))
            .AddAdditionalDocument(DocumentId.CreateNewId(projectId), "Strings.resx", SourceText.From(resx.ToString(), Encoding.UTF8), filePath: path)
            .AddAdditionalDocument(DocumentId.CreateNewId(projectId), "Errors.resx",
                SourceText.From("<root><data name=\"E\"><value>e</value></data></root>", Encoding.UTF8), filePath: "/app/Resources/Strings/Errors.resx")
            .AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), "app.globalconfig", SourceText.From(config), filePath: "/app/app.globalconfig")
            .GetProject(projectId)!;

        var set = ResourceSets.Find(project).Single(s => s.Files.Any(f => f.Text.Path == path));
        var predicted = new ResourceKeys(set.ClassName, distinct);

        var assembly = Generate(project);
        var type = assembly.GetType(set.FullName.Replace("@", ""));
        Assert.True(type is not null, $"The fix predicts class {set.FullName}; the generator made: {string.Join(", ", assembly.GetTypes().Where(t => !t.IsNested).Select(t => t.FullName))}");
        var variant = type!.GetMethod("For")!.Invoke(null, [CultureInfo.InvariantCulture])!;
        var generated = variant.GetType().GetProperties().ToDictionary(p => (string)p.GetValue(variant)!, p => p.Name);
        for (var i = 0; i < distinct.Count; i++)
        {
            Assert.Equal(generated["v" + i.ToString(CultureInfo.InvariantCulture)], predicted.MemberOf(distinct[i]).TrimStart('@'));
        }
    }

    private static Assembly Generate(Project project)
    {
        var compilation = project.GetCompilationAsync().Result!;
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new MessageGenerator().AsSourceGenerator()], project.AnalyzerOptions.AdditionalFiles,
            (CSharpParseOptions)project.ParseOptions!, project.AnalyzerOptions.AnalyzerConfigOptionsProvider);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        return CompiledAssemblies.Load(stream);
    }
}
