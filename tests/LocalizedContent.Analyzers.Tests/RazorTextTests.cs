using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>
/// Issue 18: the content rules in .razor and .cshtml files, run over what the Razor source generator of the .NET SDK
/// really writes (Corpus/Razor/SOURCE.md), compiled against the installed ASP.NET Core shared framework, with the
/// Razor files as AdditionalFiles as the SDK passes them. Diagnostics are compared by their .razor/.cshtml line and
/// column, as the build prints them.
/// </summary>
public sealed class RazorTextTests
{
    private static readonly string CorpusDirectory = Path.Combine(AppContext.BaseDirectory, "Corpus", "Razor");

    [Fact]
    public async Task Component_markup_attributes_and_code_are_reported_in_the_razor_file()
    {
        var diagnostics = await Run("Hello.razor", "Components/Hello.razor", "Hello_razor.g.cs.txt", "Components/Hello_razor.g.cs");
        Assert.Equal(
            [
                "Hello.razor(1,5): LC0001 مرحبا بالعالم",
                "Hello.razor(2,16): LC0001 زر",
                "Hello.razor(2,37): LC0001 اضغط هنا",
                "Hello.razor(4,4): LC0001 کتاب يک",
                "Hello.razor(4,4): LC0003 کتاب يک",
                "Hello.razor(8,20): LC0001 \"تسمية\"",
            ],
            diagnostics);
    }

    [Fact]
    public async Task Page_markup_attributes_and_expressions_are_reported_in_the_cshtml_file()
    {
        var diagnostics = await Run("Index.cshtml", "Pages/Index.cshtml", "Index_cshtml.g.cs.txt", "Pages/Index_cshtml.g.cs");
        Assert.Equal(
            [
                "Index.cshtml(2,15): LC0001 \"علی\"",
                "Index.cshtml(3,5): LC0001 خوش آمدید",
                "Index.cshtml(4,11): LC0001 عنوان صفحه",
                // At the quote, as the SDK's compiler maps Razor's #line (4,25)-(4,36) 6 (the checks map it themselves;
                // Roslyn 4.8, which the tests run, would say (4,26): dotnet/roslyn#70247, fixed in 4.9).
                "Index.cshtml(4,25): LC0001 \"سلام دنیا\"",
                "Index.cshtml(5,21): LC0001 سلام",
                "Index.cshtml(5,33): LC0001 قیمت: 12 تومان و ۳۴ ریال",
                "Index.cshtml(5,33): LC0002 قیمت: 12 تومان و ۳۴ ریال",
            ],
            diagnostics);
    }

    [Fact]
    public async Task Project_wide_severity_reaches_markup_and_code()
    {
        // What a .globalconfig's dotnet_diagnostic.ID.severity gives the compilation (.editorconfig sections do not
        // reach the Razor generator's trees, nor a location in a .razor file).
        var diagnostics = await Run("Hello.razor", "Components/Hello.razor", "Hello_razor.g.cs.txt", "Components/Hello_razor.g.cs",
            new Dictionary<string, ReportDiagnostic> { ["LC0001"] = ReportDiagnostic.Suppress, ["LC0003"] = ReportDiagnostic.Error });
        Assert.Equal(["Hello.razor(4,4): LC0003 Error کتاب يک"], diagnostics);
    }

    [Fact]
    public async Task A_pragma_in_a_code_block_still_suppresses_its_code()
    {
        // @code { #pragma warning disable LC0001 … }: Razor copies the directive into its C#, where only Roslyn reads it,
        // so that code's diagnostics stay in the tree for Roslyn to filter; the markup before it is reported as ever.
        var diagnostics = await Run("Hello.razor", "Components/Hello.razor", "Hello_razor.g.cs.txt", "Components/Hello_razor.g.cs",
            edit: generated => generated.Replace("    string Label = ", "#pragma warning disable LC0001 // a translator's label\n    string Label = ", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Contains("تسمية", StringComparison.Ordinal));
        Assert.Contains("Hello.razor(1,5): LC0001 مرحبا بالعالم", diagnostics);
    }

    [Fact]
    public async Task Ordinary_generated_code_stays_skipped()
    {
        // The same C# under a name that is not Razor's: generated code as before, not analyzed.
        var diagnostics = await Run("Hello.razor", "Components/Hello.razor", "Hello_razor.g.cs.txt", "Components/Hello.g.cs");
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Component_parameters_and_attribute_values_mixed_with_code_are_reported()
    {
        // <Card Title="خلاصه"> and <li title="مورد @item">: Razor writes them as AddComponentParameter(…, "خلاصه") and
        // AddAttribute(…, "مورد" + " " + (item)).
        var razor = File.ReadAllText(Path.Combine(CorpusDirectory, "More/Components/NewsList.razor"));
        var diagnostics = await Run("More/Components/NewsList.razor", "Components/NewsList.razor", "More/Components/NewsList_razor.g.cs.txt",
            "Components/NewsList_razor.g.cs", projectDirectory: "/tmp/rz2/");
        Assert.Contains($"NewsList.razor({Position(razor, "خلاصه\"")}): LC0001 خلاصه", diagnostics);
        Assert.Contains($"NewsList.razor({Position(razor, "مورد @item")}): LC0001 مورد", diagnostics);
        // A raw direction mark in markup (LC0005) at the Razor file's place of the mark itself.
        Assert.Contains($"NewsList.razor({Position(razor, "\u200Fمتن")}): LC0005 \u200F", diagnostics);
        // Script and style are not text people read; the HTML comment neither.
        Assert.DoesNotContain(diagnostics, d => d.Contains("اسکریپت", StringComparison.Ordinal) || d.Contains("توضیح", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_written_in_ASCII_is_still_read_for_escapes_beyond_it()
    {
        // A page whose texts are resources holds nothing the text rules look for, and its tree is passed over unless an
        // escape may spell such a character: @code's "\u06F1 of 2" mixes digit systems as written in a .cs file.
        static string Ascii(string text) => new(text.Select(c => c < 0x80 ? c : 'x').ToArray());
        const string escaped = "string Label = \"\\u06F1 of 2\";";
        string Edit(string text) => Ascii(text).Replace("string Label = \"xxxxx\";", escaped, StringComparison.Ordinal);
        var diagnostics = await Run("Hello.razor", "Components/Hello.razor", "Hello_razor.g.cs.txt", "Components/Hello_razor.g.cs", edit: Edit, editRazor: Edit);
        Assert.Equal(["Hello.razor(8,20): LC0002 \"\\u06F1 of 2\""], diagnostics);
    }

    [Theory]
    [InlineData("Output/Pages/Output.cshtml", "Pages/Output.cshtml", "Output/Pages/Output_cshtml.g.cs.txt", "Pages/Output_cshtml.g.cs")]
    [InlineData("Output/Components/Output.razor", "Components/Output.razor", "Output/Components/Output_razor.g.cs.txt", "Components/Output_razor.g.cs")]
    public async Task Razor_output_calls_are_told_from_the_calls_written_in_the_file(string razorFile, string razorPath, string generatedFile, string treePath)
    {
        // Razor writes @("…") as Write("…") / __builder.AddContent(n, "…"), its own call: the text is output. A call the
        // file writes is judged as in a .cs file, even one named Write: Debug.Write is logging, Replace's arguments are data.
        var razor = File.ReadAllText(Path.Combine(CorpusDirectory, razorFile));
        var diagnostics = await Run(razorFile, razorPath, generatedFile, treePath, projectDirectory: "/tmp/rz3/");
        var name = Path.GetFileName(razorFile);
        string[] expected =
        [
            $"{name}({Position(razor, "\"علی\"")}): LC0001 \"علی\"",
            $"{name}({Position(razor, "\"سلام دنیا\"")}): LC0001 \"سلام دنیا\"",
            $"{name}({Position(razor, "\"عنوان\"")}): LC0001 \"عنوان\"",
            $"{name}({Position(razor, "\"{0} خوش آمدید\"")}): LC0001 \"{{0}} خوش آمدید\"",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), diagnostics.Order(StringComparer.Ordinal));
    }

    /// <summary>Line and column (1-based) of <paramref name="text"/> in <paramref name="content"/>, as the build prints them.</summary>
    private static string Position(string content, string text)
    {
        var at = content.IndexOf(text, StringComparison.Ordinal);
        var line = content.Take(at).Count(c => c == '\n');
        return $"{line + 1},{at - content.LastIndexOf('\n', Math.Max(at - 1, 0))}";
    }

    private static async Task<string[]> Run(string razorFile, string razorPath, string generatedFile, string treePath,
        Dictionary<string, ReportDiagnostic>? severities = null, string projectDirectory = "/tmp/rz/", Func<string, string>? edit = null,
        Func<string, string>? editRazor = null)
    {
        var generated = File.ReadAllText(Path.Combine(CorpusDirectory, generatedFile));
        if (edit != null) generated = edit(generated);
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary);
        var tree = CSharpSyntaxTree.ParseText(generated, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), projectDirectory + "obj/generated/" + treePath, Encoding.UTF8);
        if (severities != null) options = options.WithSpecificDiagnosticOptions(severities);
        var compilation = CSharpCompilation.Create("rz", [tree], SharedFrameworks.AspNetCore, options);
        var razorText = File.ReadAllText(Path.Combine(CorpusDirectory, razorFile));
        var razor = new Text(projectDirectory + razorPath, editRazor?.Invoke(razorText) ?? razorText);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new RazorTextAnalyzer(), new HardCodedRtlTextAnalyzer(),
            new MixedDigitSystemsAnalyzer(), new MismatchedLetterFormsAnalyzer(), new DirectionMarkAnalyzer());
        var diagnostics = await compilation.WithAnalyzers(analyzers, new AnalyzerOptions([razor])).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Select(d => (Span: d.Location.GetMappedLineSpan(), d))
            .OrderBy(x => x.Span.StartLinePosition).ThenBy(x => x.d.Id, StringComparer.Ordinal)
            .Select(x => $"{Path.GetFileName(x.Span.Path)}({x.Span.StartLinePosition.Line + 1},{x.Span.StartLinePosition.Character + 1}): {x.d.Id} {(severities != null ? x.d.Severity + " " : "")}{Written(x.d.Location)}")
            .ToArray();
        string Written(Location location) =>
            location.SourceTree?.GetText().ToString(location.SourceSpan) ?? razor.Content.Substring(location.SourceSpan.Start, location.SourceSpan.Length);
    }

    private sealed class Text(string path, string content) : AdditionalText
    {
        public string Content { get; } = content;
        public override string Path { get; } = path;
        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(Content, Encoding.UTF8);
    }
}
