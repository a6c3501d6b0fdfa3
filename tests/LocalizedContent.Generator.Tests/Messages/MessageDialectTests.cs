using System.Globalization;
using LocalizedContent.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>
/// Issue 15: .NET composite format strings print what string.Format printed (with the culture's digits and FSI/PDI
/// isolation), ICU MessageFormat keeps its reading, and the set and the MessageFormat option decide the values in between.
/// </summary>
public sealed class MessageDialectTests
{
    private const string IcuPlural = "{count, plural, one {# file} other {# files}}";

    private static GeneratorRun RunCompiled(GeneratorHarness harness)
    {
        var run = Run(harness);
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        return run;
    }

    [Fact]
    public void A_composite_format_number_prints_as_string_Format_in_English_and_in_Arabic_digits_isolated()
    {
        var run = RunCompiled(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Copyright", "Copyright {0}")))
            .AddFile("Resources/Strings.ar.resx", Resx(("Copyright", "حقوق النشر {0}"))));
        var assembly = run.CompileAndLoad();
        Assert.Equal("Copyright 2024", Call(assembly, "en", "Copyright", 2024));
        Assert.Equal("حقوق النشر \u2068٢٠٢٤\u2069", Call(assembly, "ar-EG", "Copyright", 2024)); // CLDR 48: ar-EG ٠-٩, ar 0-9
        Assert.Equal("حقوق النشر \u20682024\u2069", Call(assembly, "ar-MA", "Copyright", 2024)); // ar-MA: Latin digits (CLDR)
        Assert.Equal("حقوق النشر \u2068WeChat 2\u2069", Call(assembly, "ar-EG", "Copyright", "WeChat 2")); // a string keeps its digits
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Apostrophes_around_a_format_item_stay_even_in_a_set_that_uses_ICU()
    {
        var run = RunCompiled(new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(
            ("LeaveChanges", "Leave my changes on '{0}'"), ("Files", IcuPlural), ("Dont", "Don''t"))));
        var assembly = run.CompileAndLoad();
        Assert.Equal("Leave my changes on 'main'", Call(assembly, "en", "LeaveChanges", "main"));
        Assert.Equal("Don't", Call(assembly, "en", "Dont")); // plain text in an ICU set follows ICU
        Assert.Equal("2 files", Call(assembly, "en", "Files", 2m));
    }

    [Fact]
    public void Plain_text_in_a_set_without_ICU_is_the_raw_value()
    {
        var assembly = RunCompiled(new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(("Dont", "Don''t '{'")))).CompileAndLoad();
        Assert.Equal("Don''t '{'", Call(assembly, "en", "Dont"));
    }

    [Fact]
    public void Brace_text_in_a_set_without_ICU_is_literal_with_LC1034_at_its_line_and_column()
    {
        var run = RunCompiled(new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(
            ("Title", "Name pattern"), ("PadLeft", "(0 pad left using {n}) & {0}"))));
        var d = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "LC1034");
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        var span = d.Location.GetLineSpan();
        // <value> at column 5, its text at column 12; "(0 pad left using " is 18 characters.
        Assert.Equal((ValueLine(1), 12 + 18), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Contains("'{n}'", d.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("(0 pad left using {n}) & 7", Call(run.CompileAndLoad(), "en", "PadLeft", 7));
    }

    [Fact]
    public void LC1034_column_counts_an_entity_before_the_brace_as_one_character()
    {
        var run = RunCompiled(new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(("Key", "a<b {x}"))));
        var d = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "LC1034");
        // The file holds "a&lt;b {x}": the brace is at column 12 + 7.
        Assert.Equal(12 + 7, d.Location.GetLineSpan().StartLinePosition.Character + 1);
    }

    [Fact]
    public void Brace_text_in_a_set_that_uses_ICU_is_a_named_argument()
    {
        var run = RunCompiled(new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(("PadLeft", "pad using {n}"), ("Files", IcuPlural))));
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "LC1034");
        Assert.Equal("pad using x", Call(run.CompileAndLoad(), "en", "PadLeft", "x"));
    }

    [Fact]
    public void Invalid_ICU_in_a_set_that_uses_ICU_is_still_LC1020()
    {
        var run = Run(new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(("Broken", "a { b"), ("Files", IcuPlural))));
        Assert.Single(run.GeneratorDiagnostics, d => d.Id == "LC1020");
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "LC1034");
    }

    [Theory]
    [InlineData("Average {0:0.0} MB/s", 12.345)]
    [InlineData("{0:N2} of {1:N0}", 1234.5, 1000000)]
    [InlineData("[{1,-10}|{0,6}]", "ab", 42)]
    [InlineData("Use {{braces}} and {0}", "x")]
    [InlineData("Use {{only}} escapes")]
    [InlineData("{0:yyyy-MM-dd}", "2024-03-05")]
    public void Format_items_print_what_string_Format_prints_without_LC1020(string value, params object[] args)
    {
        if (args.Length == 1 && args[0] is string s && s.Length == 10 && s[4] == '-') args = [DateTime.Parse(s, CultureInfo.InvariantCulture)];
        var run = RunCompiled(new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(("Key", value), ("Files", IcuPlural))));
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "LC1020" or "LC1034");
        var assembly = run.CompileAndLoad();
        foreach (var culture in new[] { "en-US", "de-DE", "" })
        {
            Assert.Equal(string.Format(CultureInfo.GetCultureInfo(culture), value, args), Call(assembly, culture, "Key", args));
        }
    }

    [Fact]
    public void MessageFormat_icu_reads_every_value_as_before()
    {
        var run = RunCompiled(new GeneratorHarness().WithProperty("LocalizedContentMessageFormat", "icu")
            .AddFile("Resources/Strings.resx", Resx(("Copyright", "Copyright {0}"), ("Quoted", "on '{0}'"))));
        var assembly = run.CompileAndLoad();
        Assert.Equal("Copyright 2,024", Call(assembly, "en", "Copyright", 2024));
        Assert.Equal("on {0}", Call(assembly, "en", "Quoted"));
    }

    [Fact]
    public void MessageFormat_dotnet_item_metadata_reads_ICU_syntax_as_literal_text()
    {
        var run = RunCompiled(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Files", IcuPlural), ("Pad", "pad {n} {0}")), new Dictionary<string, string> { ["MessageFormat"] = "DotNet" }));
        Assert.Equal(2, run.GeneratorDiagnostics.Count(d => d.Id == "LC1034"));
        var assembly = run.CompileAndLoad();
        Assert.Equal(IcuPlural, Call(assembly, "en", "Files"));
        Assert.Equal("pad {n} 5", Call(assembly, "en", "Pad", 5));
    }

    [Fact]
    public void Invalid_MessageFormat_is_LC1030_and_auto_is_used()
    {
        var run = RunCompiled(new GeneratorHarness().WithProperty("LocalizedContentMessageFormat", "fluent")
            .AddFile("Resources/Strings.resx", Resx(("Copyright", "Copyright {0}"))));
        var d = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "LC1030");
        Assert.Contains("MessageFormat", d.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("Copyright 2024", Call(run.CompileAndLoad(), "en", "Copyright", 2024));
    }

    [Fact]
    public void A_formatted_item_is_an_IFormattable_type_parameter_and_an_unformatted_one_an_object()
    {
        const string consumer = """
            using TestApp.Resources;
            static class Use
            {
                static void All()
                {
                    Strings.Speed(1.5, "x");
                    Strings.Speed(2, null);
                    Strings.Speed(3L, 4);
                    Strings.Speed(4.5m, new object());
                    Strings.Speed(System.DateTime.Now, 1);
                    Strings.For(null).Speed(1.5f, "y");
                }
            }
            """;
        var run = RunCompiled(new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(("Speed", "{0:0.0} MB/s by {1}"))).WithSource(consumer));
        Assert.Empty(run.CompilationDiagnostics);
        var method = run.CompileAndLoad().GetType(ClassName)!.GetMethod("Speed")!;
        Assert.True(method.IsGenericMethodDefinition);
        Assert.Equal(typeof(IFormattable), Assert.Single(method.GetGenericArguments()[0].GetGenericParameterConstraints()));
        Assert.Equal(["arg0", "arg1"], method.GetParameters().Select(p => p.Name));
        Assert.Equal(typeof(object), method.GetParameters()[1].ParameterType);
        Assert.Contains("a number", run.Source("Strings.Messages.g.cs"));

        // A string would silently ignore the format: it does not compile.
        var bad = Run(new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(("Speed", "{0:0.0} MB/s by {1}")))
            .WithSource("static class Bad { static string B() => TestApp.Resources.Strings.Speed(\"1.5\", 1); }"));
        Assert.Contains(bad.CompilationDiagnostics, d => d.Id == "CS0311" || d.Id == "CS0315" || d.Id == "CS0314");
    }

    [Fact]
    public void Cultures_that_disagree_on_the_format_compile_without_LC1024()
    {
        var run = RunCompiled(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Total", "Total {0:N2}")))
            .AddFile("Resources/Strings.ar.resx", Resx(("Total", "المجموع {0}")))
            .AddFile("Resources/Strings.fa.resx", Resx(("Total", "جمع {0:0.0}"))));
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "LC1024");
        var assembly = run.CompileAndLoad();
        Assert.Equal("Total 1,234.50", Call(assembly, "en-US", "Total", 1234.5m));
        Assert.Equal("المجموع \u2068١٢٣٤٫٥\u2069".Replace("٫", CultureInfo.GetCultureInfo("ar-EG").NumberFormat.NumberDecimalSeparator), Call(assembly, "ar-EG", "Total", 1234.5m));
        Assert.Equal("جمع \u2068" + Shape(1234.5m.ToString("0.0", CultureInfo.GetCultureInfo("fa")), '۰') + "\u2069", Call(assembly, "fa", "Total", 1234.5m));
    }

    [Fact]
    public void A_culture_counting_a_dotnet_argument_with_ICU_plural_falls_back_with_LC1024_and_compiles()
    {
        var run = RunCompiled(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Files", "{0} files")))
            .AddFile("Resources/Strings.ar.resx", Resx(("Files", "{0, plural, one {ملف واحد} other {# ملفات}}"))));
        var d = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "LC1024");
        Assert.Contains("Strings.ar.resx", d.Location.GetLineSpan().Path);
        Assert.Equal("3 files", Call(run.CompileAndLoad(), "ar", "Files", 3));
    }

    [Fact]
    public void An_ICU_culture_text_can_use_a_dotnet_formatted_parameter_as_text_and_select()
    {
        var run = RunCompiled(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Size", "{0:N1} MB"), ("Files", IcuPlural)))
            .AddFile("Resources/Strings.fa.resx", Resx(("Size", "{0, select, 1 {یک} other {{0} مگابایت}}"), ("Files", IcuPlural))));
        var assembly = run.CompileAndLoad();
        Assert.Equal("یک", Call(assembly, "fa", "Size", 1));
        Assert.Equal("\u2068۲\u2069 مگابایت", Call(assembly, "fa", "Size", 2));
    }

    [Fact]
    public void CSharp_7_3_consumers_compile_format_items()
    {
        var run = Run(new GeneratorHarness().WithLanguageVersion(LanguageVersion.CSharp7_3)
            .AddFile("Resources/Strings.resx", Resx(("Speed", "{0:0.0} {1,-5}|")))
            .AddFile("Resources/Strings.ar.resx", Resx(("Speed", "{0:0.0} {1,-5}|")))
            .WithSource("static class Use { static string U() => TestApp.Resources.Strings.Speed(1.5, null); }"));
        Assert.Empty(run.CompilationDiagnostics);
    }

    private static string Shape(string s, char zero) => new(s.Select(c => c is >= '0' and <= '9' ? (char)(zero + (c - '0')) : c).ToArray());
}
