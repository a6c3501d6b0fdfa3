using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using LocalizedContent.Generator.Messages;
using LocalizedContent.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>
/// Issue 18, item 2: with Microsoft.Extensions.Localization.Abstractions referenced, each message class is its own
/// compiled <c>IStringLocalizer&lt;T&gt;</c>, registered by one line (<c>services.AddLocalizedContent()</c>) and
/// served by the factory DataAnnotations and IHtmlLocalizer use. The generated code is compiled against the real
/// Microsoft.Extensions assemblies and resolved from a real ServiceCollection.
/// </summary>
public sealed class StringLocalizerTests
{
    /// <summary>Microsoft.Extensions.* of the test's own runtime (Localization, its Abstractions, DI, Options, Logging).</summary>
    internal static readonly ImmutableArray<MetadataReference> ExtensionsReferences =
        SharedFrameworks.Trusted(name => name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal));

    /// <summary>The consumer's startup code, as a user writes it: AddLocalization, then the one line.</summary>
    private const string Host = """
        using Microsoft.Extensions.DependencyInjection;

        namespace TestApp
        {
            public static class Host
            {
                public static System.IServiceProvider Build(bool addLocalization)
                {
                    var services = new ServiceCollection();
                    // What an ASP.NET Core host has registered (ResourceManagerStringLocalizerFactory logs).
                    services.AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
                    if (addLocalization) services.AddLocalization();
                    services.AddLocalizedContent();
                    return services.BuildServiceProvider();
                }
            }

            public sealed class Other { }
        }
        """;

    private static GeneratorHarness Strings(GeneratorHarness? harness = null)
    {
        harness ??= new GeneratorHarness();
        foreach (var reference in ExtensionsReferences) harness.WithReference(reference);
        return harness
            .AddFile("Resources/Strings.resx", Resx(
                ("AppName", "News Reader"),
                ("DailyUsers", "{app} has {count, number} daily users"),
                ("NewArticles", "{count, plural, one {# new article} other {# new articles}}"),
                ("Due", "Due {d, date, long}"),
                ("Price", "Total {0:N2} for {1}")))
            .AddFile("Resources/Strings.ar.resx", Resx(
                ("AppName", "قارئ الأخبار"),
                ("DailyUsers", "لدى {app} {count, number} مستخدم يومياً"),
                ("NewArticles", "{count, plural, zero {لا مقالات جديدة} one {مقالة جديدة} two {مقالتان جديدتان} few {# مقالات جديدة} many {# مقالة جديدة} other {# مقالة جديدة}}"),
                ("Due", "الاستحقاق {d, date, long}"),
                ("Price", "المجموع {0:N2} لـ {1}")))
            .AddFile("Resources/Strings.fa.resx", Resx(
                ("AppName", "خبرخوان"),
                ("DailyUsers", "{app} {count, number} کاربر روزانه دارد"),
                ("NewArticles", "{count, plural, one {# مقالهٔ تازه} other {# مقالهٔ تازه}}"),
                ("Due", "سررسید {d, date, long}")));
    }

    private static (Assembly Assembly, IServiceProvider Services) Build(bool addLocalization = true)
    {
        var assembly = CompileAndLoad(Strings().WithSource(Host));
        var services = (IServiceProvider)assembly.GetType("TestApp.Host")!.GetMethod("Build")!.Invoke(null, [addLocalization])!;
        return (assembly, services);
    }

    private static IStringLocalizer LocalizerOf(Assembly assembly, IServiceProvider services) =>
        (IStringLocalizer)services.GetRequiredService(typeof(IStringLocalizer<>).MakeGenericType(assembly.GetType(ClassName, throwOnError: true)!));

    private static T InCulture<T>(string culture, Func<T> action)
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Theory]
    [InlineData("fa")]
    [InlineData("ar-EG")]
    [InlineData("fa-IR")] // no file of its own: falls back to fa, as the class's members do
    [InlineData("fr")] // no file of its language: the neutral file
    [InlineData("")] // invariant
    public void Indexers_serve_what_the_typed_members_write(string culture)
    {
        var (assembly, services) = Build();
        var localizer = LocalizerOf(assembly, services);
        var due = new DateTime(2026, 3, 21, 10, 30, 0);

        InCulture(culture, () =>
        {
            AssertFound(Call(assembly, culture, "AppName"), localizer["AppName"]);
            AssertFound(Call(assembly, culture, "DailyUsers", "WeChat", 19_000_000m), localizer["DailyUsers", "WeChat", 19_000_000]);
            AssertFound(Call(assembly, culture, "NewArticles", 3m), localizer["NewArticles", 3]);
            AssertFound(Call(assembly, culture, "NewArticles", 1m), localizer["NewArticles", 1L]);
            AssertFound(Call(assembly, culture, "Due", due), localizer["Due", due]);
            AssertFound(Call(assembly, culture, "Due", due), localizer["Due", new DateTimeOffset(due, TimeSpan.FromHours(3.5))]);
            AssertFound(Call(assembly, culture, "Price", 1234.5, "Ali"), localizer["Price", 1234.5, "Ali"]);
            return 0;
        });
    }

    private static void AssertFound(string expected, LocalizedString actual)
    {
        Assert.Equal(Show(expected), Show(actual.Value));
        Assert.False(actual.ResourceNotFound);
        Assert.Equal(ClassName, actual.SearchedLocation);
    }

    [Fact]
    public void Without_arguments_a_message_is_its_raw_text_and_an_unknown_key_is_not_found()
    {
        var (assembly, services) = Build();
        var localizer = LocalizerOf(assembly, services);

        Assert.Equal("{app} {count, number} کاربر روزانه دارد", InCulture("fa-IR", () => localizer["DailyUsers"].Value));
        Assert.Equal("Total {0:N2} for {1}", InCulture("fa", () => localizer["Price"].Value)); // fa has no Price: the neutral text
        // A key without arguments ignores extra ones, as string.Format does.
        Assert.Equal("خبرخوان", InCulture("fa", () => localizer["AppName", "extra"].Value));

        var missing = InCulture("fa", () => localizer["Missing"]);
        Assert.Equal(("Missing", "Missing", true), (missing.Name, missing.Value, missing.ResourceNotFound));
        var missingWithArguments = InCulture("fa", () => localizer["{0} missing", 1]);
        Assert.Equal(("{0} missing", true), (missingWithArguments.Value, missingWithArguments.ResourceNotFound));
        Assert.Throws<ArgumentNullException>(() => localizer[null!]);
    }

    [Fact]
    public void Too_few_arguments_or_a_wrong_type_is_a_FormatException_that_names_the_message()
    {
        var (assembly, services) = Build();
        var localizer = LocalizerOf(assembly, services);

        var count = Assert.Throws<FormatException>(() => localizer["DailyUsers", "WeChat"]);
        Assert.Contains("'DailyUsers' takes 2 argument(s); 1 given", count.Message, StringComparison.Ordinal);
        var number = Assert.Throws<FormatException>(() => localizer["NewArticles", "three"]);
        Assert.Contains("Argument 0 of the message 'NewArticles' must be a number; got System.String", number.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => localizer["Due", "tomorrow"]);
        Assert.Throws<FormatException>(() => localizer["Price", "cheap", "Ali"]);
    }

    [Fact]
    public void GetAllStrings_lists_the_cultures_own_keys_or_every_key_with_parent_cultures()
    {
        var (assembly, services) = Build();
        var localizer = LocalizerOf(assembly, services);

        var own = InCulture("fa-IR", () => localizer.GetAllStrings(includeParentCultures: false).ToList());
        Assert.Equal(["AppName", "DailyUsers", "NewArticles", "Due"], own.Select(s => s.Name));
        Assert.Equal("خبرخوان", own[0].Value);
        var all = InCulture("fa-IR", () => localizer.GetAllStrings(includeParentCultures: true).ToList());
        Assert.Equal(["AppName", "DailyUsers", "NewArticles", "Due", "Price"], all.Select(s => s.Name));
        Assert.Equal("Total {0:N2} for {1}", all[4].Value);
        Assert.All(all, s => Assert.False(s.ResourceNotFound));
        Assert.Equal(5, InCulture("ar-EG", () => localizer.GetAllStrings(false).Count()));
    }

    [Fact]
    public void The_factory_serves_generated_types_and_hands_others_to_the_previous_registration()
    {
        var (assembly, services) = Build();
        var strings = assembly.GetType(ClassName, throwOnError: true)!;
        var factory = services.GetRequiredService<IStringLocalizerFactory>();

        // What AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (t, f) => f.Create(typeof(Strings))) calls.
        var compiled = factory.Create(strings);
        Assert.Same(LocalizerOf(assembly, services), compiled);
        Assert.Equal("قارئ الأخبار", InCulture("ar-EG", () => compiled["AppName"].Value));
        Assert.Same(compiled, factory.Create("Resources.Strings", "TestApp"));
        Assert.Same(compiled, factory.Create(ClassName, "Elsewhere"));

        // Another type goes to AddLocalization's ResourceManagerStringLocalizerFactory.
        Assert.IsType<ResourceManagerStringLocalizer>(factory.Create(assembly.GetType("TestApp.Other")!));

        // The open generic StringLocalizer<T> of AddLocalization goes through the factory too: IHtmlLocalizer<T> does.
        var generic = (IStringLocalizer)ActivatorUtilities.CreateInstance(services, typeof(StringLocalizer<>).MakeGenericType(strings));
        Assert.Equal("خبرخوان", InCulture("fa", () => generic["AppName"].Value));
    }

    [Fact]
    public void Without_AddLocalization_the_generated_localizers_resolve_and_other_types_find_nothing()
    {
        var (assembly, services) = Build(addLocalization: false);
        Assert.Equal("قارئ الأخبار", InCulture("ar", () => LocalizerOf(assembly, services)["AppName"].Value));
        var other = services.GetRequiredService<IStringLocalizerFactory>().Create(typeof(object));
        Assert.True(other["Anything"].ResourceNotFound);
        Assert.Empty(other.GetAllStrings(true));
    }

    [Fact]
    public void Designer_shaped_classes_serve_raw_texts_and_their_Format_methods()
    {
        var designer = new Dictionary<string, string> { ["Shape"] = "designer" };
        var harness = new GeneratorHarness().WithSource(Host);
        foreach (var reference in ExtensionsReferences) harness.WithReference(reference);
        var assembly = CompileAndLoad(harness
            .AddFile("Resources/Strings.resx", Resx(("Title", "News"), ("Greeting", "Hello {0}"), ("Items", "{count, plural, one {# item} other {# items}}")), designer)
            .AddFile("Resources/Strings.fa.resx", Resx(("Title", "اخبار"), ("Greeting", "سلام {0}"))));
        var services = (IServiceProvider)assembly.GetType("TestApp.Host")!.GetMethod("Build")!.Invoke(null, [true])!;
        var localizer = LocalizerOf(assembly, services);

        Assert.Equal("اخبار", InCulture("fa", () => localizer["Title"].Value));
        Assert.Equal("سلام {0}", InCulture("fa", () => localizer["Greeting"].Value));
        Assert.Equal("سلام \u2068Ali\u2069", InCulture("fa", () => localizer["Greeting", "Ali"].Value));
        Assert.Equal("3 items", InCulture("en", () => localizer["Items", 3].Value));
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp12)]
    public void The_localizer_compiles_without_warnings_at_CSharp_7_3_and_with_nullable_annotations(LanguageVersion version)
    {
        var run = Run(Strings(new GeneratorHarness().WithLanguageVersion(version)));
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains("IStringLocalizer<Strings>", run.Source("Strings.StringLocalizer.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_localization_abstractions_nothing_changes()
    {
        var plain = Run(new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(("AppName", "News"))));
        Assert.DoesNotContain(plain.GeneratedSources.Keys, k => k.Contains("StringLocalizer", StringComparison.Ordinal));
        Assert.Contains("static partial class Strings", plain.Source("Strings.Messages.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Abstractions_before_5_0_whose_IStringLocalizer_declares_WithCulture_get_no_localizer()
    {
        var run = Run(new GeneratorHarness()
            .WithSource("""
                namespace Microsoft.Extensions.Localization
                {
                    public interface IStringLocalizer { IStringLocalizer WithCulture(System.Globalization.CultureInfo culture); }
                    public interface IStringLocalizer<out T> : IStringLocalizer { }
                    public interface IStringLocalizerFactory { }
                }
                """)
            .AddFile("Resources/Strings.resx", Resx(("AppName", "News"))));
        Assert.Empty(run.CompilationDiagnostics);
        Assert.DoesNotContain(run.GeneratedSources.Keys, k => k.Contains("StringLocalizer", StringComparison.Ordinal));
        Assert.Contains("static partial class Strings", run.Source("Strings.Messages.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_dependency_injection_the_localizer_and_factory_are_generated_without_the_registration()
    {
        var harness = new GeneratorHarness().AddFile("Resources/Strings.resx", Resx(("AppName", "News")));
        foreach (var reference in ExtensionsReferences.Where(r => r.Display!.Contains("Localization.Abstractions", StringComparison.Ordinal))) harness.WithReference(reference);
        var run = Run(harness);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.DoesNotContain("AddLocalizedContent", run.Source(LocalizerEmitter.SupportHintName), StringComparison.Ordinal);
        Assert.Contains("class StringLocalizerFactory", run.Source(LocalizerEmitter.SupportHintName), StringComparison.Ordinal);
    }

    [Fact]
    public void A_static_partial_declaration_of_the_user_keeps_the_class_static_without_a_localizer_LC1036()
    {
        const string declaration = "namespace TestApp.Resources { public static partial class Strings { } }";
        var harness = new GeneratorHarness().WithSource(declaration).WithSource(Host);
        foreach (var reference in ExtensionsReferences) harness.WithReference(reference);
        var run = Run(harness
            .AddFile("Resources/Strings.resx", Resx(("AppName", "News")))
            .AddFile("Resources/Errors.resx", Resx(("NotFound", "Not found"))));

        var lc1036 = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "LC1036");
        Assert.Equal(DiagnosticSeverity.Warning, lc1036.Severity);
        Assert.Equal(GeneratorHarness.PathOf("Source0.cs"), lc1036.Location.GetLineSpan().Path);
        Assert.Equal(declaration.IndexOf("static", StringComparison.Ordinal), lc1036.Location.SourceSpan.Start);
        Assert.Contains("'Strings' is declared static here", lc1036.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        // The class compiles as before (public, static); the other class still gets its localizer and registration.
        Assert.Empty(run.CompilationDiagnostics);
        Assert.DoesNotContain(run.GeneratedSources.Keys, k => k.EndsWith("Strings.StringLocalizer.g.cs", StringComparison.Ordinal));
        Assert.Contains(run.GeneratedSources.Keys, k => k.EndsWith("Errors.StringLocalizer.g.cs", StringComparison.Ordinal));
        Assert.DoesNotContain("TestApp.Resources.Strings", run.Source(LocalizerEmitter.SupportHintName), StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_partial_declaration_makes_the_localizer_class_public()
    {
        var harness = new GeneratorHarness().WithSource("namespace TestApp.Resources { public partial class Strings { } }");
        foreach (var reference in ExtensionsReferences) harness.WithReference(reference);
        var assembly = CompileAndLoad(harness.AddFile("Resources/Strings.resx", Resx(("AppName", "News"))));
        var type = assembly.GetType(ClassName, throwOnError: true)!;
        Assert.True(type.IsPublic);
        Assert.False(type.IsAbstract && type.IsSealed); // not static
        Assert.Empty(type.GetConstructors()); // no public constructor: the one instance is the registered localizer
    }

    [Fact]
    public void Snapshot_of_the_localizer_part_and_the_registration()
    {
        var harness = new GeneratorHarness();
        foreach (var reference in ExtensionsReferences) harness.WithReference(reference);
        var run = Run(harness
            .AddFile("Resources/Strings.resx", Resx(("AppName", "News Reader"), ("NewArticles", "{count, plural, one {# new article} other {# new articles}}"), ("Price", "Total {0:N2} for {1}")))
            .AddFile("Resources/Strings.fa.resx", Resx(("AppName", "خبرخوان"), ("NewArticles", "{count, plural, one {# مقالهٔ تازه} other {# مقالهٔ تازه}}"))));

        Assert.Empty(run.CompilationDiagnostics);
        Snapshot.Match(run.Source("Strings.StringLocalizer.g.cs"));
        Snapshot.Match(run.Source(LocalizerEmitter.SupportHintName), "Support");
    }
}
