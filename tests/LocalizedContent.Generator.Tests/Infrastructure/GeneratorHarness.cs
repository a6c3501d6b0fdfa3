using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LocalizedContent.Generator.Tests.Infrastructure;

/// <summary>
/// Runs the generators the way the compiler does for a consumer project: LocalizedContent items as additional
/// files with the metadata the package's targets add, the project's RootNamespace and directory as properties,
/// and step tracking on so tests can assert incrementality.
/// </summary>
public sealed class GeneratorHarness
{
    public const string ProjectDirectory = "/project";
    public const string RootNamespace = "TestApp";

    /// <summary>
    /// One empty compilation per nullable setting, shared by every run: compilations made from it by adding trees
    /// reuse its bound references, so a test that runs the generator hundreds of times (the property tests) does
    /// not rebind the runtime's ~160 assemblies each time.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<NullableContextOptions, CSharpCompilation> BaseCompilations = new();

    private readonly List<AdditionalText> _files = [];
    private readonly Dictionary<string, Dictionary<string, string>> _metadata = [];
    private readonly Dictionary<string, string> _properties = new()
    {
        ["build_property.RootNamespace"] = RootNamespace,
        ["build_property.MSBuildProjectDirectory"] = ProjectDirectory,
    };
    private readonly List<string> _sources = [];
    private readonly List<string> _symbols = [];
    private LanguageVersion _languageVersion = LanguageVersion.CSharp12;
    private string _assemblyName = "TestApp";
    private readonly List<MetadataReference> _references = [];
    private ImmutableArray<MetadataReference>? _framework;

    /// <summary>The full path of a project-relative file (as the compiler reports it).</summary>
    public static string PathOf(string relativePath) => ProjectDirectory + "/" + relativePath.Replace('\\', '/');

    /// <summary>Adds a LocalizedContent item; <paramref name="metadata"/> holds ClassName, Namespace, Culture….</summary>
    public GeneratorHarness AddFile(string relativePath, string text, IDictionary<string, string>? metadata = null) =>
        AddFile(new InMemoryAdditionalText(PathOf(relativePath), text), metadata);

    public GeneratorHarness AddFile(AdditionalText file, IDictionary<string, string>? metadata = null)
    {
        _files.Add(file);
        var options = new Dictionary<string, string> { [TestAnalyzerConfigOptionsProvider.ContentItemKey] = "true" };
        foreach (var (key, value) in metadata ?? new Dictionary<string, string>())
        {
            // As the package's targets pass it: '#', ';' and line breaks would end the .editorconfig line.
            options["build_metadata.AdditionalFiles." + key] = LocalizedContent.Naming.TransportedValue.Encode(value);
        }
        _metadata[file.Path] = options;
        return this;
    }

    /// <summary>An additional file that is not a LocalizedContent item (another tool's).</summary>
    public GeneratorHarness AddForeignFile(string relativePath, string text)
    {
        _files.Add(new InMemoryAdditionalText(PathOf(relativePath), text));
        return this;
    }

    /// <summary>Sets an MSBuild property the compiler sees (<c>LocalizedContentDigits</c>…).</summary>
    public GeneratorHarness WithProperty(string name, string value)
    {
        _properties["build_property." + name] = value;
        return this;
    }

    /// <summary>Defines preprocessor symbols (NET6_0_OR_GREATER…) as the consumer's target framework would.</summary>
    public GeneratorHarness WithPreprocessorSymbols(params string[] symbols)
    {
        _symbols.AddRange(symbols);
        return this;
    }

    /// <summary>Adds consumer C# code compiled together with the generated code.</summary>
    public GeneratorHarness WithSource(string source)
    {
        _sources.Add(source);
        return this;
    }

    /// <summary>The consumer's C# version (LangVersion); C# 12 unless set. Below C# 8 nullable checks are off.</summary>
    public GeneratorHarness WithLanguageVersion(LanguageVersion version)
    {
        _languageVersion = version;
        return this;
    }

    /// <summary>The consumer's assembly name (TestApp unless set).</summary>
    public GeneratorHarness WithAssemblyName(string name)
    {
        _assemblyName = name;
        return this;
    }

    /// <summary>References another assembly (a library the consumer uses).</summary>
    public GeneratorHarness WithReference(MetadataReference reference)
    {
        _references.Add(reference);
        return this;
    }

    /// <summary>The consumer's target framework as its reference assemblies (netstandard.dll…) instead of the test
    /// runtime's, so the generator sees what that framework has.</summary>
    public GeneratorHarness WithFrameworkReferences(params MetadataReference[] references)
    {
        _framework = [.. references];
        return this;
    }

    public GeneratorRun Run(params IIncrementalGenerator[] generators)
    {
        var parseOptions = new CSharpParseOptions(_languageVersion, preprocessorSymbols: _symbols);
        var nullable = parseOptions.LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable;
        var compilation = (_framework is { } framework
                ? CSharpCompilation.Create("TestApp", [], framework, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable))
                : BaseCompilations.GetOrAdd(nullable, static n => CSharpCompilation.Create(
                    "TestApp", [], SharedFrameworks.Runtime, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: n))))
            .WithAssemblyName(_assemblyName)
            .AddReferences(_references)
            .AddSyntaxTrees(_sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parseOptions, path: PathOf($"Source{i}.cs"))));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            generators.Select(g => g.AsSourceGenerator()),
            _files,
            parseOptions,
            new TestAnalyzerConfigOptionsProvider(_properties, _metadata),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        return GeneratorRun.Start(driver, compilation, [.. _files]);
    }
}

/// <summary>One run of the generator driver, and the means to run it again after an edit.</summary>
public sealed class GeneratorRun
{
    private readonly ImmutableArray<AdditionalText> _files;

    private GeneratorRun(GeneratorDriver driver, Compilation input, Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics, ImmutableArray<AdditionalText> files)
    {
        _files = files;
        Driver = driver;
        Input = input;
        Output = output;
        GeneratorDiagnostics = generatorDiagnostics;
    }

    public GeneratorDriver Driver { get; }
    public Compilation Input { get; }
    public Compilation Output { get; }

    /// <summary>Diagnostics the generators reported.</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    public GeneratorDriverRunResult Result => Driver.GetRunResult();

    internal static GeneratorRun Start(GeneratorDriver driver, Compilation input, ImmutableArray<AdditionalText> files)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(input, out var output, out var diagnostics);
        var exceptions = driver.GetRunResult().Results.Where(r => r.Exception is not null).Select(r => r.Exception!).ToList();
        if (exceptions.Count > 0) throw new AggregateException("A generator threw (users would see CS8785)", exceptions);
        return new GeneratorRun(driver, input, output, diagnostics, files);
    }

    /// <summary>The generated files, by hint name.</summary>
    public IReadOnlyDictionary<string, string> GeneratedSources =>
        Result.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>The one generated file whose hint name ends with <paramref name="suffix"/>.</summary>
    public string Source(string suffix) => GeneratedSources.Single(s => s.Key.EndsWith(suffix, StringComparison.Ordinal)).Value;

    /// <summary>Compiler errors and warnings in the output compilation (generated plus consumer code).</summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    /// <summary>Runs again on the same compilation (nothing changed).</summary>
    public GeneratorRun RunAgain() => Start(Driver, Input.Clone(), _files);

    /// <summary>Runs again after replacing an additional file's text (path as given to AddFile, made full).</summary>
    public GeneratorRun RunAgainWithEditedFile(string relativePath, string newText)
    {
        var old = _files.Single(f => f.Path == GeneratorHarness.PathOf(relativePath));
        var edited = new InMemoryAdditionalText(old.Path, newText);
        return Start(Driver.ReplaceAdditionalText(old, edited), Input.Clone(), _files.Replace(old, edited));
    }

    /// <summary>Runs again after adding a C# file to the compilation (an edit that must re-emit nothing).</summary>
    public GeneratorRun RunAgainWithAddedSource(string source) =>
        Start(Driver, Input.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12))), _files);

    /// <summary>Emits the output compilation and loads it, to call the generated code. Fails on any error.</summary>
    public Assembly CompileAndLoad()
    {
        using var stream = new MemoryStream();
        var emit = Output.Emit(stream);
        Assert.True(emit.Success, "The generated code does not compile:\n" + string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        return CompiledAssemblies.Load(stream);
    }
}
