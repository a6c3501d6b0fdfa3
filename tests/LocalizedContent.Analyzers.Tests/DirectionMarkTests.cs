using LocalizedContent.Analyzers.Tests.Infrastructure;
using LocalizedContent.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>LC0005: raw LRM, RLM and ALM in literals, and the fix that escapes them.</summary>
public class DirectionMarkTests
{
    private static Task VerifyFix(string source, string fixedSource) =>
        new FixTest<DirectionMarkAnalyzer, DirectionMarkCodeFixProvider>(source, fixedSource).RunAsync();

    [Fact]
    public Task Raw_marks_in_literals_are_reported_as_info() => new RuleTest<DirectionMarkAnalyzer>("""
        class C
        {
            string rlm = "سلام{|#0:⟨RLM⟩|}!";
            string lrm = "C#{|#1:⟨LRM⟩|}";
            string F(int n) => $"{n}{|#2:⟨ALM⟩|}%";
            char c = '{|#3:⟨RLM⟩|}';
        }
        """).Expect(
            new DiagnosticResult("LC0005", DiagnosticSeverity.Info).WithLocation(0).WithArguments("RIGHT-TO-LEFT MARK (U+200F)"),
            new DiagnosticResult("LC0005", DiagnosticSeverity.Info).WithLocation(1).WithArguments("LEFT-TO-RIGHT MARK (U+200E)"),
            new DiagnosticResult("LC0005", DiagnosticSeverity.Info).WithLocation(2).WithArguments("ARABIC LETTER MARK (U+061C)"),
            new DiagnosticResult("LC0005", DiagnosticSeverity.Info).WithLocation(3)).RunAsync();

    [Fact]
    public Task Escaped_marks_and_marks_outside_literals_are_not_reported() => new RuleTest<DirectionMarkAnalyzer>("""
        class C
        {
            // a comment may hold a mark: ⟨RLM⟩
            string s = "سلام\u200F!";
        }
        """).RunAsync();

    [Fact]
    public Task Fix_escapes_the_mark() => VerifyFix("""
        class C { string s = "سلام{|LC0005:⟨RLM⟩|}!"; }
        """, """
        class C { string s = "سلام\u200F!"; }
        """);

    [Fact]
    public Task Fix_all_escapes_every_mark_and_rewrites_verbatim_and_raw_literals() => VerifyFix(""""
        class C
        {
            string a = "{|LC0005:⟨LRM⟩|}x{|LC0005:⟨RLM⟩|}";
            string b = @"\{|LC0005:⟨ALM⟩|}";
            System.ReadOnlySpan<byte> U => """a{|LC0005:⟨RLM⟩|}b"""u8;
            string F(int n) => $"{n}{|LC0005:⟨RLM⟩|}";
        }
        """", """
        class C
        {
            string a = "\u200Ex\u200F";
            string b = "\\\u061C";
            System.ReadOnlySpan<byte> U => "a\u200Fb"u8;
            string F(int n) => $"{n}\u200F";
        }
        """);
}
