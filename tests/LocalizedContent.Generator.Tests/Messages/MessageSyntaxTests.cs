using System.Globalization;
using LocalizedContent.Generator.Tests.Infrastructure;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>What ICU MessageFormat text produces, through the generated code.</summary>
public sealed class MessageSyntaxTests
{
    private static readonly Lazy<System.Reflection.Assembly> Generated = new(() => CompileAndLoad(new GeneratorHarness()
        .AddFile("Resources/Strings.resx", Resx(
            ("Apostrophes", "it''s '{literal}' and don't"),
            ("QuotedPound", "{n, plural, other {'#' is # here}}"),
            ("Nested", "{g, select, female {{n, plural, one {she has # item} other {she has # items}}} other {{n, plural, one {they have # item} other {they have # items}}}}"),
            ("PoundInSelect", "{n, plural, other {{g, select, a {# for a} other {# for others}}}}"),
            ("Positional", "{1} before {0}"),
            ("Offset", "{n, plural, offset:1 =0 {nobody} =1 {just you} one {you and # other} other {you and # others}}"),
            ("NumberUsedAsText", "{n, plural, other {{n} items}}")))
        .AddFile("Resources/Strings.ar.resx", Resx(("Positional", "{1} قبل {0}")))));

    [Fact]
    public void Apostrophes_follow_ICU() =>
        Assert.Equal("it's {literal} and don't", Call(Generated.Value, "en", "Apostrophes"));

    [Fact]
    public void Quoted_pound_is_literal() =>
        Assert.Equal("# is 3 here", Call(Generated.Value, "en", "QuotedPound", 3m));

    [Theory]
    [InlineData("female", 1, "she has 1 item")]
    [InlineData("female", 2, "she has 2 items")]
    [InlineData("x", 1, "they have 1 item")]
    public void Plural_nested_in_select(string gender, int n, string expected) =>
        Assert.Equal(expected, Call(Generated.Value, "en", "Nested", gender, (decimal)n));

    [Fact]
    public void Pound_in_a_select_inside_a_plural_is_the_count() =>
        Assert.Equal("7 for a", Call(Generated.Value, "en", "PoundInSelect", 7m, "a"));

    [Fact]
    public void Positional_arguments_are_objects_in_index_order_and_numbers_get_the_cultures_digits()
    {
        // .NET format items: string.Format's 2026 (not grouped as an ICU number would be), in Arabic digits.
        Assert.Equal("second before first", Call(Generated.Value, "en", "Positional", "first", "second"));
        Assert.Equal("\u2068٢٠٢٦\u2069 قبل \u2068WeChat\u2069", Call(Generated.Value, "ar-EG", "Positional", "WeChat", 2026));
    }

    [Theory]
    [InlineData(0, "nobody")]
    [InlineData(1, "just you")]
    [InlineData(2, "you and 1 other")]
    [InlineData(5, "you and 4 others")]
    public void Offset_and_exact_matches(int n, string expected) =>
        Assert.Equal(expected, Call(Generated.Value, "en", "Offset", (decimal)n));

    [Fact]
    public void A_name_used_as_text_and_as_a_plural_is_a_number() =>
        Assert.Equal("1,500 items", Call(Generated.Value, "en", "NumberUsedAsText", 1500m));

    [Fact]
    public void Culture_fallback_follows_parents_then_neutral_and_For_does_not_touch_CurrentUICulture()
    {
        var before = CultureInfo.CurrentUICulture;
        Assert.Equal("\u2068b\u2069 قبل \u2068a\u2069", Call(Generated.Value, "ar-EG", "Positional", "a", "b"));
        Assert.Equal("b before a", Call(Generated.Value, "fa-IR", "Positional", "a", "b")); // no fa file: neutral
        Assert.Same(before, CultureInfo.CurrentUICulture);
    }

    [Fact]
    public void Static_members_read_CurrentUICulture()
    {
        var type = Generated.Value.GetType(ClassName)!;
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ar");
            Assert.Equal("\u2068b\u2069 قبل \u2068a\u2069", type.GetMethod("Positional")!.Invoke(null, ["a", "b"]));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal("b before a", type.GetMethod("Positional")!.Invoke(null, ["a", "b"]));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
