using LocalizedContent.Analyzers.Tests.Infrastructure;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>LC0001 (issue 17): a table of right-to-left literals is reported once, on the table.</summary>
public partial class HardCodedRtlTextTests
{
    [Fact]
    public Task A_table_of_five_or_more_right_to_left_literals_is_reported_once() => Verify("""
        using System.Collections.Generic;

        class City { public string Name { get; set; } = ""; public string Province { get; set; } = ""; }

        class C
        {
            static readonly string[] Days = {|LC0001:{ "شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه" }|};
            static readonly string[] Seasons = { {|LC0001:"بهار"|}, {|LC0001:"تابستان"|}, {|LC0001:"پاییز"|}, {|LC0001:"زمستان"|} };
            static List<string> Provinces { get; } = {|LC0001:new List<string> { "تهران", "فارس", "گیلان", "کرمان", "یزد" }|};
            static IEnumerable<City> Cities { get; } = {|LC0001:new List<City>
            {
                new City { Name = "تبریز", Province = "آذربایجان شرقی" },
                new City { Name = "مشهد", Province = "خراسان رضوی" },
                new City { Name = "شیراز", Province = "فارس" },
            }|};
            static string[] Months => {|LC0001:["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور"]|};
        }
        """);

    [Fact]
    public Task A_switch_expression_of_messages_is_one_table() => Verify("""
        class C
        {
            string Translate(string key) => {|LC0001:key switch
            {
                "NotNull" => "'{PropertyName}' نباید خالی باشد.",
                "NotEmpty" => "'{PropertyName}' نباید خالی باشد.",
                "Email" => "'{PropertyName}' یک ایمیل معتبر نیست.",
                "Length" => "'{PropertyName}' باید بین {MinLength} و {MaxLength} باشد.",
                "Equal" => "'{PropertyName}' باید برابر با '{ComparisonValue}' باشد.",
                _ => null,
            }|};
        }
        """);

    [Fact]
    public Task A_table_of_keys_or_patterns_only_is_data_and_not_reported() => Verify("""
        using System.Collections.Generic;

        class C
        {
            static readonly HashSet<string> Stop = new() { "و", "در", "به", "از", "که", "این" };
            static ISet<string> StopWords { get; } = new HashSet<string>(new[] { "و", "در", "به", "از", "که", "این" });
            static List<string> Shown { get; } = new List<string>({|LC0001:new[] { "و", "در", "به", "از", "که", "این" }|});
            static readonly Dictionary<string, int> Numbers = new() { { "یک", 1 }, { "دو", 2 }, { "سه", 3 }, { "چهار", 4 }, { "پنج", 5 } };
            static int Parse(string word) => word switch { "یک" => 1, "دو" => 2, "سه" => 3, "چهار" => 4, "پنج" => 5, _ => 0 };
            static string[] Split(string text) => text.Split(new[] { "،", "؛", "؟", "»", "«" }, System.StringSplitOptions.None);
        }
        """);

    [Fact]
    public Task The_table_threshold_is_an_option_and_zero_turns_grouping_off()
    {
        var grouped = new RuleTest<HardCodedRtlTextAnalyzer>("""
            class C { static readonly string[] Seasons = {|LC0001:{ "بهار", "تابستان", "پاییز", "زمستان" }|}; }
            """).WithEditorConfig("localized_content.LC0001.table_threshold = 3");
        var off = new RuleTest<HardCodedRtlTextAnalyzer>("""
            class C { static readonly string[] Days = { {|LC0001:"شنبه"|}, {|LC0001:"یکشنبه"|}, {|LC0001:"دوشنبه"|}, {|LC0001:"سه‌شنبه"|}, {|LC0001:"چهارشنبه"|} }; }
            """).WithEditorConfig("localized_content.LC0001.table_threshold = 0");
        return Task.WhenAll(grouped.RunAsync(), off.RunAsync());
    }

    [Fact]
    public Task A_lambda_inside_a_table_is_not_part_of_it() => Verify("""
        using System;

        class C
        {
            static readonly Func<string>[] Messages =
            {
                () => {|LC0001:"یک"|}, () => {|LC0001:"دو"|}, () => {|LC0001:"سه"|}, () => {|LC0001:"چهار"|}, () => {|LC0001:"پنج"|},
            };
        }
        """);

    [Fact]
    public Task A_list_of_constant_fields_is_one_table_from_its_first_field_to_its_last() => Verify("""
        class Holidays
        {
            public const string Name = "holidays";
            {|LC0001:private const string Nowrooz = "عید نوروز";
            private const string Sizdah = "جشن سیزده به در";
            public static readonly string Republic = "روز جمهوری اسلامی ایران";
            private const int Count = 5;
            private const string Oil = "روز ملی شدن صنعت نفت ایران", Victory = "پیروزی انقلاب اسلامی";|}
            private static string title = {|LC0001:"تعطیلات"|};
            private const string Escaped = "\u06A9";
        }

        class Few
        {
            private const string A = {|LC0001:"یک"|};
            private const string B = {|LC0001:"دو"|};
        }
        """);
}
