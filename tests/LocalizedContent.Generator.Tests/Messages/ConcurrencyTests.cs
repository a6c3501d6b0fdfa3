using System.Globalization;
using LocalizedContent.Generator.Tests.Infrastructure;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>
/// The static members cache the variant of the last CurrentUICulture and reuse a per-thread buffer: threads with
/// different cultures, calling at the same time, must still each get their own culture's text.
/// </summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public void Threads_with_different_cultures_get_their_own_text()
    {
        var assembly = CompileAndLoad(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Users", "{n, plural, one {# user} other {# users}}")))
            .AddFile("Resources/Strings.ar.resx", Resx(("Users", "{n, plural, zero {لا أحد} one {مستخدم} two {مستخدمان} few {# مستخدمين} many {# مستخدماً} other {# مستخدم}}")))
            .AddFile("Resources/Strings.fa.resx", Resx(("Users", "{n, plural, one {# کاربر} other {# کاربر}}"))));
        var users = assembly.GetType(ClassName)!.GetMethod("Users")!.CreateDelegate<Func<decimal, string>>();
        var expected = new Dictionary<string, string>
        {
            ["en"] = "1,234 users",
            ["ar-EG"] = "\u2068١٬٢٣٤\u2069 مستخدماً", // 1234 % 100 = 34: many
            ["fa"] = "\u2068۱٬۲۳۴\u2069 کاربر",
            ["ar-MA"] = "\u20681.234\u2069 مستخدماً",
        };
        var cultures = expected.Keys.ToArray();
        var failures = 0;
        var examples = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, worker =>
        {
            var culture = cultures[worker % cultures.Length];
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            for (var i = 0; i < 5000; i++)
            {
                var actual = users(1234m);
                if (actual == expected[culture]) continue;
                Interlocked.Increment(ref failures);
                if (examples.Count < 5) examples.Add(culture + ": " + Show(actual));
            }
        });
        Assert.True(failures == 0, failures + " wrong, e.g. " + string.Join("; ", examples));
    }

    /// <summary>For(culture) keeps the last culture it resolved apart from the static members' one: alternating
    /// cultures, on threads whose CurrentUICulture differs again, must each get the requested culture's text.</summary>
    [Fact]
    public void For_with_alternating_cultures_on_many_threads_gets_each_culture_s_text()
    {
        var assembly = CompileAndLoad(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Title", "News"), ("Users", "{n, plural, one {# user} other {# users}}")))
            .AddFile("Resources/Strings.ar.resx", Resx(("Title", "أخبار"), ("Users", "{n, plural, zero {لا أحد} one {مستخدم} two {مستخدمان} few {# مستخدمين} many {# مستخدماً} other {# مستخدم}}")))
            .AddFile("Resources/Strings.fa.resx", Resx(("Title", "اخبار"), ("Users", "{n, plural, one {# کاربر} other {# کاربر}}"))));
        var type = assembly.GetType(ClassName)!;
        var forCulture = type.GetMethod("For")!;
        var title = type.GetProperty("Title")!;
        var expected = new Dictionary<string, string> { ["en"] = "News 1,234 users", ["ar-EG"] = "أخبار \u2068١٬٢٣٤\u2069 مستخدماً", ["fa"] = "اخبار \u2068۱٬۲۳۴\u2069 کاربر", ["ar-MA"] = "أخبار \u20681.234\u2069 مستخدماً" };
        var cultures = expected.Keys.ToArray();
        var failures = 0;
        var examples = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, worker =>
        {
            var ui = cultures[(worker + 1) % cultures.Length];
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(ui);
            for (var i = 0; i < 2000; i++)
            {
                var culture = cultures[(worker + i) % cultures.Length];
                var variant = forCulture.Invoke(null, [CultureInfo.GetCultureInfo(culture)])!;
                var actual = (string)variant.GetType().GetProperty("Title")!.GetValue(variant)! + " " + (string)variant.GetType().GetMethod("Users")!.Invoke(variant, [1234m])!;
                var current = (string)title.GetValue(null)!;
                var wantedCurrent = expected[ui].Substring(0, expected[ui].IndexOf(' '));
                if (actual == expected[culture] && current == wantedCurrent) continue;
                Interlocked.Increment(ref failures);
                if (examples.Count < 5) examples.Add(culture + ": " + Show(actual) + " / " + ui + ": " + current);
            }
        });
        Assert.True(failures == 0, failures + " wrong, e.g. " + string.Join("; ", examples));
    }
}
