using Microsoft.CodeAnalysis.Testing;

using RazorTest = LocalizedContent.Analyzers.Tests.Infrastructure.LocalizerTest<LocalizedContent.Analyzers.RazorTextAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;
using Test = LocalizedContent.Analyzers.Tests.Infrastructure.LocalizerTest<LocalizedContent.Analyzers.LocalizerKeyAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>LC0009: keys and argument counts of IStringLocalizer&lt;T&gt; lookups checked against the LocalizedContent .resx of T.</summary>
public class LocalizerKeyTests
{
    private static readonly string Strings = Test.Resx(
        ("Welcome", "خوش آمدید"),
        ("Shared", "{0} {1} مطلب را هم‌رسانی کرد"),
        ("Title", "عنوان"));

    private static DiagnosticResult MissingKey(int location, string key, string nearest = "") =>
        new DiagnosticResult("LC0009", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(location)
            .WithMessage($"'{key}' is not a key of App.Resources.Strings: the localizer returns the key itself{(nearest.Length == 0 ? "" : "; did you mean '" + nearest + "'?")}");

    private static DiagnosticResult ArgumentCount(int location, string key, int expected, int actual) =>
        new DiagnosticResult("LC0009", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(location)
            .WithMessage($"'{key}' of App.Resources.Strings takes {expected} argument(s), not {actual}");

    [Fact]
    public Task A_key_the_neutral_resx_does_not_have_is_reported_with_the_nearest_key()
    {
        var test = new Test("""
            using App.Resources;
            using Microsoft.Extensions.Localization;
            class Page(IStringLocalizer<Strings> localizer)
            {
                string A => localizer[{|#0:"Welcom"|}];
                string B => localizer[{|#1:"welcome"|}];
                string C => localizer.GetString({|#2:"Goodbye"|});
                string D => localizer["Welcome"];
            }
            """).WithResx(Strings);
        test.ExpectedDiagnostics.Add(MissingKey(0, "Welcom", "Welcome"));
        test.ExpectedDiagnostics.Add(MissingKey(1, "welcome", "Welcome"));
        test.ExpectedDiagnostics.Add(MissingKey(2, "Goodbye"));
        return test.RunAsync();
    }

    [Fact]
    public Task Another_number_of_arguments_than_the_typed_member_takes_is_reported()
    {
        var test = new Test("""
            using App.Resources;
            using Microsoft.Extensions.Localization;
            class Page(IStringLocalizer<Strings> localizer)
            {
                string A(string name) => {|#0:localizer["Shared", name]|};
                string B => {|#1:localizer["Welcome", 1]|};
                string C(string name, int count) => {|#2:localizer.GetString("Shared", name, count, 3)|};
                string D(string name) => {|#3:localizer["Shared", new object[] { name }]|};
                string E(string name, int count) => localizer["Shared", name, count];
                string F(string name, int count) => localizer.GetString("Shared", new object[] { name, count });
                string G(object[] values) => localizer["Shared", values];
            }
            """).WithResx(Strings);
        test.ExpectedDiagnostics.Add(ArgumentCount(0, "Shared", 2, 1));
        test.ExpectedDiagnostics.Add(ArgumentCount(1, "Welcome", 0, 1));
        test.ExpectedDiagnostics.Add(ArgumentCount(2, "Shared", 2, 3));
        test.ExpectedDiagnostics.Add(ArgumentCount(3, "Shared", 2, 1));
        return test.RunAsync();
    }

    [Fact]
    public Task Keys_that_are_not_constants_and_other_localizers_are_not_checked()
    {
        var test = new Test("""
            using App.Resources;
            using Microsoft.Extensions.Localization;
            class Other { }
            class Page(IStringLocalizer<Strings> localizer, IStringLocalizer<Other> other, IStringLocalizer plain, Mine.IStringLocalizer<Strings> mine)
            {
                const string Key = "Title";
                string A(string key) => localizer[key];
                string B => localizer[Key];
                string C => other["Missing"];
                string D => plain["Missing"];
                string E(string[] names) => names[0];
                string F => mine["Missing"];
            }
            namespace Mine
            {
                // The same name in another namespace: not ASP.NET Core's localizer.
                interface IStringLocalizer<T> { string this[string name] { get; } }
            }
            """).WithResx(Strings);
        return test.RunAsync();
    }

    [Fact]
    public Task A_key_only_a_culture_file_has_is_reported()
    {
        var test = new Test("""
            using App.Resources;
            using Microsoft.Extensions.Localization;
            class Page(IStringLocalizer<Strings> localizer)
            {
                string A => localizer[{|#0:"Farewell"|}];
            }
            """).WithResx(Strings).WithResx(Test.Resx(("Welcome", "أهلا"), ("Farewell", "وداعا")), generated: false, path: "/app/Resources/Strings.ar.resx");
        test.ExpectedDiagnostics.Add(MissingKey(0, "Farewell"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_marker_class_named_like_the_resource_set_is_checked_for_keys()
    {
        // IStringLocalizer<T> of a class of the user's whose full name is the .resx set's class: the keys are the
        // .resx file's; without the generated members there is no argument count to compare with.
        var test = new Test("""
            using Microsoft.Extensions.Localization;
            namespace App.Resources { public class Strings { } }
            class Page(IStringLocalizer<App.Resources.Strings> localizer)
            {
                string A => localizer[{|#0:"Titel"|}];
                string B => localizer["Shared", 1, 2, 3];
            }
            """).WithResx(Strings, generated: false);
        test.ExpectedDiagnostics.Add(MissingKey(0, "Titel", "Title"));
        return test.RunAsync();
    }

    [Fact]
    public Task Lookups_written_in_a_Razor_file_are_checked_and_the_scaffolding_is_not()
    {
        // The shape of the Razor generator's C# for Pages/Index.cshtml with @inject IStringLocalizer<Strings> L and
        // <h1>@L["Welcom"]</h1>: the lookup in a #line region mapped to the .cshtml (the build prints the .cshtml's
        // line and column), the scaffolding hidden; the tree is generated code, which LC0009 otherwise skips.
        // RazorTextAnalyzer reads the Razor trees for every rule, LC0009 among them (LocalizerKeyAnalyzer skips
        // generated trees).
        var test = new RazorTest("""
            class Empty { }
            """).WithResx(Strings);
        test.TestState.Sources.Add(("/app/Pages/Index_cshtml.g.cs", """
            #pragma checksum "/app/Pages/Index.cshtml" "{8829d00f-11b8-4213-878b-770e8597ac16}" "0000000000000000000000000000000000000000000000000000000000000000"
            // <auto-generated/>
            #pragma warning disable 1591
            namespace AspNetCoreGeneratedDocument
            {
                using Microsoft.Extensions.Localization;
                internal sealed class Pages_Index
                {
                    public IStringLocalizer<App.Resources.Strings> L { get; set; } = null!;
                    private void Write(object? value) { }
                    public void Execute()
                    {
                        Write(L["Hidden"]);
            #nullable restore
            #line (2,6)-(2,17) 6 "/app/Pages/Index.cshtml"
            Write(L[{|#0:"Welcom"|}]);

            #line default
            #line hidden
            #nullable disable
                    }
                }
            }
            """));
        test.ExpectedDiagnostics.Add(MissingKey(0, "Welcom", "Welcome"));
        return test.RunAsync();
    }
}
