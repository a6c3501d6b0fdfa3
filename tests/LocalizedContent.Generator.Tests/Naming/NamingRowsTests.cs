using System.Globalization;
using System.Reflection;
using LocalizedContent.Generator.Documents;
using LocalizedContent.Generator.Messages;
using LocalizedContent.Generator.Tests.Documents;
using LocalizedContent.Generator.Tests.Infrastructure;
using LocalizedContent.Generator.Tests.Messages;
using LocalizedContent.Generator.Tests.Robustness;

namespace LocalizedContent.Generator.Tests.Naming;

/// <summary>
/// Issue 13, one test per row of its table: ordinary project layouts that crashed the generator (CS8785 drops every
/// generated class) or made code that does not compile. Each now compiles without a warning, says what it renamed
/// with a located diagnostic, and serves the right text.
/// </summary>
public sealed class NamingRowsTests
{
    private static readonly string Strings = MessageTestSupport.Resx(("Hello", "Hello"));

    private static GeneratorRun RunBoth(GeneratorHarness harness) => harness.Run(new DocumentGenerator(), new MessageGenerator());

    private static string Read(Assembly assembly, string type, string member, string culture = "en")
    {
        var variant = assembly.GetType(type, throwOnError: true)!.GetMethod("For")!.Invoke(null, [CultureInfo.GetCultureInfo(culture)])!;
        return (string)variant.GetType().GetProperty(member)!.GetValue(variant)!;
    }

    [Theory]
    [InlineData("public")]
    [InlineData("event")]
    [InlineData("base")]
    [InlineData("internal")]
    [InlineData("object")]
    [InlineData("string")]
    [InlineData("default")]
    public void A_folder_named_like_a_keyword_makes_an_escaped_namespace(string folder)
    {
        var run = RunBoth(new GeneratorHarness()
            .AddFile($"Resources/{folder}/Strings.resx", Strings)
            .AddFile($"Content/{folder}/News.txt", "Title\n\nBody"));

        DiagnosticAssert.None(run);
        Assert.All(run.GeneratedSources.Keys, hint => Assert.DoesNotContain("@", hint));
        var assembly = CompiledOutput.EmitWithoutWarnings(run);
        Assert.Equal("Hello", Read(assembly, $"TestApp.Resources.{folder}.Strings", "Hello"));
        Assert.Equal("Title", Read(assembly, $"TestApp.Content.{folder}.News", "Title"));
    }

    [Theory]
    [InlineData("string", "stringMessages")]
    [InlineData("file", "fileMessages")]
    [InlineData("required", "requiredMessages")]
    [InlineData("scoped", "scopedMessages")]
    [InlineData("record", "recordMessages")]
    public void A_keyword_class_name_on_a_resx_is_renamed_with_a_warning(string className, string generated)
    {
        var run = RunBoth(new GeneratorHarness()
            .AddFile("Meta/A.resx", Strings, new Dictionary<string, string> { ["ClassName"] = className })
            .AddFile("Meta/B.resx", Strings));

        var diagnostic = DiagnosticAssert.Single(run, "LC1007", "Meta/A.resx", 1, 1);
        Assert.Contains($"'{generated}'", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        var assembly = CompiledOutput.EmitWithoutWarnings(run);
        Assert.Equal("Hello", Read(assembly, "TestApp.Meta." + generated, "Hello"));
        Assert.Equal("Hello", Read(assembly, "TestApp.Meta.B", "Hello"));
    }

    [Theory]
    [InlineData("file", "fileDocument")]
    [InlineData("required", "requiredDocument")]
    [InlineData("scoped", "scopedDocument")]
    public void A_keyword_class_name_on_a_document_is_renamed_with_a_warning(string className, string generated)
    {
        var run = RunBoth(new GeneratorHarness().AddFile("Content/A.txt", "Title", new Dictionary<string, string> { ["ClassName"] = className }));

        DiagnosticAssert.Single(run, "LC1007", "Content/A.txt", 1, 1);
        Assert.Equal("Title", Read(CompiledOutput.EmitWithoutWarnings(run), "TestApp.Content." + generated, "Title"));
    }

    [Fact]
    public void Folders_that_differ_only_by_case_make_two_classes()
    {
        var run = RunBoth(new GeneratorHarness()
            .AddFile("Res/Strings.resx", MessageTestSupport.Resx(("Hello", "upper")))
            .AddFile("res/Strings.resx", MessageTestSupport.Resx(("Hello", "lower"))));

        DiagnosticAssert.None(run);
        Assert.Equal(2, run.GeneratedSources.Keys.Where(k => k.EndsWith(".Messages.g.cs", StringComparison.Ordinal)).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var assembly = CompiledOutput.EmitWithoutWarnings(run);
        Assert.Equal("upper", Read(assembly, "TestApp.Res.Strings", "Hello"));
        Assert.Equal("lower", Read(assembly, "TestApp.res.Strings", "Hello"));
    }

    [Fact]
    public void A_resx_named_like_a_folder_of_resx_files_is_renamed()
    {
        var run = RunBoth(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Strings)
            .AddFile("Resources/Strings/Errors.resx", MessageTestSupport.Resx(("Oops", "Oops"))));

        var diagnostic = DiagnosticAssert.Single(run, "LC1018", "Resources/Strings.resx", 1, 1);
        Assert.Contains("'StringsMessages'", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        var assembly = CompiledOutput.EmitWithoutWarnings(run);
        Assert.Equal("Hello", Read(assembly, "TestApp.Resources.StringsMessages", "Hello"));
        Assert.Equal("Oops", Read(assembly, "TestApp.Resources.Strings.Errors", "Oops"));
    }

    [Fact]
    public void A_document_named_like_a_folder_of_resx_files_is_renamed()
    {
        var run = RunBoth(new GeneratorHarness()
            .AddFile("Content/News.txt", "Title")
            .AddFile("Content/News/Labels.resx", Strings));

        DiagnosticAssert.Single(run, "LC1018", "Content/News.txt", 1, 1);
        var assembly = CompiledOutput.EmitWithoutWarnings(run);
        Assert.Equal("Title", Read(assembly, "TestApp.Content.NewsDocument", "Title"));
        Assert.Equal("Hello", Read(assembly, "TestApp.Content.News.Labels", "Hello"));
    }

    [Theory]
    [InlineData("For", "ForMessages")]
    [InlineData("Variant", "VariantMessages")]
    [InlineData("__LCBuilder", "Messages__LCBuilder")]
    public void A_resx_class_named_like_a_generated_member_is_renamed(string className, string generated)
    {
        var run = RunBoth(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Strings, new Dictionary<string, string> { ["ClassName"] = className }));

        DiagnosticAssert.Single(run, "LC1015", "Resources/Strings.resx", 1, 1);
        Assert.Equal("Hello", Read(CompiledOutput.EmitWithoutWarnings(run), "TestApp.Resources." + generated, "Hello"));
    }

    [Theory]
    [InlineData("ca-ES-valencia")]
    [InlineData("en-US-posix")]
    public void A_culture_with_a_variant_is_served_although_dotnet_names_it_in_other_case(string culture)
    {
        var run = RunBoth(new GeneratorHarness()
            .AddFile("Resources/V.resx", MessageTestSupport.Resx(("Hello", "neutral")))
            .AddFile($"Resources/V.{culture}.resx", MessageTestSupport.Resx(("Hello", "variant")))
            .AddFile("Content/D.txt", "neutral")
            .AddFile($"Content/D.{culture}.txt", "variant"));

        // en-US-POSIX is a CLDR locale the import does not select: LC1035 says its numbers and dates are en's.
        if (culture == "en-US-posix") Assert.Contains("CLDR's 'en'", DiagnosticAssert.Single(run, "LC1035", $"Resources/V.{culture}.resx", 1, 1).GetMessage());
        else DiagnosticAssert.None(run);
        Assert.NotEqual(culture, new CultureInfo(culture).Name); // .NET upper-cases the variant
        var assembly = CompiledOutput.EmitWithoutWarnings(run);
        Assert.Equal("variant", Read(assembly, "TestApp.Resources.V", "Hello", culture));
        Assert.Equal("variant", Read(assembly, "TestApp.Content.D", "Title", culture));
        Assert.Equal("neutral", Read(assembly, "TestApp.Resources.V", "Hello", "en"));
    }

    [Fact]
    public void A_long_namespace_and_class_get_a_short_hint_name()
    {
        var segment = new string('N', 60);
        var run = RunBoth(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Strings, new Dictionary<string, string>
            {
                ["Namespace"] = string.Join(".", Enumerable.Repeat(segment, 4)),
                ["ClassName"] = new string('C', 80),
            }));

        DiagnosticAssert.None(run);
        // EmitCompilerGeneratedFiles writes obj/…/generated/LocalizedContent.Generator/<generator>/<hint name>: about
        // 110 characters before the hint name, 260 in all on Windows without long paths.
        Assert.All(run.GeneratedSources.Keys, hint => Assert.True(hint.Length <= 100, hint));
        CompiledOutput.EmitWithoutWarnings(run);
    }

    [Theory]
    [InlineData('\u2028')]
    [InlineData('\u0085')]
    public void A_file_name_with_a_line_break_is_reported_and_its_neighbours_keep_their_metadata(char lineBreak)
    {
        var run = RunBoth(new GeneratorHarness()
            .AddFile("Resources/A.resx", Strings, new Dictionary<string, string> { ["ClassName"] = "First" })
            .AddFile($"Resources/B{lineBreak}x.resx", MessageTestSupport.Resx(("Bye", "Bye")))
            .AddFile("Resources/C.resx", Strings, new Dictionary<string, string> { ["ClassName"] = "Third" }));

        var diagnostic = DiagnosticAssert.Single(run, "LC1008", $"Resources/B{lineBreak}x.resx", 1, 1);
        Assert.Contains($"U+{(int)lineBreak:X4}", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        var assembly = CompiledOutput.EmitWithoutWarnings(run);
        Assert.Equal("Hello", Read(assembly, "TestApp.Resources.First", "Hello"));
        Assert.Equal("Hello", Read(assembly, "TestApp.Resources.Third", "Hello"));
    }

    [Theory]
    [InlineData("Namespace", "A;B", "A_B")]
    [InlineData("Namespace", "A#B", "A_B")]
    public void Metadata_with_a_semicolon_or_hash_arrives_whole_and_is_reported(string metadata, string value, string used)
    {
        var run = RunBoth(new GeneratorHarness()
            .AddFile("Meta/A.resx", Strings, new Dictionary<string, string> { [metadata] = value }));

        var diagnostic = DiagnosticAssert.Single(run, "LC1003", "Meta/A.resx", 1, 1);
        Assert.Contains($"'{value}'", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("Hello", Read(CompiledOutput.EmitWithoutWarnings(run), used + ".A", "Hello"));
    }

    [Fact]
    public void A_calendar_option_with_a_semicolon_arrives_whole_and_is_reported()
    {
        var run = RunBoth(new GeneratorHarness()
            .AddFile("Meta/A.resx", MessageTestSupport.Resx(("When", "{d, date, long}")), new Dictionary<string, string> { ["Calendar"] = "persian;x" }));

        var diagnostic = DiagnosticAssert.Single(run, "LC1030", "Meta/A.resx", 1, 1);
        Assert.Contains("'persian;x'", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        CompiledOutput.EmitWithoutWarnings(run);
    }
}
