using LocalizedContent.Analyzers.Tests.Infrastructure;
using LocalizedContent.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>LC0003: Arabic letter forms in Persian text and Persian forms in Arabic text, and its fix.</summary>
public class MismatchedLetterFormsTests
{
    private static Task Verify(string source, params DiagnosticResult[] expected) =>
        new RuleTest<MismatchedLetterFormsAnalyzer>(source).Expect(expected).RunAsync();

    private static Task VerifyFix(string source, string fixedSource) =>
        new FixTest<MismatchedLetterFormsAnalyzer, MismatchedLetterFormsCodeFixProvider>(source, fixedSource).RunAsync();

    [Fact]
    public Task Arabic_yeh_in_Persian_text_is_reported() => Verify("""
        class C { string s = {|#0:"این کتاب زيبا است"|}; }
        """, Verifier.Diagnostic("LC0003").WithLocation(0).WithArguments("Persian", "ي (U+064A)", "Persian writes ی (U+06CC) and ک (U+06A9)"));

    [Fact]
    public Task Persian_yeh_in_Arabic_text_is_reported() => Verify("""
        class C { string s = {|#0:"كتاب جمیل في المكتبة"|}; }
        """, Verifier.Diagnostic("LC0003").WithLocation(0).WithArguments("Arabic", "ی (U+06CC)", "Arabic writes ي (U+064A) and ك (U+0643)"));

    [Fact]
    public Task Interpolated_and_raw_strings_are_checked() => Verify(""""
        class C
        {
            string Interpolated(int n) => {|LC0003:$"پیام {n} از كاربر"|};
            string raw = {|LC0003:"""پیام كاربر"""|};
        }
        """");

    [Fact]
    public Task Persian_only_letters_decide_even_when_every_yeh_and_kaf_is_Arabic() => Verify("""
        class C { string s = {|#0:"پيام كاربر"|}; }
        """, Verifier.Diagnostic("LC0003").WithLocation(0).WithArguments("Persian", "ي (U+064A), ك (U+0643)", "Persian writes ی (U+06CC) and ک (U+06A9)"));

    [Fact]
    public Task Consistent_and_undecided_texts_are_not_reported() => Verify("""
        class C
        {
            string persian = "این کتاب زیبا است";
            string arabic = "كتاب جميل في المكتبة";
            string tie = "تاریخ تير";
            string alone = "تير";
            string latin = "kaf";
        }
        """);

    [Fact]
    public Task Persian_fix_replaces_only_yeh_alef_maksura_and_kaf_and_trims_nothing() => VerifyFix("""
        class C { string s = {|LC0003:" پيام كتاب زيبا از مصطفى ۱۲ است\t"|}; }
        """, """
        class C { string s = " پیام کتاب زیبا از مصطفی ۱۲ است\t"; }
        """);

    [Fact]
    public Task Arabic_fix_writes_Arabic_forms() => VerifyFix("""
        class C { string s = {|LC0003:"كتاب جمیل في المکتبة"|}; }
        """, """
        class C { string s = "كتاب جميل في المكتبة"; }
        """);

    [Fact]
    public Task Escaped_letters_are_fixed_as_escapes() => VerifyFix("""
        class C { string s = {|LC0003:"پیر \u0643و"|}; }
        """, """
        class C { string s = "پیر \u06A9و"; }
        """);

    [Fact]
    public Task Fix_all_fixes_each_literal_in_its_own_language() =>
        new FixTest<MismatchedLetterFormsAnalyzer, MismatchedLetterFormsCodeFixProvider>("""
            class C
            {
                string fa = {|LC0003:"پیام كاربر"|};
                string ar = {|LC0003:"رسالة المستخدم کبیرة"|};
                string F(int n) => {|LC0003:$"پیام {n} كاربر"|};
            }
            """, """
            class C
            {
                string fa = "پیام کاربر";
                string ar = "رسالة المستخدم كبيرة";
                string F(int n) => $"پیام {n} کاربر";
            }
            """).RunAsync();

    [Fact]
    public Task A_Persian_content_file_is_judged_by_its_culture_and_reported_at_the_letter() =>
        new RuleTest<MismatchedLetterFormsAnalyzer>("class C { }")
            .WithContentFile("/0/Content/News.fa.txt", "عنوان خبر\nتاریخ:۲۲ تير\n")
            .Expect(Verifier.Diagnostic("LC0003").WithSpan("/0/Content/News.fa.txt", 2, 11, 2, 12).WithArguments("Persian", "ي (U+064A)", "Persian writes ی (U+06CC) and ک (U+06A9)"))
            .RunAsync();

    [Fact]
    public Task Culture_metadata_overrides_the_file_name() =>
        new RuleTest<MismatchedLetterFormsAnalyzer>("class C { }")
            .WithContentFile("/0/Content/News.txt", "كتاب جمیل\n", "build_metadata.AdditionalFiles.Culture = ar-SA")
            .Expect(Verifier.Diagnostic("LC0003").WithSpan("/0/Content/News.txt", 1, 8, 1, 9).WithArguments("Arabic", "ی (U+06CC)", "Arabic writes ي (U+064A) and ك (U+0643)"))
            .RunAsync();

    [Fact]
    public Task Values_of_a_neutral_resx_are_judged_by_their_own_letters() =>
        new RuleTest<MismatchedLetterFormsAnalyzer>("class C { }")
            .WithContentFile("/0/Resources/Strings.resx", """
                <root>
                  <data name="Fa"><value>پیام كاربر</value></data>
                  <data name="Ar"><value>رسالة المستخدم</value></data>
                </root>
                """)
            .Expect(Verifier.Diagnostic("LC0003").WithSpan("/0/Resources/Strings.resx", 2, 31, 2, 32).WithArguments("Persian", "ك (U+0643)", "Persian writes ی (U+06CC) and ک (U+06A9)"))
            .RunAsync();

    [Fact]
    public Task The_Persian_seed_shows_LC0003_on_its_date_line() =>
        new RuleTest<MismatchedLetterFormsAnalyzer>("class C { }")
            .WithContentFile("/0/Content/WeChatNews.fa.txt", File.ReadAllText(Repository.PathOf("samples", "NewsReader", "Content", "WeChatNews.fa.txt")))
            .Expect(Verifier.Diagnostic("LC0003").WithSpan("/0/Content/WeChatNews.fa.txt", 5, 18, 5, 19).WithArguments("Persian", "ي (U+064A)", "Persian writes ی (U+06CC) and ک (U+06A9)"))
            .RunAsync();

    [Fact]
    public Task The_Arabic_seed_has_no_Persian_forms() =>
        new RuleTest<MismatchedLetterFormsAnalyzer>("class C { }")
            .WithContentFile("/0/Content/WeChatNews.ar.txt", File.ReadAllText(Repository.PathOf("samples", "NewsReader", "Content", "WeChatNews.ar.txt")))
            .RunAsync();
}
