using LocalizedContent.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using static LocalizedContent.Analyzers.Tests.Infrastructure.MoveToResourceTest;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>
/// LC0001's "Move to resource" fix: the literal goes into the .resx of its language and the code calls the generated
/// member. Every test also runs the message generator over the fixed .resx and compiles the fixed code against it.
/// </summary>
[Trait("Category", "Slow")]
public class MoveToResourceTests
{
    private static readonly string Neutral = Resx(("Title", "News"));
    private static readonly string Arabic = Resx(("Title", "الأخبار"));
    private static readonly string Persian = Resx(("Title", "اخبار"));

    [Fact]
    public Task A_Persian_literal_moves_to_the_fa_file_and_the_code_uses_the_generated_property() =>
        new MoveToResourceTest("""
            namespace App
            {
                class Greeter
                {
                    public string Welcome() => {|LC0001:"خوش آمدید"|};
                }
            }
            """, """
            using App.Resources;

            namespace App
            {
                class Greeter
                {
                    public string Welcome() => Strings.Welcome;
                }
            }
            """)
            // The neutral file gets the same text (every culture showed it before the move): no LC1023 follows.
            .WithResource("/Resources/Strings.resx", Neutral, Resx(("Title", "News"), ("Welcome", "خوش آمدید")))
            .WithResource("/Resources/Strings.ar.resx", Arabic)
            .WithResource("/Resources/Strings.fa.resx", Persian, Resx(("Title", "اخبار"), ("Welcome", "خوش آمدید")))
            .RunAsync();

    [Fact]
    public Task An_Arabic_literal_moves_to_the_ar_file_and_needs_no_using_inside_the_resources_namespace() =>
        new MoveToResourceTest("""
            namespace App.Resources.Pages
            {
                class Home
                {
                    private string greeting = {|LC0001:"مرحبا بكم"|};
                    public string Greeting => greeting;
                }
            }
            """, """
            namespace App.Resources.Pages
            {
                class Home
                {
                    private string greeting = Strings.Greeting;
                    public string Greeting => greeting;
                }
            }
            """)
            .WithResource("/Resources/Strings.resx", Neutral, Resx(("Title", "News"), ("Greeting", "مرحبا بكم")))
            .WithResource("/Resources/Strings.ar.resx", Arabic, Resx(("Title", "الأخبار"), ("Greeting", "مرحبا بكم")))
            .WithResource("/Resources/Strings.fa.resx", Persian)
            .RunAsync();

    /// <summary>The before and after shown in README.md and docs/rules/LC0001.md.</summary>
    [Fact]
    public Task The_documented_example_a_literal_and_an_interpolated_string_in_a_file_scoped_namespace() =>
        new MoveToResourceTest("""
            namespace NewsReader;

            class Feed
            {
                public string Empty() => {|LC0001:"مقالهٔ تازه‌ای نیست"|};
                public string Shared(string name, int count) => $"{name}{|LC0001: و |}{count}{|LC0001: نفر دیگر آن را هم‌رسانی کردند|}";
            }
            """, """
            using NewsReader.Resources;

            namespace NewsReader;

            class Feed
            {
                public string Empty() => Strings.Empty;
                public string Shared(string name, int count) => Strings.Shared(name, $"{count}");
            }
            """)
            .WithProjectNamespace("NewsReader")
            .WithResource("/Resources/Strings.fa.resx", Resx(("AppName", "خبرخوان")),
                Resx(("AppName", "خبرخوان"), ("Empty", "مقالهٔ تازه‌ای نیست"), ("Shared", "{0} و {1} نفر دیگر آن را هم‌رسانی کردند")))
            .RunAsync();

    [Fact]
    public Task An_interpolated_string_becomes_a_method_call_with_its_holes_as_arguments() =>
        new MoveToResourceTest("""
            using App.Resources;

            class Feed
            {
                public string Shared(string name, int count) => $"{name}{|LC0001: و |}{count}{|LC0001: نفر دیگر آن را هم‌رسانی کردند|}";
            }
            """, """
            using App.Resources;

            class Feed
            {
                public string Shared(string name, int count) => Strings.Shared(name, $"{count}");
            }
            """)
            .WithResource("/Resources/Strings.fa.resx", Persian, Resx(("Title", "اخبار"), ("Shared", "{0} و {1} نفر دیگر آن را هم‌رسانی کردند")))
            .RunAsync();

    [Fact]
    public Task Holes_become_format_items_by_position_and_keep_their_format()
    {
        var test = new MoveToResourceTest("""
            using App.Resources;

            record User(string Name);

            class Cart
            {
                public string Total(User user, decimal price, int a, int b) => $"{user.Name}{|LC0001: باید |}{price,8:N2}{|LC0001: بپردازد برای |}{a + b}{|LC0001: کالا؛ |}{user.Name}";
                public System.FormattableString Raw(int n) => $"{n}{|LC0001: کالا|}";
            }
            """, """
            using App.Resources;

            record User(string Name);

            class Cart
            {
                public string Total(User user, decimal price, int a, int b) => Strings.Total(user.Name, $"{price,8:N2}", $"{a + b}");
                public System.FormattableString Raw(int n) => $"{n}{|LC0001: کالا|}";
            }
            """)
            .WithResource("/Resources/Strings.fa.resx", Persian,
                Resx(("Title", "اخبار"), ("Total", "{0} باید {1} بپردازد برای {2} کالا؛ {0}")));
        // A FormattableString keeps its holes for the callee: no fix, so its diagnostic stays.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }

    [Fact]
    public Task Apostrophes_and_markup_are_written_as_they_are_so_the_member_returns_the_original_text() =>
        new MoveToResourceTest("""
            using App.Resources;

            class Help
            {
                public string Hint() => {|LC0001:"یعنی 'آغاز' & <پایان>"|};
                public string Braces(int n) => $"{n}{|LC0001: {{نام}} 'پیام'|}";
            }
            """, """
            using App.Resources;

            class Help
            {
                public string Hint() => Strings.Hint;
                public string Braces(int n) => Strings.Braces($"{n}");
            }
            """)
            .WithResource("/Resources/Strings.fa.resx", Persian,
                Resx(("Title", "اخبار"), ("Hint", "یعنی 'آغاز' &amp; &lt;پایان&gt;"), ("Braces", "{0} {{نام}} 'پیام'")))
            .RunAsync();

    /// <summary>
    /// A literal holding braces has no value that reads back as itself in every set (MessageFormat=auto reads brace
    /// text by the rest of the set): no fix, unless the project reads every value as ICU, whose quoting is exact.
    /// </summary>
    [Fact]
    public Task A_literal_with_braces_moves_only_where_values_are_ICU() =>
        new MoveToResourceTest("""
            using App.Resources;

            class Help
            {
                public string Hint() => {|LC0001:"{0} یعنی 'آغاز' & <پایان>"|};
            }
            """, """
            using App.Resources;

            class Help
            {
                public string Hint() => Strings.Hint;
            }
            """)
            .WithProjectProperty("LocalizedContentMessageFormat", "icu")
            .WithResource("/Resources/Strings.fa.resx", Persian,
                Resx(("Title", "اخبار"), ("Hint", "'{'0'}' یعنی ''آغاز'' &amp; &lt;پایان&gt;")))
            .RunAsync();

    [Fact]
    public Task A_literal_with_braces_is_left_alone_where_values_may_be_read_as_NET()
    {
        const string source = """
            using App.Resources;

            class Help
            {
                public string Hint() => {|LC0001:"{0} یعنی آغاز"|};
            }
            """;
        var test = new MoveToResourceTest(source, source).WithResource("/Resources/Strings.fa.resx", Persian);
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }

    [Fact]
    public Task Fix_all_gives_equal_literals_one_key_and_makes_one_insertion() =>
        new MoveToResourceTest("""
            class Menu
            {
                public string Open() => {|LC0001:"باز کردن"|};
                public string OpenAgain() => {|LC0001:"باز کردن"|};
                public string Close() => {|LC0001:"بستن"|};
            }
            """, """
            using App.Resources;

            class Menu
            {
                public string Open() => Strings.Open;
                public string OpenAgain() => Strings.Open;
                public string Close() => Strings.Close;
            }
            """)
            .WithResource("/Resources/Strings.fa.resx", Persian, Resx(("Title", "اخبار"), ("Open", "باز کردن"), ("Close", "بستن")))
            .RunAsync();

    [Fact]
    public Task A_key_taken_in_any_culture_file_or_by_the_generated_class_gets_a_number() =>
        new MoveToResourceTest("""
            using App.Resources;

            class Greeter
            {
                public string Welcome() => {|LC0001:"خوش آمدید"|};
                public string For() => {|LC0001:"برای شما"|};
            }
            """, """
            using App.Resources;

            class Greeter
            {
                public string Welcome() => Strings.Welcome_3;
                public string For() => Strings.For_2;
            }
            """)
            .WithResource("/Resources/Strings.resx", Resx(("Title", "News"), ("Welcome_2", "Welcome back")),
                Resx(("Title", "News"), ("Welcome_2", "Welcome back"), ("Welcome_3", "خوش آمدید"), ("For_2", "برای شما")))
            .WithResource("/Resources/Strings.ar.resx", Resx(("Title", "الأخبار"), ("Welcome", "أهلا")))
            .WithResource("/Resources/Strings.fa.resx", Persian, Resx(("Title", "اخبار"), ("Welcome_3", "خوش آمدید"), ("For_2", "برای شما")))
            .Disable("LC1023") // the keys that exist in one culture only are the point of this test
            .RunAsync();

    [Fact]
    public Task A_text_already_in_the_file_reuses_its_key_under_the_name_the_generator_gives_it() =>
        new MoveToResourceTest("""
            using App.Resources;

            class Greeter
            {
                public string Offer() => {|LC0001:"برای شما"|};
            }
            """, """
            using App.Resources;

            class Greeter
            {
                public string Offer() => Strings.For_2;
            }
            """)
            // The key For is generated as For_2 (LC1029): For(CultureInfo) is taken.
            .WithResource("/Resources/Strings.fa.resx", Resx(("For", "برای شما")))
            .Disable("LC1029")
            .RunAsync();

    [Fact]
    public Task Another_Strings_in_scope_makes_the_fix_write_the_full_name() =>
        new MoveToResourceTest("""
            namespace App
            {
                class Strings { }

                class Greeter
                {
                    public string Welcome() => {|LC0001:"خوش آمدید"|};
                }
            }
            """, """
            namespace App
            {
                class Strings { }

                class Greeter
                {
                    public string Welcome() => global::App.Resources.Strings.Welcome;
                }
            }
            """)
            .WithResource("/Resources/Strings.fa.resx", Persian, Resx(("Title", "اخبار"), ("Welcome", "خوش آمدید")))
            .RunAsync();

    [Fact]
    public Task The_using_goes_after_the_System_usings_in_alphabetical_order() =>
        new MoveToResourceTest("""
            using System;
            using System.Text;
            using Zoo;

            class Greeter
            {
                public string Welcome() => {|LC0001:"خوش آمدید"|};
            }

            namespace Zoo { class Animal { } }
            """, """
            using System;
            using System.Text;
            using App.Resources;
            using Zoo;

            class Greeter
            {
                public string Welcome() => Strings.Welcome;
            }

            namespace Zoo { class Animal { } }
            """)
            .WithResource("/Resources/Strings.fa.resx", Persian, Resx(("Title", "اخبار"), ("Welcome", "خوش آمدید")))
            .RunAsync();

    [Fact]
    public Task Fix_all_in_project_shares_keys_across_documents()
    {
        var test = new MoveToResourceTest("""
            using App.Resources;

            class Menu
            {
                public string Open() => {|LC0001:"باز کردن"|};
            }
            """, """
            using App.Resources;

            class Menu
            {
                public string Open() => Strings.Open;
            }
            """)
            .WithResource("/Resources/Strings.fa.resx", Persian, Resx(("Title", "اخبار"), ("Open", "باز کردن"), ("Open_2", "باز کن")));
        test.TestState.Sources.Add(("/0/Toolbar.cs", """
            using App.Resources;

            class Toolbar
            {
                public string Open() => {|LC0001:"باز کردن"|};
                public string Open(int tab) => {|LC0001:"باز کن"|};
            }
            """));
        test.FixedState.Sources.Add(("/0/Toolbar.cs", """
            using App.Resources;

            class Toolbar
            {
                public string Open() => Strings.Open;
                public string Open(int tab) => Strings.Open_2;
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task No_fix_is_offered_when_the_project_has_no_resource_file()
    {
        const string source = """
            class Greeter
            {
                public string Welcome() => {|LC0001:"خوش آمدید"|};
            }
            """;
        return new MoveToResourceTest(source, source).RunAsync();
    }

    [Fact]
    public Task No_fix_is_offered_for_a_table()
    {
        const string source = """
            class Calendar
            {
                public static readonly string[] Days = {|LC0001:{ "شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه" }|};
            }
            """;
        // A table is data the code indexes or enumerates: one key per element would not replace it. Moving it is a
        // design decision (a content file, a .resx per element, or keeping it), not a keystroke.
        return new MoveToResourceTest(source, source).WithResource("/Resources/Strings.fa.resx", Persian).RunAsync();
    }

    [Fact]
    public Task No_fix_is_offered_without_a_file_of_the_text_language_or_where_a_constant_is_required()
    {
        const string source = """
            class Greeter
            {
                public string Welcome() => {|LC0001:"خوش آمدید"|};
                public const string Name = {|LC0001:"مرحبا"|};
            }
            """;
        // An English neutral file and an Arabic one: no home for Persian text. The constant cannot become a property.
        // (A char literal is no longer reported at all: issue 17.)
        return new MoveToResourceTest(source, source)
            .WithResource("/Resources/Strings.resx", Neutral)
            .WithResource("/Resources/Strings.ar.resx", Arabic)
            .RunAsync();
    }

    [Fact]
    public Task The_resource_set_option_names_the_file_set_that_receives_the_text() =>
        new MoveToResourceTest("""
            class Job
            {
                public string Failed() => {|LC0001:"کار انجام نشد"|};
            }
            """, """
            using App.Resources;

            class Job
            {
                public string Failed() => Errors.Failed;
            }
            """)
            .WithEditorConfig("localized_content.LC0001.resource_set = Errors")
            .WithResource("/Resources/Strings.fa.resx", Persian)
            .WithResource("/Resources/Errors.fa.resx", Resx(("Title", "خطا")), Resx(("Title", "خطا"), ("Failed", "کار انجام نشد")))
            .RunAsync();

    [Fact]
    public Task The_resx_is_edited_as_text_and_keeps_its_bytes_around_the_insertion()
    {
        // CRLF, tabs, a comment, unsorted keys, entries on one line, odd spacing and no newline at the end.
        const string before = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<root>\r\n\t<!-- keep me -->\r\n"
            + "\t<data name=\"Zed\"    xml:space=\"preserve\"><value>آخر</value></data>\r\n"
            + "\t<data xml:space=\"preserve\" name=\"Alpha\"><value>اول</value></data>\r\n</root>";
        var after = before.Replace("</root>", "\t<data name=\"Welcome\" xml:space=\"preserve\"><value>خوش آمدید</value></data>\r\n</root>");
        return new MoveToResourceTest("""
            using App.Resources;

            class Greeter
            {
                public string Welcome() => {|LC0001:"خوش آمدید"|};
            }
            """, """
            using App.Resources;

            class Greeter
            {
                public string Welcome() => Strings.Welcome;
            }
            """)
            .WithResource("/Resources/Strings.fa.resx", before, after)
            .RunAsync();
    }
}
