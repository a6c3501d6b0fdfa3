using System.Globalization;
using LocalizedContent.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>
/// Issue 15, item 2: Shape="designer" generates what Resources.Designer.cs declared, so code written against it
/// compiles and behaves unchanged, plus typed Format methods that return what the default shape's methods return.
/// </summary>
public sealed class DesignerShapeTests
{
    private static readonly Dictionary<string, string> Designer = new() { ["Shape"] = "designer" };

    private static GeneratorHarness Resources(GeneratorHarness? harness = null, IDictionary<string, string>? neutralMetadata = null) =>
        (harness ?? new GeneratorHarness())
            .AddFile("Properties/Resources.resx", Resx(
                ("Required", "The {0} field is required."),
                ("AppName", "News Reader"),
                ("Items", "{count, plural, one {# item} other {# items}}"),
                ("Quoted", "Don't touch '{braces}'"),
                ("Greeting", "Hello {0}")), neutralMetadata ?? Designer)
            .AddFile("Properties/Resources.fa.resx", Resx(
                ("Required", "فیلد {0} الزامی است."),
                ("AppName", "خبرخوان"),
                ("Items", "{count, plural, one {# مورد} other {# مورد}}"),
                ("Greeting", "سلام {name}")))
            .AddFile("Properties/Resources.fa-IR.resx", Resx(("AppName", "خبرخوانِ ایران")));

    private const string Consumer = """
        using System.ComponentModel.DataAnnotations;
        using System.Globalization;
        using System.Collections.Generic;
        using TestApp.Properties;

        namespace TestApp
        {
            public class Model
            {
                [Required(ErrorMessageResourceType = typeof(Resources), ErrorMessageResourceName = nameof(Resources.Required))]
                public string? Name { get; set; }
            }

            public static class Program
            {
                public static string Run()
                {
                    var manager = Resources.ResourceManager;
                    Resources.Culture = new CultureInfo("fa");
                    var results = new List<ValidationResult>();
                    var model = new Model();
                    var valid = Validator.TryValidateObject(model, new ValidationContext(model), results, true);
                    var line = Resources.AppName + "|" + string.Format(Resources.Required, 5) + "|" + Resources.FormatItems(2) + "|" + valid + "|" + results[0].ErrorMessage
                        + "|" + manager.BaseName + "|" + (Resources.Culture?.Name ?? "");
                    Resources.Culture = null;
                    return line;
                }
            }
        }
        """;

    [Fact]
    public void Designer_call_sites_compile_unchanged_and_read_the_Culture_text()
    {
        var assembly = CompileAndLoad(Resources().WithSource(Consumer));
        var result = (string)assembly.GetType("TestApp.Program")!.GetMethod("Run")!.Invoke(null, null)!;
        Assert.Equal("خبرخوان|فیلد 5 الزامی است.|\u2068۲\u2069 مورد|False|فیلد Name الزامی است.|TestApp.Properties.Resources|fa", result);
    }

    [Fact]
    public void Properties_return_the_raw_text_with_the_culture_fallback()
    {
        var assembly = CompileAndLoad(Resources());
        var type = assembly.GetType("TestApp.Properties.Resources")!;
        string Read(string culture, string key)
        {
            type.GetProperty("Culture")!.SetValue(null, culture.Length == 0 ? CultureInfo.InvariantCulture : new CultureInfo(culture));
            try { return (string)type.GetProperty(key)!.GetValue(null)!; }
            finally { type.GetProperty("Culture")!.SetValue(null, null); }
        }
        Assert.Equal("خبرخوانِ ایران", Read("fa-IR", "AppName"));
        Assert.Equal("فیلد {0} الزامی است.", Read("fa-IR", "Required"));   // fa-IR → fa
        Assert.Equal("Don't touch '{braces}'", Read("fa-IR", "Quoted"));    // → neutral, quoting untouched
        Assert.Equal("{count, plural, one {# item} other {# items}}", Read("", "Items"));
        Assert.Equal("سلام {name}", Read("fa", "Greeting")); // placeholders differ from the neutral's (LC1024): still fa's text
        Assert.Equal("News Reader", Read("ar", "AppName"));
        var variant = type.GetMethod("For")!.Invoke(null, [new CultureInfo("fa")])!;
        Assert.Equal("خبرخوان", variant.GetType().GetProperty("AppName")!.GetValue(variant));
    }

    [Theory]
    [InlineData("")]
    [InlineData("fa")]
    [InlineData("fa-IR")]
    [InlineData("ar")]
    public void Format_methods_return_what_the_default_shape_returns(string culture)
    {
        var designer = CompileAndLoad(Resources());
        var typed = CompileAndLoad(Resources(neutralMetadata: new Dictionary<string, string>()));
        var designerType = designer.GetType("TestApp.Properties.Resources")!;
        var typedType = typed.GetType("TestApp.Properties.Resources")!;
        var cultureInfo = culture.Length == 0 ? CultureInfo.InvariantCulture : new CultureInfo(culture);
        foreach (var (key, args) in new (string Key, object[] Args)[] { ("Required", ["x"]), ("Items", [3m]), ("Greeting", ["Ali"]) })
        {
            designerType.GetProperty("Culture")!.SetValue(null, cultureInfo);
            var formatted = (string)designerType.GetMethod("Format" + key)!.Invoke(null, args)!;
            designerType.GetProperty("Culture")!.SetValue(null, null);
            var variant = typedType.GetMethod("For")!.Invoke(null, [cultureInfo])!;
            Assert.Equal((string)variant.GetType().GetMethod(key)!.Invoke(variant, args)!, formatted);
        }
    }

    [Fact]
    public void Snapshot_of_a_designer_shaped_class()
    {
        var run = Run(new GeneratorHarness()
            .AddFile("Properties/Resources.resx", Resx(("AppName", "News Reader"), ("Required", "The {0} field is required."),
                ("Items", "{count, plural, one {# item} other {# items}}")), Designer)
            .AddFile("Properties/Resources.fa.resx", Resx(("AppName", "خبرخوان"), ("Required", "فیلد {0} الزامی است."),
                ("Items", "{count, plural, one {# مورد} other {# مورد}}"))));
        Assert.Empty(run.CompilationDiagnostics);
        Snapshot.Match(run.Source("Resources.Messages.g.cs"));
    }

    [Fact]
    public void Names_of_the_designer_surface_are_renamed_with_LC1029_and_a_class_named_Culture_with_LC1015()
    {
        var run = Run(new GeneratorHarness()
            .AddFile("R/Resources.resx", Resx(("Culture", "c"), ("ResourceManager", "r"), ("FormatX", "f"), ("X", "{0}"), ("FormatX_2", "g")), Designer)
            .AddFile("R/Culture.resx", Resx(("A", "a")), Designer)
            .AddFile("R/Plain.resx", Resx(("Culture", "stays")))); // the default shape keeps a key named Culture
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var messages = run.GeneratorDiagnostics.Select(d => d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(messages, m => m.StartsWith("LC1029 'Culture' would be generated as 'Culture'", StringComparison.Ordinal) && m.EndsWith("'Culture_2'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("LC1029 'ResourceManager'", StringComparison.Ordinal) && m.EndsWith("'ResourceManager_2'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("LC1029 'X' would be generated as 'FormatX'", StringComparison.Ordinal) && m.EndsWith("'FormatX_3'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("LC1015 Class name 'TestApp.R.Culture'", StringComparison.Ordinal));
        var assembly = run.CompileAndLoad();
        Assert.Equal("f", assembly.GetType("TestApp.R.Resources")!.GetProperty("FormatX")!.GetValue(null));
        Assert.Equal("7", assembly.GetType("TestApp.R.Resources")!.GetMethod("FormatX_3")!.Invoke(null, [7]));
        Assert.NotNull(assembly.GetType("TestApp.R.CultureMessages")!.GetProperty("ResourceManager"));
        Assert.Equal("stays", assembly.GetType("TestApp.R.Plain")!.GetProperty("Culture")!.GetValue(null));
    }

    [Fact]
    public void Project_property_invalid_values_and_disagreeing_files()
    {
        var byProperty = Run(Resources(new GeneratorHarness().WithProperty("LocalizedContentShape", "Designer"), new Dictionary<string, string>()));
        Assert.Contains("ResourceManager", byProperty.Source("Resources.Messages.g.cs"), StringComparison.Ordinal);

        var invalid = Run(Resources(neutralMetadata: new Dictionary<string, string> { ["Shape"] = "designr" }));
        var lc1030 = Assert.Single(invalid.GeneratorDiagnostics, d => d.Id == "LC1030");
        Assert.Contains("'designr' is not a valid value for Shape (LocalizedContentShape) on 'Resources.resx' (expected default or designer)", lc1030.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain("ResourceManager", invalid.Source("Resources.Messages.g.cs"), StringComparison.Ordinal);

        // The item metadata wins over the project; a culture that disagrees is LC1033 and follows the neutral file.
        var conflict = Run(new GeneratorHarness().WithProperty("LocalizedContentShape", "designer")
            .AddFile("R/S.resx", Resx(("A", "{0}")), new Dictionary<string, string> { ["Shape"] = "default" })
            .AddFile("R/S.fa.resx", Resx(("A", "{0}"))));
        var lc1033 = Assert.Single(conflict.GeneratorDiagnostics, d => d.Id == "LC1033");
        Assert.Equal("'S.fa.resx' sets Shape (LocalizedContentShape) to 'designer', but class 'S' takes it from 'S.resx' (its neutral file, else its first culture file), which sets 'default'; the setting of 'S.fa.resx' is ignored",
            lc1033.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(GeneratorHarness.PathOf("R/S.fa.resx"), lc1033.Location.GetLineSpan().Path);
        Assert.DoesNotContain("ResourceManager", conflict.Source("S.Messages.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_CSharp_7_3_consumer_compiles_without_warnings()
    {
        var run = Run(Resources().WithLanguageVersion(LanguageVersion.CSharp7_3));
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.DoesNotContain("?", run.Source("Resources.Messages.g.cs").Split('\n').Where(l => l.Contains("Culture {", StringComparison.Ordinal)).Single());
    }
}
