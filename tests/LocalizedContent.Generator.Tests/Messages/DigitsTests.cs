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
        var text = Call(Default.Value, "ar", "Users", 19_000_000m);
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

    [Fact]
    public void Neutral_English_keeps_Latin_digits_with_English_separators() =>
        Assert.Equal("19,000,000 users", Call(Default.Value, "en-US", "Users", 19_000_000m));

    [Theory]
    [InlineData("1.50", "١٫٥٠")]           // the scale the caller wrote is kept
    [InlineData("-42", "\u061C-٤٢")]        // CLDR ar minus: ALM + hyphen
    [InlineData("0", "٠")]
    [InlineData("-1.5", "\u061C-١٫٥")]   // the decimal path: sign, digits and separator
    [InlineData("1000", "١٬٠٠٠")]
    [InlineData("999", "٩٩٩")]
    [InlineData("123456789012345678901234567", "١٢٣٬٤٥٦٬٧٨٩٬٠١٢٬٣٤٥٬٦٧٨٬٩٠١٬٢٣٤٬٥٦٧")] // beyond ulong
    public void Arabic_number_formatting(string value, string expected) =>
        Assert.Equal("\u2068" + expected + "\u2069", Call(Default.Value, "ar", "Price", decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

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
        Assert.Equal("1,000 left", Call(assembly, "ar", "Only", 1000m));
        Assert.Equal("\u2068١٬٠٠٠\u2069", Call(assembly, "ar", "Both", 1000m));
    }
}
