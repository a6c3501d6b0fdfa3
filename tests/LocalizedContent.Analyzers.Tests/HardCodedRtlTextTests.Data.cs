using LocalizedContent.Analyzers.Tests.Infrastructure;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>LC0001 (issue 17): text used as data by text-processing code is not reported; text people read still is.</summary>
public partial class HardCodedRtlTextTests
{
    [Fact]
    public Task Literals_written_only_as_escapes_and_char_literals_are_not_reported() => Verify("""
        class C
        {
            string kaf = "\u06A9";
            string yeh = "\u064A\u06CC";
            string F(int n) => $"{n}\u06A9";
            char a = 'ب';
            char b = '\u0628';
            string mixed = {|LC0001:"\u06A9 کتاب"|};
        }
        """);

    [Fact]
    public Task Arguments_of_string_search_compare_and_replace_methods_are_not_reported() => Verify("""
        using System;
        using System.Text;

        class C
        {
            string Normalize(string text, StringBuilder builder, ReadOnlySpan<char> span)
            {
                text = text.Replace("ي", "ی").Replace("ك", "ک");
                builder.Replace("ة", "ه");
                if (text.Contains("می") || text.StartsWith("ال") || text.EndsWith("ها")) { }
                var i = text.IndexOf("و", StringComparison.Ordinal) + text.LastIndexOf("در");
                var parts = text.Split(new[] { "،", "؛" }, StringSplitOptions.None);
                var words = text.Split("، ");
                var same = string.Equals(text, "بله") || text.Equals("خیر") || string.Compare(text, "الف") == 0;
                var ordinal = StringComparer.Ordinal.Equals(text, "ب");
                var inSpan = span.StartsWith("سلام".AsSpan()) || span.Contains("ا".AsSpan(), StringComparison.Ordinal);
                var isPrefix = System.Globalization.CultureInfo.CurrentCulture.CompareInfo.IsPrefix(text, "بی");
                var found = "آابپتث".Contains(text);
                var listed = new System.Collections.Generic.List<string>().Contains("ج");
                return text.Trim() + parts.Length + words.Length + same + ordinal + inSpan + isPrefix + found + listed + i;
            }
        }
        """);

    [Fact]
    public Task Equality_operands_case_labels_and_patterns_are_not_reported() => Verify("""
        class C
        {
            int F(string text)
            {
                if (text == "بله" || "خیر" != text || text is "شاید" or "هرگز") return 1;
                switch (text)
                {
                    case "یک": return 1;
                    case "دو" when text.Length > 1: return 2;
                }
                return text switch
                {
                    "سه" => 3,
                    _ => 0,
                };
            }
        }
        """);

    [Fact]
    public Task Regex_patterns_and_StringSyntax_parameters_are_not_reported() => Verify("""
        using System.Diagnostics.CodeAnalysis;
        using System.Text.RegularExpressions;

        partial class C
        {
            static readonly Regex Spaces = new(@"\s+(ن?می)\s+");
            string F(string text) => Regex.Replace(text, "[يى]", "ی") + Regex.IsMatch(text, "^[آ-ی]+$") + Spaces.Replace(text, " $1‌");
            void Use([StringSyntax(StringSyntaxAttribute.Regex)] string pattern) { }
            void G() => Use("[آ-ی]");

            [GeneratedRegex("^[آ-ی]+$")]
            private static partial Regex Persian();
            private static partial Regex Persian() => null!; // the generator's part, which the test does not run
        }
        """);

    /// <summary>[StringSyntax(CompositeFormat)] marks a format that people read once its holes are filled (string.Format,
    /// Console.WriteLine, AppendFormat): display text, not syntax like a regex or a date pattern.</summary>
    [Fact]
    public Task Composite_format_strings_are_display_text() => Verify("""
        using System.Diagnostics.CodeAnalysis;

        class C
        {
            string F(string name) => string.Format({|LC0001:"سلام {0}"|}, name);
            void G(int n) => System.Console.WriteLine({|LC0001:"{0} پیام تازه"|}, n);
            void H(System.Text.StringBuilder b, int n) => b.AppendFormat({|LC0001:"صفحه {0}"|}, n);
            string D(System.DateTime d) => d.ToString("yyyy/MM/dd 'ساعت' HH:mm");
        }
        """);

    [Fact]
    public Task GeneratedRegex_stays_excluded_when_attribute_arguments_are_included()
    {
        var test = new RuleTest<HardCodedRtlTextAnalyzer>("""
            using System.Text.RegularExpressions;
            partial class C
            {
                [GeneratedRegex("^[آ-ی]+$")]
                private static partial Regex Persian();

                [System.ComponentModel.Description({|LC0001:"توضیح"|})]
                public int P { get; set; }
            }
            """).WithEditorConfig("localized_content.LC0001.include_attribute_arguments = true");
        test.TestState.Sources.Add("partial class C { private static partial System.Text.RegularExpressions.Regex Persian() => null!; }");
        return test.RunAsync();
    }

    [Fact]
    public Task Dictionary_and_set_keys_are_not_reported_but_their_values_are() => Verify("""
        using System.Collections.Generic;

        class C
        {
            Dictionary<string, string> names = new() { { "tehran", {|LC0001:"تهران"|} }, { "شیراز", "shiraz" } };
            Dictionary<string, int> numbers = new() { ["یک"] = 1, ["دو"] = 2 };
            HashSet<string> stop = new() { "و", "در" };

            string F(IDictionary<string, string> map, ISet<string> set)
            {
                map.Add("کلید", "key");
                map["مشهد"] = {|LC0001:"مشهد مقدس"|};
                set.Add("از");
                var known = map.ContainsKey("اصفهان") || set.Contains("به") || map.TryGetValue("قم", out _);
                return map["کرج"] + known;
            }
        }
        """);

    [Fact]
    public Task Methods_are_decided_by_symbol_not_by_name() => Verify("""
        class Label
        {
            public void Replace(string text) { }
            public bool Contains(string text) => false;
        }

        class C
        {
            void F(Label label, System.Collections.Generic.List<string> shown)
            {
                label.Replace({|LC0001:"ذخیره شد"|});
                label.Contains({|LC0001:"در حال بارگذاری"|});
                shown.Add({|LC0001:"پیام"|});
            }
        }
        """);

    [Fact]
    public Task Text_shown_to_people_is_still_reported() => Verify("""
        using System;

        class Window
        {
            public string Text { get; set; } = "";
            public string Title { get; set; } = "";
            public string ToolTip { get; set; } = "";
            public static void Show(string message, string caption) { }
        }

        // Stand-in of Blazor's RenderTreeBuilder: a component parameter set from C#.
        class RenderTreeBuilder { public void AddComponentParameter(int sequence, string name, object? value) { } }

        class C
        {
            string field = {|LC0001:"خوش آمدید"|};

            string F(Window window, string name, int count, RenderTreeBuilder builder)
            {
                builder.AddComponentParameter(1, "Title", {|LC0001:"صفحهٔ اصلی"|});
                window.Text = {|LC0001:"ذخیره"|};
                window.Title = $"{|LC0001:سلام |}{name}";
                var w = new Window { ToolTip = {|LC0001:"راهنما"|} };
                Window.Show({|LC0001:"فایل ذخیره شد"|}, {|LC0001:"پیام"|});
                Console.WriteLine({|LC0001:"پایان"|});
                Console.Write($"{count}{|LC0001: مورد|}");
                if (count < 0) throw new ArgumentException({|LC0001:"تعداد منفی است"|}, nameof(count));
                var message = {|LC0001:"کاربر "|} + name;
                return count == 0 ? {|LC0001:"خالی"|} : message;
            }
        }
        """);

    [Fact]
    public Task Exception_messages_are_not_reported_when_the_option_turns_them_off()
    {
        var test = new RuleTest<HardCodedRtlTextAnalyzer>("""
            using System;
            class C
            {
                void F(int count)
                {
                    if (count < 0) throw new ArgumentException("تعداد منفی است", nameof(count));
                    if (count > 9) throw new InvalidOperationException($"تعداد {count} زیاد است");
                    Console.WriteLine({|LC0001:"پایان"|});
                }
            }
            """).WithEditorConfig("localized_content.LC0001.include_exception_messages = false");
        return test.RunAsync();
    }
}
