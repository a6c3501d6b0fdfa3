using LocalizedContent.Analyzers.Tests.Infrastructure;
using LocalizedContent.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>LC0002: mixed digit systems, in C# literals and in LocalizedContent files, and its fix.</summary>
public class MixedDigitSystemsTests
{
    private static Task Verify(string source, params DiagnosticResult[] expected) =>
        new RuleTest<MixedDigitSystemsAnalyzer>(source).Expect(expected).RunAsync();

    private static Task VerifyFix(string source, string fixedSource, string? equivalenceKey = null) =>
        new FixTest<MixedDigitSystemsAnalyzer, MixedDigitSystemsCodeFixProvider>(source, fixedSource)
        {
            CodeActionEquivalenceKey = equivalenceKey,
            CodeActionIndex = equivalenceKey == null ? 0 : null,
        }.RunAsync();

    [Fact]
    public Task The_seed_date_line_mixing_Persian_and_Latin_digits_is_reported() => Verify("""
        class C { string date = {|#0:"تاریخ انتشار:۲۲ تير ۱۴۰۰ - ۱۹:۰۸ - 13 July 2021"|}; }
        """, Verifier.Diagnostic("LC0002").WithLocation(0).WithArguments("Persian (۰-۹) and Latin (0-9)"));

    [Fact]
    public Task Arabic_Indic_456_inside_Persian_digits_is_reported() => Verify("""
        class C { string price = {|#0:"قیمت ۱۲۳ و ٤٥٦ تومان"|}; }
        """, Verifier.Diagnostic("LC0002").WithLocation(0).WithArguments("Persian (۰-۹) and Arabic-Indic (٠-٩)"));

    [Fact]
    public Task Every_kind_of_string_and_interpolated_text_is_checked() => Verify(""""
        class C
        {
            string verbatim = {|LC0002:@"صفحه ۱ از 3"|};
            string raw = {|LC0002:"""صفحه ۱ از 3"""|};
            System.ReadOnlySpan<byte> Utf8 => {|LC0002:"صفحه ۱ از 3"u8|};
            string Interpolated(int n) => {|LC0002:$"صفحه ۱ {n} از 3"|};
            string escaped = {|LC0002:"\u06F1 of 2"|};
        }
        """");

    /// <summary>The three escapes that spell a character beyond ASCII (\u, \U, \x) are read; other backslashes
    /// (\n, an escaped backslash before u) spell none.</summary>
    [Fact]
    public Task Digits_spelled_by_any_escape_are_read_and_other_backslashes_spell_none() => Verify("""
        class C
        {
            string short4 = {|LC0002:"\u0661 of 2"|};
            string long8 = {|LC0002:"\U00000661 of 2"|};
            string hex = {|LC0002:"\x661 of 2"|};
            string lines = {|LC0002:"۱\n2\t"|};
            string backslash = "\\u0661 of 2";
            char digit = '\x0661';
        }
        """);

    [Fact]
    public Task An_interpolated_string_is_judged_whole_whichever_part_holds_the_digits() => Verify("""
        class C
        {
            string Later(int n) => {|LC0002:$"صفحه {n} از ۱ و 3"|};
            string Escaped(int n) => {|LC0002:$"line\n{n} ۱ 2"|};
            string Inner(int n) => $"صفحه {{|LC0002:$"۱ از 3"|}}";
        }
        """);

    [Fact]
    public Task One_digit_system_separators_and_holes_are_not_reported() => Verify("""
        class C
        {
            string persian = "۱۴۰۰/۰۴/۲۲ ساعت ۱۹:۰۸";
            string arabic = "٣٫١٤ و ١٬٠٠٠";
            string latin = "13 July 2021";
            string Hole(int n) => $"{n:N2} صفحه ۱۲";
            string Nested(int n) => $"صفحه ۱۲ {n.ToString("D2")}";
        }
        """);

    [Fact]
    public Task Persian_text_is_fixed_to_Persian_digits_first() => VerifyFix("""
        class C { string date = {|LC0002:"تاریخ انتشار:۲۲ تير ۱۴۰۰ - ۱۹:۰۸ - 13 July 2021"|}; }
        """, """
        class C { string date = "تاریخ انتشار:۲۲ تير ۱۴۰۰ - ۱۹:۰۸ - ۱۳ July ۲۰۲۱"; }
        """);

    [Fact]
    public Task The_second_action_converts_to_the_other_system_used() => VerifyFix("""
        class C { string date = {|LC0002:"تاریخ ۲۲ تیر ۱۴۰۰ - 13 July 2021"|}; }
        """, """
        class C { string date = "تاریخ 22 تیر 1400 - 13 July 2021"; }
        """, "LC0002.Latin");

    [Fact]
    public Task Arabic_text_is_fixed_to_Arabic_Indic_digits_first_and_separators_stay() => VerifyFix("""
        class C { string price = {|LC0002:"السعر ٣٫٥ دينار، وليس 4.5 ولا ۶٬۰۰۰ في المدينة"|}; }
        """, """
        class C { string price = "السعر ٣٫٥ دينار، وليس ٤.٥ ولا ٦٬٠٠٠ في المدينة"; }
        """);

    [Fact]
    public Task Text_without_letters_goes_to_the_most_used_system() => VerifyFix("""
        class C { string s = {|LC0002:"12-34-۵"|}; }
        """, """
        class C { string s = "12-34-5"; }
        """);

    [Fact]
    public Task Escapes_stay_escapes_and_only_digits_change() => VerifyFix("""
        class C { string s = {|LC0002:"\u06F1\t2\x0031 ۳ \"q\""|}; }
        """, """
        class C { string s = "\u06F1\t۲\u06F1 ۳ \"q\""; }
        """);

    [Fact]
    public Task Interpolated_text_parts_are_fixed_and_holes_are_left_alone() => VerifyFix("""
        class C { string M(int n) => {|LC0002:$"صفحه ۱ {n:D2} از 3 {{۴}}"|}; }
        """, """
        class C { string M(int n) => $"صفحه ۱ {n:D2} از ۳ {{۴}}"; }
        """);

    [Fact]
    public Task Raw_and_utf8_literals_keep_their_delimiters() => VerifyFix(""""
        class C
        {
            string raw = {|LC0002:"""
                صفحه ۱
                از 3
                """|};
            System.ReadOnlySpan<byte> Utf8 => {|LC0002:@"صفحه ۱ از 3"u8|};
        }
        """", """"
        class C
        {
            string raw = """
                صفحه ۱
                از ۳
                """;
            System.ReadOnlySpan<byte> Utf8 => @"صفحه ۱ از ۳"u8;
        }
        """");

    [Fact]
    public Task Fix_all_gives_each_literal_the_digits_of_its_own_language() =>
        new FixTest<MixedDigitSystemsAnalyzer, MixedDigitSystemsCodeFixProvider>("""
            class C
            {
                string fa = {|LC0002:"صفحه ۱ از 3"|};
                string ar = {|LC0002:"صفحة ١ من 3"|};
                string none = {|LC0002:"1/2/۳"|};
            }
            """, """
            class C
            {
                string fa = "صفحه ۱ از ۳";
                string ar = "صفحة ١ من ٣";
                string none = "1/2/3";
            }
            """) { CodeActionEquivalenceKey = MixedDigitSystemsCodeFixProvider.BestFitKey }.RunAsync();

    [Fact]
    public Task A_content_file_line_mixing_digits_is_reported_from_its_first_to_its_last_digit() =>
        new RuleTest<MixedDigitSystemsAnalyzer>("class C { }")
            .WithContentFile("/0/Content/News.fa.txt", "عنوان\nکد خبر: ۲۰۶۳۵۶\nتاریخ:۲۲ تير ۱۴۰۰ - 13 July 2021\n")
            .Expect(Verifier.Diagnostic("LC0002").WithSpan("/0/Content/News.fa.txt", 3, 7, 3, 33).WithArguments("Persian (۰-۹) and Latin (0-9)"))
            .RunAsync();

    [Fact]
    public Task A_file_that_is_not_a_LocalizedContent_item_is_not_checked()
    {
        var test = new RuleTest<MixedDigitSystemsAnalyzer>("class C { }");
        test.TestState.AdditionalFiles.Add(("/0/notes.txt", "۱۲ and 34"));
        return test.RunAsync();
    }

    [Fact]
    public Task Resx_values_are_checked_at_their_line_and_column() =>
        new RuleTest<MixedDigitSystemsAnalyzer>("class C { }")
            .WithContentFile("/0/Resources/Strings.fa.resx", """
                <?xml version="1.0" encoding="utf-8"?>
                <root>
                  <data name="Ok" xml:space="preserve"><value>صفحه ۱۲</value></data>
                  <data name="Page" xml:space="preserve">
                    <value>صفحه &amp; ۱ از 3</value>
                    <comment>12 and ۱۲ in a comment are not content</comment>
                  </data>
                </root>
                """)
            .Expect(Verifier.Diagnostic("LC0002").WithSpan("/0/Resources/Strings.fa.resx", 5, 23, 5, 29).WithArguments("Persian (۰-۹) and Latin (0-9)"))
            .RunAsync();

    /// <summary>Issue 15: the 0 of {0} is a placeholder index, not a Latin digit of the text.</summary>
    [Fact]
    public Task Digits_of_format_items_and_ICU_placeholders_in_a_resx_value_are_not_text() =>
        new RuleTest<MixedDigitSystemsAnalyzer>("class C { }")
            .WithContentFile("/0/Resources/Strings.fa.resx", """
                <root>
                  <data name="A"><value>لطفا کد ۶ رقمی که ارسال کردیم وارد کنید: {0}</value></data>
                  <data name="B"><value>مبلغ ۱۲ برابر {0:N2} و {1,-10} و {2,5:0.0}</value></data>
                  <data name="C"><value>{count, plural, offset:1 =0 {هیچ} =1 {یک فایل} other {# فایل}} از ۳</value></data>
                  <data name="D"><value>{n, number, ::percent scale/100} ۵</value></data>
                </root>
                """)
            .RunAsync();

    [Fact]
    public Task Digits_of_the_text_around_and_inside_plural_cases_still_count() =>
        new RuleTest<MixedDigitSystemsAnalyzer>("class C { }")
            .WithContentFile("/0/Resources/Strings.fa.resx", """
                <root>
                  <data name="A"><value>لطفا کد ۶ رقمی {0} یا 12</value></data>
                  <data name="B"><value>{count, plural, =1 {۱ فایل} other {# فایل از 3 پوشه}}</value></data>
                  <data name="C"><value>صفحه ۱ {{0}}</value></data>
                  <data name="D"><value>صفحه ۱ {0</value></data>
                </root>
                """)
            .Expect(
                Verifier.Diagnostic("LC0002").WithSpan("/0/Resources/Strings.fa.resx", 2, 33, 2, 49).WithArguments("Persian (۰-۹) and Latin (0-9)"),
                Verifier.Diagnostic("LC0002").WithSpan("/0/Resources/Strings.fa.resx", 3, 45, 3, 71).WithArguments("Persian (۰-۹) and Latin (0-9)"),
                // Escaped braces are text, and so is a placeholder that never closes.
                Verifier.Diagnostic("LC0002").WithSpan("/0/Resources/Strings.fa.resx", 4, 30, 4, 35).WithArguments("Persian (۰-۹) and Latin (0-9)"),
                Verifier.Diagnostic("LC0002").WithSpan("/0/Resources/Strings.fa.resx", 5, 30, 5, 34).WithArguments("Persian (۰-۹) and Latin (0-9)"))
            .RunAsync();

    [Fact]
    public Task A_multi_line_resx_value_with_CRLF_is_reported_across_its_lines() =>
        new RuleTest<MixedDigitSystemsAnalyzer>("class C { }")
            .WithContentFile("/0/Resources/Lines.fa.resx",
                "<root>\r\n  <data name=\"A\"><value>خط ۱\r\nخط 2</value></data>\r\n</root>\r\n")
            .Expect(Verifier.Diagnostic("LC0002").WithSpan("/0/Resources/Lines.fa.resx", 2, 28, 3, 5).WithArguments("Persian (۰-۹) and Latin (0-9)"))
            .RunAsync();

    [Fact]
    public Task Malformed_resx_does_not_crash_and_keeps_what_it_read() =>
        new RuleTest<MixedDigitSystemsAnalyzer>("class C { }")
            .WithContentFile("/0/Resources/Broken.resx", """
                <root>
                  <data name="A"><value>1 و ۲</value></data>
                  <data name="B"><value>&xxe;</value>
                  <data
                """)
            .Expect(Verifier.Diagnostic("LC0002").WithSpan("/0/Resources/Broken.resx", 2, 25, 2, 30).WithArguments("Persian (۰-۹) and Latin (0-9)"))
            .RunAsync();

    /// <summary>One DTD policy for the generator and the analyzers (issue 13): a .resx with a DTD is not read at all
    /// (the generator reports LC1028 for it), so its entries are not checked either.</summary>
    [Fact]
    public Task A_resx_with_a_DTD_is_not_read_as_the_generator_does_not_read_it() =>
        new RuleTest<MixedDigitSystemsAnalyzer>("class C { }")
            .WithContentFile("/0/Resources/Dtd.resx", """
                <!DOCTYPE root [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <root>
                  <data name="A"><value>1 و ۲</value></data>
                </root>
                """)
            .RunAsync();

    [Fact]
    public Task The_Persian_seed_shows_LC0002_on_its_date_line() =>
        new RuleTest<MixedDigitSystemsAnalyzer>("class C { }")
            .WithContentFile("/0/Content/WeChatNews.fa.txt", File.ReadAllText(Repository.PathOf("samples", "NewsReader", "Content", "WeChatNews.fa.txt")))
            .Expect(Verifier.Diagnostic("LC0002").WithSpan("/0/Content/WeChatNews.fa.txt", 5, 14, 5, 48).WithArguments("Persian (۰-۹) and Latin (0-9)"))
            .RunAsync();
}
