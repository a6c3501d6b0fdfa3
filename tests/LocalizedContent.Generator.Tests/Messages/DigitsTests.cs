using System.Reflection;
using LocalizedContent.Generator.Tests.Infrastructure;
using LocalizedContent.Text;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>Numbers come out in the digits and separators of the requested culture (CLDR default numbering).</summary>
public sealed class DigitsTests
{
    private const string Users = "{count, number} users";

    private static Assembly Build(Action<GeneratorHarness>? configure = null, IDictionary<string, string>? arMetadata = null)
    {
        var harness = new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Users", Users), ("Price", "{price, number}")))
            .AddFile("Resources/Strings.ar.resx", Resx(("Users", "{count, number} مستخدم"), ("Price", "{price, number}")), arMetadata)
            .AddFile("Resources/Strings.fa.resx", Resx(("Users", "{count, number} کاربر"), ("Price", "{price, number}")));
        configure?.Invoke(harness);
        return CompileAndLoad(harness);
    }

    private static readonly Lazy<Assembly> Default = new(() => Build());

    private static string Digits(string s) => new(s.Where(c => DigitSystems.Of(c) != DigitSystem.None).ToArray());

    [Fact]
    public void Arabic_gets_only_Arabic_Indic_digits_and_Arabic_separators()
    {
        var text = Call(Default.Value, "ar-EG", "Users", 19_000_000m);
        Assert.Equal("\u2068١٩٬٠٠٠٬٠٠٠\u2069 مستخدم", text);
        Assert.Equal(DigitSystem.ArabicIndic, DigitSystems.UsedIn(text));
        Assert.Equal("\u2068١٬٥\u2069".Replace("٬", "٫"), Call(Default.Value, "ar-SA", "Price", 1.5m));
    }

    [Fact]
    public void Persian_gets_only_Persian_digits()
    {
        var text = Call(Default.Value, "fa", "Users", 19_000_000m);
        Assert.Equal("\u2068۱۹٬۰۰۰٬۰۰۰\u2069 کاربر", text);
        Assert.Equal(DigitSystem.Persian, DigitSystems.UsedIn(text));
        Assert.Equal(DigitSystem.Persian, DigitSystems.UsedIn(Call(Default.Value, "fa-IR", "Users", 1234567890m)));
    }

    [Theory]
    [InlineData("ar-MA")]
    [InlineData("ar-DZ")]
    [InlineData("ar-TN")]
    public void Maghreb_Arabic_falls_back_to_the_ar_file_but_gets_Latin_digits(string culture)
    {
        var text = Call(Default.Value, culture, "Users", 19_000_000m);
        Assert.Equal("\u206819.000.000\u2069 مستخدم", text); // ar text, CLDR ar-MA symbols: group '.'
        Assert.Equal(DigitSystem.Latin, DigitSystems.UsedIn(text));
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("ar-001")]
    [InlineData("ar-AE")]
    public void Arabic_without_a_region_that_uses_Arabic_Indic_digits_gets_Latin_digits_as_CLDR_48(string culture)
    {
        Assert.Equal("\u206819,000,000\u2069 مستخدم", Call(Default.Value, culture, "Users", 19_000_000m));
        Assert.Equal("\u2068\u200E-1.5\u2069", Call(Default.Value, culture, "Price", -1.5m)); // CLDR ar latn minus: LRM + hyphen
    }

    [Theory]
    [InlineData("hi", "12,34,567")]   // Indian grouping: 3, then 2
    [InlineData("en-IN", "12,34,567")]
    [InlineData("es", "1234")]        // minimumGroupingDigits 2
    [InlineData("pl", "1234")]
    public void Grouping_follows_the_CLDR_pattern_and_minimum_grouping_digits(string culture, string expected)
    {
        var assembly = CompileAndLoad(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Price", "{price, number}")))
            .AddFile("Resources/Strings." + culture + ".resx", Resx(("Price", "{price, number}"))));
        Assert.Equal(expected, Call(assembly, culture, "Price", expected == "1234" ? 1234m : 1234567m));
    }

    [Fact]
    public void Neutral_English_keeps_Latin_digits_with_English_separators() =>
        Assert.Equal("19,000,000 users", Call(Default.Value, "en-US", "Users", 19_000_000m));

    [Theory]
    [InlineData("1.50", "١٫٥")]            // as ICU: no trailing zeros
    [InlineData("1.2345", "١٫٢٣٤")]        // at most 3 fraction digits, half-even
    [InlineData("1.2355", "١٫٢٣٦")]
    [InlineData("-0.0001", "\u061C-٠")]    // rounds to 0 and keeps its sign, as ICU
    [InlineData("-42", "\u061C-٤٢")]        // CLDR ar minus: ALM + hyphen
    [InlineData("0", "٠")]
    [InlineData("-1.5", "\u061C-١٫٥")]   // the decimal path: sign, digits and separator
    [InlineData("1000", "١٬٠٠٠")]
    [InlineData("999", "٩٩٩")]
    [InlineData("123456789012345678901234567", "١٢٣٬٤٥٦٬٧٨٩٬٠١٢٬٣٤٥٬٦٧٨٬٩٠١٬٢٣٤٬٥٦٧")] // beyond ulong
    public void Arabic_number_formatting(string value, string expected) =>
        Assert.Equal("\u2068" + expected + "\u2069", Call(Default.Value, "ar-EG", "Price", decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Project_property_latin_overrides_native_digits()
    {
        var assembly = Build(h => h.WithProperty("LocalizedContentDigits", "latin"));
        Assert.Equal("\u206819,000,000\u2069 مستخدم", Call(assembly, "ar", "Users", 19_000_000m));
        Assert.Equal("\u206819,000,000\u2069 کاربر", Call(assembly, "fa", "Users", 19_000_000m));
    }

    [Fact]
    public void Item_metadata_native_gives_Maghreb_users_Arabic_Indic_digits_and_wins_over_the_project()
    {
        var assembly = Build(h => h.WithProperty("LocalizedContentDigits", "latin"), new Dictionary<string, string> { ["Digits"] = "native" });
        Assert.Equal("\u2068١٩٬٠٠٠٬٠٠٠\u2069 مستخدم", Call(assembly, "ar-MA", "Users", 19_000_000m));
        Assert.Equal("\u206819,000,000\u2069 کاربر", Call(assembly, "fa", "Users", 19_000_000m)); // fa keeps the project's latin
    }

    [Fact]
    public void English_text_served_to_an_Arabic_user_keeps_its_own_digits()
    {
        // The ar file has no "Only" key: an ar user gets the neutral English text, with English digits.
        var assembly = CompileAndLoad(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Only", "{n, number} left"), ("Both", "{n, number}")))
            .AddFile("Resources/Strings.ar.resx", Resx(("Both", "{n, number}"))));
        Assert.Equal("1,000 left", Call(assembly, "ar-EG", "Only", 1000m));
        Assert.Equal("\u2068١٬٠٠٠\u2069", Call(assembly, "ar-EG", "Both", 1000m));
    }
}
