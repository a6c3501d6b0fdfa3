using System.Reflection;
using LocalizedContent.Generator.Tests.Infrastructure;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>
/// The category the generated code picks, checked for every count 0…1000 through the generated methods. The
/// expected categories are written here from CLDR's published rules, independently of the product's rule engine.
/// </summary>
public sealed class PluralCategoryTests
{
    // Each case prints its category name, so the output names the category the generated code chose.
    private const string AllCategories = "{n, plural, zero {zero} one {one} two {two} few {few} many {many} other {other}}";

    private static readonly Lazy<Assembly> Generated = new(() => CompileAndLoad(new GeneratorHarness()
        .AddFile("Resources/Strings.resx", Resx(("Category", AllCategories)))
        .AddFile("Resources/Strings.ar.resx", Resx(("Category", AllCategories)))
        .AddFile("Resources/Strings.fa.resx", Resx(("Category", AllCategories)))));

    private static string ExpectedArabic(int n) =>
        n == 0 ? "zero"
        : n == 1 ? "one"
        : n == 2 ? "two"
        : n % 100 >= 3 && n % 100 <= 10 ? "few"
        : n % 100 >= 11 && n % 100 <= 99 ? "many"
        : "other";

    // fa: one when i = 0 or n = 1; integers have i = n.
    private static string ExpectedPersian(int n) => n == 0 || n == 1 ? "one" : "other";

    [Fact]
    public void Arabic_counts_0_to_1000_get_the_CLDR_category()
    {
        var wrong = new List<string>();
        for (var n = 0; n <= 1000; n++)
        {
            var actual = Call(Generated.Value, "ar", "Category", (decimal)n);
            if (actual != ExpectedArabic(n)) wrong.Add($"{n}: {actual} (expected {ExpectedArabic(n)})");
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public void Persian_counts_0_to_1000_get_the_CLDR_category()
    {
        var wrong = new List<string>();
        for (var n = 0; n <= 1000; n++)
        {
            var actual = Call(Generated.Value, "fa", "Category", (decimal)n);
            if (actual != ExpectedPersian(n)) wrong.Add($"{n}: {actual} (expected {ExpectedPersian(n)})");
        }
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("0.5", "one")]   // fa: i = 0
    [InlineData("1.0", "one")]   // fa: n = 1
    [InlineData("1.5", "other")]
    [InlineData("2.0", "other")]
    public void Persian_decimals_use_the_integer_digits(string value, string expected) =>
        Assert.Equal(expected, Call(Generated.Value, "fa", "Category", decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1", "one")]
    [InlineData("1.0", "one")]   // en: selects on the number as shown ("1", v = 0), as ICU MessageFormat
    [InlineData("1.5", "other")]
    [InlineData("0", "other")]
    [InlineData("2", "other")]
    public void English_neutral_file_selects_on_the_number_as_ICU_shows_it(string value, string expected) =>
        Assert.Equal(expected, Call(Generated.Value, "en", "Category", decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2.5", "other")]  // ar: decimals are not 'two' or 'few'
    [InlineData("3.0", "few")]    // n = 3 (trailing zeros do not change n)
    [InlineData("-3", "few")]     // n is the absolute value
    public void Arabic_decimals_and_negatives(string value, string expected) =>
        Assert.Equal(expected, Call(Generated.Value, "ar", "Category", decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Exact_matches_win_over_categories_and_zero_is_a_category()
    {
        var assembly = CompileAndLoad(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Files", "{n, plural, =0 {none} one {one} other {#}}")))
            .AddFile("Resources/Strings.ar.resx", Resx(("Files", "{n, plural, =2 {exactly-two} zero {zero} one {one} two {two} few {few} many {many} other {other}}"))));

        Assert.Equal("exactly-two", Call(assembly, "ar", "Files", 2m));
        Assert.Equal("zero", Call(assembly, "ar", "Files", 0m));
        Assert.Equal("none", Call(assembly, "en", "Files", 0m));
        Assert.Equal("one", Call(assembly, "en", "Files", 1m));
    }
}
