using System.Text;
using LocalizedContent.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>Every message diagnostic: ID, severity, file, line and column (1-based, as the IDE shows them).</summary>
public sealed class DiagnosticTests
{
    private static Diagnostic Single(GeneratorRun run, string id)
    {
        var found = run.GeneratorDiagnostics.Where(d => d.Id == id).ToList();
        Assert.True(found.Count == 1, $"Expected one {id}, got: {string.Join("\n", run.GeneratorDiagnostics)}");
        return found[0];
    }

    private static void AssertAt(Diagnostic d, string relativePath, int line, int column, DiagnosticSeverity severity)
    {
        var span = d.Location.GetLineSpan();
        Assert.Equal(GeneratorHarness.PathOf(relativePath), span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Equal(severity, d.Severity);
        Assert.StartsWith("https://", d.Descriptor.HelpLinkUri);
        Assert.EndsWith(d.Id + ".md", d.Descriptor.HelpLinkUri);
    }

    private static GeneratorRun RunAndCompile(GeneratorHarness harness)
    {
        var run = Run(harness);
        Assert.Empty(run.CompilationDiagnostics);
        return run;
    }

    [Fact]
    public void LC1020_invalid_message_syntax_points_at_the_value_and_the_text_stays_usable()
    {
        var harness = new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(("Ok", "fine"), ("Broken", "{count, plural, one {x}")));
        var run = RunAndCompile(harness);
        var d = Single(run, "LC1020");
        AssertAt(d, "Resources/Strings.resx", ValueLine(1), 5, DiagnosticSeverity.Error);
        Assert.Contains("Broken", d.GetMessage());
        Assert.Equal("{count, plural, one {x}", Call(run.CompileAndLoad(), "en", "Broken"));
    }

    [Theory]
    [InlineData("{d, duration}", "argument type 'duration' is not supported")]
    [InlineData("text }", "unmatched '}'")]
    [InlineData("{n, plural, some {x} other {y}}", "'some' is not a plural category")]
    [InlineData("{n, plural, one {a} one {b} other {c}}", "case 'one' appears twice")]
    [InlineData("{}", "needs a name")]
    [InlineData("{n, number, ::currency/irr}", "'irr' is not an ISO 4217 currency code of three capital letters")]
    [InlineData("{n, number, ::currency/IRR percent}", "a skeleton is a currency or a percent, not both")]
    [InlineData("{n, number, ::unit-width-full-name}", "the number skeleton stem 'unit-width-full-name' is not supported (integer, percent, currency, or a skeleton of ::percent")]
    [InlineData("{n, number, ::compact-short percent}", "compact notation is supported alone or with one precision stem (::compact-short .0#), not with 'percent'")]
    [InlineData("{n, number, ::.0#0}", "'.0#0' is not supported")]
    [InlineData("{n, number, ::scale/100}", "scale/100 is supported with percent only")]
    [InlineData("{n, number, #,##0.00}", "'#,##0.00' is not a supported number style (integer, percent")]
    [InlineData("{n, number, currency/USD}", "'currency/USD' is not a supported number style")]
    [InlineData("{n, number, }", "'' is not a supported number style")]
    public void LC1020_explains_the_problem(string value, string expected)
    {
        // MessageFormat=icu: in a set without typed ICU arguments this brace text would be literal text (LC1034).
        var d = Single(Run(new GeneratorHarness().WithProperty("LocalizedContentMessageFormat", "icu").AddFile("Resources/Strings.resx", Resx(("Key", value)))), "LC1020");
        Assert.Contains(expected, d.GetMessage());
    }

    [Theory]
    [InlineData("fa-ZZ", "CLDR's 'fa'", "\u06F1\u066C\u06F2\u06F3\u06F4")]
    [InlineData("xx-YY", "CLDR's root locale (und)", "1,234")]
    public void LC1035_culture_without_CLDR_data_names_the_locale_used(string culture, string used, string formatted)
    {
        var run = RunAndCompile(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Count", "{n, number}")))
            .AddFile("Resources/Strings." + culture + ".resx", Resx(("Count", "{n, number}"))));
        var d = Single(run, "LC1035");
        AssertAt(d, "Resources/Strings." + culture + ".resx", 1, 1, DiagnosticSeverity.Info);
        Assert.Contains("'" + culture + "'", d.GetMessage());
        Assert.Contains(used, d.GetMessage());
        Assert.Equal(formatted, Call(run.CompileAndLoad(), culture, "Count", 1234m).Replace("\u2068", "").Replace("\u2069", ""));
    }

    [Theory]
    [InlineData("fa-IR")]
    [InlineData("ar-SA")]
    [InlineData("en-US")]
    public void LC1035_is_not_reported_for_CLDR_locales_and_their_default_content(string culture)
    {
        var run = RunAndCompile(new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(("Count", "{n, number}")))
            .AddFile("Resources/Strings." + culture + ".resx", Resx(("Count", "{n, number}"))));
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "LC1035");
    }

    [Theory]
    [InlineData("ff-Adlm", "ff-Adlm")]
    [InlineData("ff-Adlm-GN", "ff-Adlm")]
    [InlineData("ff-Adlm-SN", "ff-Adlm-SN")]
    public void LC1037_Adlam_digits_are_written_as_Latin_digits_and_said_so(string culture, string digitsOf)
    {
        var run = RunAndCompile(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Count", "{n, number}")))
            .AddFile("Resources/Strings." + culture + ".resx", Resx(("Count", "{n, number}"))));
        var d = Single(run, "LC1037");
        AssertAt(d, "Resources/Strings." + culture + ".resx", 1, 1, DiagnosticSeverity.Warning);
        Assert.Contains("'" + culture + "'", d.GetMessage());
        Assert.Contains("'" + digitsOf + "'", d.GetMessage());
        // What the warning says: Latin digits, not Adlam's (U+1E950…, which Intl writes for ff-Adlm).
        var written = Call(run.CompileAndLoad(), culture, "Count", 1234m);
        Assert.Equal("1234", new string(written.Where(char.IsAsciiDigit).ToArray()));
        Assert.DoesNotContain(written, char.IsSurrogate);
    }

    [Fact]
    public void LC1037_is_not_reported_where_Latin_digits_are_chosen_or_the_digits_are_in_the_BMP()
    {
        var run = RunAndCompile(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Count", "{n, number}")))
            .AddFile("Resources/Strings.ff-Adlm.resx", Resx(("Count", "{n, number}")), new Dictionary<string, string> { ["Digits"] = "latin" })
            .AddFile("Resources/Strings.ar-EG.resx", Resx(("Count", "{n, number}")))
            .AddFile("Resources/Strings.ff.resx", Resx(("Count", "{n, number}"))));
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "LC1037");
    }

    [Fact]
    public void LC1021_duplicate_key_points_at_the_second_data_element()
    {
        var run = RunAndCompile(new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(("Title", "first"), ("Title", "second"))));
        AssertAt(Single(run, "LC1021"), "Resources/Strings.resx", DataLine(1), 3, DiagnosticSeverity.Warning);
        Assert.Equal("first", Call(run.CompileAndLoad(), "en", "Title"));
    }

    [Fact]
    public void LC1022_key_missing_in_a_culture_is_info_at_the_neutral_key()
    {
        var run = RunAndCompile(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Title", "News"), ("Subtitle", "Today")))
            .AddFile("Resources/Strings.ar.resx", Resx(("Title", "أخبار"))));
        var d = Single(run, "LC1022");
        AssertAt(d, "Resources/Strings.resx", DataLine(1), 3, DiagnosticSeverity.Info);
        Assert.Contains("Strings.ar.resx", d.GetMessage());
        Assert.Equal("Today", Call(run.CompileAndLoad(), "ar", "Subtitle"));
    }

    [Fact]
    public void LC1023_key_only_in_a_culture_is_a_warning_at_that_key()
    {
        var run = RunAndCompile(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Title", "News")))
            .AddFile("Resources/Strings.fa.resx", Resx(("Title", "اخبار"), ("Extra", "فقط فارسی"))));
        AssertAt(Single(run, "LC1023"), "Resources/Strings.fa.resx", DataLine(1), 3, DiagnosticSeverity.Warning);
        Assert.Equal("فقط فارسی", Call(run.CompileAndLoad(), "en", "Extra"));
    }

    [Fact]
    public void LC1024_renamed_placeholder_is_a_warning_at_the_culture_value()
    {
        var run = RunAndCompile(new GeneratorHarness()
            .WithProperty("LocalizedContentMessageFormat", "icu")
            .AddFile("Resources/Strings.resx", Resx(("Hello", "Hello {user}")))
            .AddFile("Resources/Strings.ar.resx", Resx(("Hello", "مرحباً {name}"))));
        var d = Single(run, "LC1024");
        AssertAt(d, "Resources/Strings.ar.resx", ValueLine(0), 5, DiagnosticSeverity.Warning);
        Assert.Contains("name:text", d.GetMessage());
        Assert.Contains("user:text", d.GetMessage());
        // 'name' is not a parameter: the Arabic text cannot be filled, so Arabic users get the neutral text.
        Assert.Equal("Hello Sara", Call(run.CompileAndLoad(), "ar", "Hello", "Sara"));
    }

    [Fact]
    public void LC1024_a_culture_counting_a_text_placeholder_falls_back_to_the_neutral_text()
    {
        var run = RunAndCompile(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Users", "{count} users")))
            .AddFile("Resources/Strings.fa.resx", Resx(("Users", "{count, plural, other {# کاربر}}"))));
        var d = Single(run, "LC1024");
        Assert.Contains("count:number", d.GetMessage());
        Assert.Contains("uses the Strings.resx text instead", d.GetMessage());
        Assert.Equal("5 users", Call(run.CompileAndLoad(), "fa", "Users", "5"));
    }

    [Fact]
    public void LC1024_a_culture_showing_a_number_as_text_still_works()
    {
        var run = RunAndCompile(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Users", "{count, number} users")))
            .AddFile("Resources/Strings.fa.resx", Resx(("Users", "{count} کاربر"))));
        Assert.Contains("count:text", Single(run, "LC1024").GetMessage());
        Assert.Equal("\u2068۵\u2069 کاربر", Call(run.CompileAndLoad(), "fa", "Users", 5m));
    }

    [Fact]
    public void LC1025_plural_without_other_is_an_error()
    {
        var run = RunAndCompile(new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(("Items", "{n, plural, one {one item}}"))));
        AssertAt(Single(run, "LC1025"), "Resources/Strings.resx", ValueLine(0), 5, DiagnosticSeverity.Error);
    }

    [Fact]
    public void LC1025_select_without_other_is_an_error()
    {
        var run = RunAndCompile(new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(("Title", "x"), ("Pick", "{g, select, a {A}}"))));
        AssertAt(Single(run, "LC1025"), "Resources/Strings.resx", ValueLine(1), 5, DiagnosticSeverity.Error);
        Assert.Contains("select", Single(run, "LC1025").GetMessage());
    }

    [Fact]
    public void LC1026_Arabic_plural_with_only_one_and_other_misses_zero_two_few_many()
    {
        var run = RunAndCompile(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Items", "{n, plural, one {# item} other {# items}}")))
            .AddFile("Resources/Strings.ar.resx", Resx(("Items", "{n, plural, one {عنصر واحد} other {# عناصر}}"))));
        var d = Single(run, "LC1026");
        AssertAt(d, "Resources/Strings.ar.resx", ValueLine(0), 5, DiagnosticSeverity.Warning);
        Assert.Contains("'zero', 'two', 'few', 'many'", d.GetMessage());
    }

    [Fact]
    public void LC1026_is_not_reported_for_a_complete_Persian_plural()
    {
        var run = Run(new GeneratorHarness().AddFile("Resources/Strings.fa.resx", Resx(("Items", "{n, plural, one {# مورد} other {# مورد}}"))));
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "LC1026");
    }

    [Fact]
    public void LC1027_non_string_resource_is_skipped_with_info()
    {
        const string text = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n" +
            "  <data name=\"Title\"><value>News</value></data>\n" +
            "  <data name=\"Logo\" type=\"System.Drawing.Bitmap, System.Drawing\" mimetype=\"application/x-microsoft.net.object.bytearray.base64\">\n" +
            "    <value>AAAA</value>\n  </data>\n</root>\n";
        var run = RunAndCompile(new GeneratorHarness().AddFile("Resources/Strings.resx", text));
        AssertAt(Single(run, "LC1027"), "Resources/Strings.resx", 4, 3, DiagnosticSeverity.Info);
        Assert.DoesNotContain("Logo", run.Source("Strings.Messages.g.cs"));
    }

    [Fact]
    public void LC1028_malformed_xml_reports_the_readers_line_and_column()
    {
        const string text = "<?xml version=\"1.0\"?>\n<root>\n  <data name=\"A\"><value>x</value></data>\n  <data name=\"B\"><value>y</valu></data>\n</root>\n";
        var run = RunAndCompile(new GeneratorHarness().AddFile("Resources/Strings.resx", text));
        var d = Single(run, "LC1028");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        AssertAt(d, "Resources/Strings.resx", 4, 28, DiagnosticSeverity.Error); // the name in </valu>
        Assert.Contains("A", run.Source("Strings.Messages.g.cs")); // what was read before the error is kept
    }

    [Fact]
    public void LC1028_a_DTD_is_refused_so_external_entities_are_never_resolved()
    {
        var secret = Path.Combine(Path.GetTempPath(), "lc-xxe-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(secret, "SECRET-CONTENT");
        try
        {
            var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE root [<!ENTITY xxe SYSTEM \"file://" + secret + "\">]>\n<root>\n  <data name=\"Leak\"><value>&xxe;</value></data>\n</root>\n";
            var run = RunAndCompile(new GeneratorHarness().AddFile("Resources/Strings.resx", text));
            AssertAt(Single(run, "LC1028"), "Resources/Strings.resx", 2, 1, DiagnosticSeverity.Error); // the <!DOCTYPE
            Assert.DoesNotContain(run.GeneratedSources.Values, s => s.Contains("SECRET-CONTENT"));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void LC1029_keys_that_collide_are_renamed_and_reported()
    {
        var run = RunAndCompile(new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(
            ("daily.users", "a"), ("daily_users", "b"), ("For", "c"), ("Strings", "d"), ("ToString", "e"))));
        var renamed = run.GeneratorDiagnostics.Where(d => d.Id == "LC1029").ToList();
        Assert.Equal(4, renamed.Count);
        Assert.All(renamed, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal(new[] { DataLine(1), DataLine(2), DataLine(3), DataLine(4) }, renamed.Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1));
        var assembly = run.CompileAndLoad();
        Assert.Equal("a", Call(assembly, "en", "daily_users"));
        Assert.Equal("b", Call(assembly, "en", "daily_users_2"));
        Assert.Equal("c", Call(assembly, "en", "For_2"));
        Assert.Equal("d", Call(assembly, "en", "Strings_2"));
        Assert.Equal("e", Call(assembly, "en", "ToString_2"));
    }

    [Theory]
    [InlineData("Digits", "arabic")]
    [InlineData("BidiIsolation", "maybe")]
    public void LC1030_invalid_option_is_a_warning_at_the_file(string option, string value)
    {
        var run = RunAndCompile(new GeneratorHarness().AddFile("Resources/Strings.ar.resx", Resx(("Title", "أخبار")), new Dictionary<string, string> { [option] = value }));
        var d = Single(run, "LC1030");
        AssertAt(d, "Resources/Strings.ar.resx", 1, 1, DiagnosticSeverity.Warning);
        Assert.Contains(value, d.GetMessage());
    }

    [Fact]
    public void LC1031_plural_in_a_language_without_known_rules()
    {
        var run = RunAndCompile(new GeneratorHarness().AddFile("Resources/Strings.tlh.resx", Resx(("Items", "{n, plural, other {# items}}"))));
        AssertAt(Single(run, "LC1031"), "Resources/Strings.tlh.resx", ValueLine(0), 5, DiagnosticSeverity.Warning);
    }

    [Fact]
    public void LC1002_culture_metadata_that_is_not_BCP47_is_a_warning_and_the_suffix_culture_stays()
    {
        var harness = new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Title", "News")))
            .AddFile("Resources/Strings.ar.resx", Resx(("Title", "أخبار")), new Dictionary<string, string> { ["Culture"] = "arabic" });
        var d = Single(RunAndCompile(harness), "LC1002");
        AssertAt(d, "Resources/Strings.ar.resx", 1, 1, DiagnosticSeverity.Warning);
        Assert.Contains("'arabic'", d.GetMessage());
        var assembly = CompileAndLoad(harness);
        Assert.Equal(("أخبار", "News"), (Call(assembly, "ar", "Title"), Call(assembly, "en", "Title")));
    }

    [Fact]
    public void LC1004_two_files_for_the_same_class_and_culture()
    {
        var run = RunAndCompile(new GeneratorHarness()
            .AddFile("Resources/Strings.ar.resx", Resx(("Title", "أخبار")))
            .AddFile("Resources/Arabic.resx", Resx(("Title", "other")), new Dictionary<string, string> { ["ClassName"] = "Strings", ["Culture"] = "ar" }));
        AssertAt(Single(run, "LC1004"), "Resources/Strings.ar.resx", 1, 1, DiagnosticSeverity.Error);
    }

    [Fact]
    public void LC1005_file_that_is_not_UTF8()
    {
        var bytes = Encoding.UTF8.GetBytes(Resx(("Title", "News"))).Concat(new byte[] { 0xC3, 0x28, 0xFF }).ToArray();
        var file = InMemoryAdditionalText.FromBytes(GeneratorHarness.PathOf("Resources/Strings.resx"), bytes);
        var run = Run(new GeneratorHarness().AddFile(file));
        AssertAt(Single(run, "LC1005"), "Resources/Strings.resx", 1, 1, DiagnosticSeverity.Error);
    }
}
