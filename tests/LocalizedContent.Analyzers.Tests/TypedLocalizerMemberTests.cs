using Microsoft.CodeAnalysis.Testing;

using FixTest = LocalizedContent.Analyzers.Tests.Infrastructure.LocalizerTest<LocalizedContent.Analyzers.TypedLocalizerMemberAnalyzer, LocalizedContent.CodeFixes.TypedLocalizerMemberCodeFixProvider>;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>LC0010: a lookup on IStringLocalizer&lt;T&gt; of a generated class, used as a string, becomes the typed member.</summary>
public class TypedLocalizerMemberTests
{
    private static readonly string Strings = FixTest.Resx(
        ("Welcome", "خوش آمدید"),
        ("Shared", "{0} {1:N0} مطلب را هم‌رسانی کرد"),
        ("Title", "عنوان"));

    private static DiagnosticResult UseTyped(int location, string member, string lookup) =>
        new DiagnosticResult("LC0010", Microsoft.CodeAnalysis.DiagnosticSeverity.Info).WithLocation(location)
            .WithMessage($"Use {member} instead of {lookup}: the compiler checks the key and the arguments");

    [Fact]
    public Task Lookups_used_as_strings_become_the_typed_members()
    {
        var test = new FixTest("""
            using App.Resources;
            using Microsoft.Extensions.Localization;
            class Page(IStringLocalizer<Strings> localizer)
            {
                string A => {|#0:localizer["Welcome"]|};
                string B(string name, int count) => {|#1:localizer["Shared", name, count]|};
                string C => $"<h1>{{|#2:localizer["Title"]|}}</h1>";
                string D => {|#3:localizer.GetString("Title").Value|};
                string E(string name, int count) => {|#4:localizer["Shared", new object[] { name, count }]|};
                string F => {|#5:localizer["Title"].Value|}.Trim();
            }
            """, """
            using App.Resources;
            using Microsoft.Extensions.Localization;
            class Page(IStringLocalizer<Strings> localizer)
            {
                string A => Strings.Welcome;
                string B(string name, int count) => Strings.Shared(name, count);
                string C => $"<h1>{Strings.Title}</h1>";
                string D => Strings.Title;
                string E(string name, int count) => Strings.Shared(name, count);
                string F => Strings.Title.Trim();
            }
            """).WithResx(Strings);
        test.ExpectedDiagnostics.Add(UseTyped(0, "Strings.Welcome", "localizer[\"Welcome\"]"));
        test.ExpectedDiagnostics.Add(UseTyped(1, "Strings.Shared(…)", "localizer[\"Shared\", name, count]"));
        test.ExpectedDiagnostics.Add(UseTyped(2, "Strings.Title", "localizer[\"Title\"]"));
        test.ExpectedDiagnostics.Add(UseTyped(3, "Strings.Title", "localizer.GetString(\"Title\").Value"));
        test.ExpectedDiagnostics.Add(UseTyped(4, "Strings.Shared(…)", "localizer[\"Shared\", new object[] { name, count }]"));
        test.ExpectedDiagnostics.Add(UseTyped(5, "Strings.Title", "localizer[\"Title\"].Value"));
        return test.RunAsync();
    }

    [Fact]
    public Task Lookups_kept_as_LocalizedString_or_that_would_not_compile_are_left_alone()
    {
        // A LocalizedString variable or object (ResourceNotFound, SearchedLocation are read from it), arguments the
        // typed method does not take (an object for the number), a receiver with side effects, a missing key (LC0009).
        var test = new FixTest("""
            using App.Resources;
            using Microsoft.Extensions.Localization;
            class Page(IStringLocalizer<Strings> localizer)
            {
                LocalizedString A => localizer["Welcome"];
                object B => localizer["Welcome"];
                string C(string name, object count) => localizer["Shared", name, count];
                string D => Make()["Welcome"];
                string E => localizer["Missing"];
                string F(string name) => localizer["Shared", name];
                IStringLocalizer<Strings> Make() => localizer;
            }
            """).WithResx(Strings);
        return test.RunAsync();
    }
}
