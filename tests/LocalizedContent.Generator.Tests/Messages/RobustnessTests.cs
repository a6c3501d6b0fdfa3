using System.Text;
using LocalizedContent.Generator.Tests.Infrastructure;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>Any input compiles and nothing throws: keys and values are escaped everywhere they are written.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public void Hostile_keys_and_values_compile_and_round_trip()
    {
        var values = new[]
        {
            "quote \" backslash \\ */ /* <summary></summary> &amp; ]]>",
            "line\nbreak\r\nand\u2028separator\u2029",
            "bidi \u202E override \u2066 isolate \u200F mark",
            "tab\tnbsp\u00A0 soft\u00AD hyphen",
            "#region x\n#endregion",
        };
        var entries = values.Select((v, i) => ("key \"" + i + "\" <x>", v)).ToArray();
        var run = Run(new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(entries)));
        Assert.Empty(run.CompilationDiagnostics);
        var assembly = run.CompileAndLoad();
        for (var i = 0; i < values.Length; i++)
        {
            var member = i == 0 ? "key__0___x_" : "key__" + i + "___x_";
            Assert.Equal(values[i].Replace("\r\n", "\n").Replace("\r", "\n"), Call(assembly, "en", member).Replace("\r\n", "\n"));
        }
    }

    /// <summary>Warnings a consumer building with GenerateDocumentationFile would see in the generated code.</summary>
    private static IEnumerable<Microsoft.CodeAnalysis.Diagnostic> DocumentationWarnings(GeneratorRun run)
    {
        var options = new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12, Microsoft.CodeAnalysis.DocumentationMode.Diagnose);
        var trees = run.Output.SyntaxTrees.Select(t => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(t.GetText(), options, t.FilePath));
        var compilation = run.Output.RemoveAllSyntaxTrees().AddSyntaxTrees(trees);
        return compilation.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Doc_comments_are_valid_for_any_key_and_value()
    {
        var run = Run(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("class", "{class} <b>&amp;</b> {n, number}"), ("Plain", "a </summary> b"), ("For", "x {0}")))
            .AddFile("Resources/Strings.ar.resx", Resx(("class", "{class} ]]> {n, number}"))));
        Assert.Empty(DocumentationWarnings(run));
    }

    [Fact]
    public void Keywords_Arabic_letters_and_digits_make_valid_member_and_parameter_names()
    {
        var run = Run(new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(
            ("class", "{class} {1st} {عدد, number} {__b} {__num}"),
            ("عنوان", "title"),
            ("1st", "first"))));
        Assert.Empty(run.CompilationDiagnostics);
        var assembly = run.CompileAndLoad();
        Assert.Equal("title", Call(assembly, "en", "عنوان"));
        Assert.Equal("first", Call(assembly, "en", "_1st"));
    }

    [Fact]
    public void Random_messages_never_throw_and_always_compile()
    {
        const string alphabet = "{}#',= \n\tabcnpluralselectotheronefewmany0123456789عددکاربر\u2068\"\\";
        var words = new[] { "{n, plural, ", "{g, select, ", "one {", "other {", "=0 {", "#", "}", "{x}", "{0}", "''", "'{", "offset:1 ", "{n, number}" };
        var random = new Random(20261123);
        for (var round = 0; round < 8; round++)
        {
            var entries = new List<(string, string)>();
            for (var k = 0; k < 25; k++)
            {
                var builder = new StringBuilder();
                var length = random.Next(0, 12);
                for (var j = 0; j < length; j++)
                {
                    if (random.Next(3) == 0) builder.Append(alphabet[random.Next(alphabet.Length)]);
                    else builder.Append(words[random.Next(words.Length)]);
                }
                entries.Add(("k" + k, builder.ToString()));
            }
            var run = Run(new GeneratorHarness()
                .AddFile("Resources/Strings.resx", Resx([.. entries]))
                .AddFile("Resources/Strings.ar.resx", Resx([.. entries.AsEnumerable().Reverse().Select(e => (e.Item1, e.Item2 + "ع"))])));
            Assert.Empty(run.CompilationDiagnostics);
        }
    }

    [Fact]
    public void Arabic_file_name_and_no_neutral_file()
    {
        var run = Run(new GeneratorHarness()
            .WithProperty("LocalizedContentMessageFormat", "icu")
            .AddFile("Resources/رسائل.ar.resx", Resx(("Hello", "مرحباً {name}")))
            .AddFile("Resources/رسائل.fa.resx", Resx(("Hello", "سلام {name}"))));
        Assert.Empty(run.CompilationDiagnostics);
        var type = run.CompileAndLoad().GetType("TestApp.Resources.رسائل")!;
        var forMethod = type.GetMethod("For")!;
        string Hello(string culture)
        {
            var variant = forMethod.Invoke(null, [System.Globalization.CultureInfo.GetCultureInfo(culture)])!;
            return (string)variant.GetType().GetMethod("Hello")!.Invoke(variant, ["Ali"])!;
        }
        Assert.Equal("سلام \u2068Ali\u2069", Hello("fa"));
        Assert.Equal("مرحباً \u2068Ali\u2069", Hello("en")); // no neutral file: the first culture present
    }

    [Fact]
    public void Empty_and_header_only_files_generate_a_usable_class()
    {
        var run = Run(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", "<?xml version=\"1.0\"?><root><resheader name=\"resmimetype\"><value>text/microsoft-resx</value></resheader></root>")
            .AddFile("Resources/Empty.resx", ""));
        Assert.Empty(run.CompilationDiagnostics);
    }
}
