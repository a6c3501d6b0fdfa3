using LocalizedContent.CldrImport;

namespace LocalizedContent.Generator.Tests.LocaleData;

/// <summary>The committed generated locale data is what eng/CldrImport makes of the committed CLDR extract.</summary>
public sealed class CldrImportTests
{
    [Fact]
    public void Generated_locale_data_equals_the_transform_of_the_committed_extract()
    {
        var root = Repository.Root;
        var extract = File.ReadAllText(Path.Combine(root, "eng", "CldrImport", "extract", Transform.ExtractFile));
        var outputs = Transform.Run(extract);
        Assert.NotEmpty(outputs);
        foreach (var (name, text) in outputs)
        {
            var committed = File.ReadAllBytes(Path.Combine(root, Transform.OutputFolder, name));
            Assert.True(System.Text.Encoding.UTF8.GetBytes(text).AsSpan().SequenceEqual(committed),
                name + " differs from the transform of the extract: run dotnet run --project eng/CldrImport");
        }
    }

    [Fact]
    public void Every_imported_plural_rule_compiles()
    {
        foreach (var ruleSet in Generator.LocaleData.PluralRules.RuleSets)
        {
            foreach (var (_, condition) in Generator.LocaleData.PluralRules.Rules(ruleSet))
            {
                Assert.NotEmpty(Generator.LocaleData.PluralRules.ToCSharp(condition));
            }
        }
    }
}
