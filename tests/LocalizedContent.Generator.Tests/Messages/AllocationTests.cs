using System.Globalization;
using LocalizedContent.Generator.Tests.Infrastructure;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>The hot path allocates only the result string (a later benchmark compares with ResourceManager).</summary>
public sealed class AllocationTests
{
    [Fact]
    public void A_message_call_allocates_only_its_result()
    {
        var assembly = CompileAndLoad(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("DailyUsers", "{app} has {count, plural, one {# daily user} other {# daily users}}")))
            .AddFile("Resources/Strings.ar.resx", Resx(("DailyUsers", "لدى {app} {count, plural, zero {لا مستخدمين} one {مستخدم واحد} two {مستخدمان} few {# مستخدمين} many {# مستخدماً} other {# مستخدم}} يومياً"))));
        var method = assembly.GetType(ClassName)!.GetMethod("DailyUsers")!;
        var call = method.CreateDelegate<Func<string?, decimal, string>>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ar-SA");
            var sample = call("WeChat", 19_000_000m);
            for (var i = 0; i < 100; i++) call("WeChat", 19_000_000m); // warm up: JIT and the thread's buffer
            var start = GC.GetAllocatedBytesForCurrentThread();
            const int calls = 1000;
            for (var i = 0; i < calls; i++) call("WeChat", 19_000_000m);
            var perCall = (GC.GetAllocatedBytesForCurrentThread() - start) / (double)calls;
            var stringSize = 22 + 2 * sample.Length + 8; // header, length, chars and padding on 64-bit
            Assert.True(perCall <= stringSize, $"{perCall} bytes per call; the result string alone is about {stringSize - 8}");
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>A plural case without # in a message that is only the plural returns its text as a constant (one
    /// return per case): no builder, no string made per call.</summary>
    [Fact]
    public void A_plural_case_without_a_number_allocates_nothing()
    {
        var assembly = CompileAndLoad(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Files", "{n, plural, one {one file} other {# files}}")))
            .AddFile("Resources/Strings.ar.resx", Resx(("Files", "{n, plural, zero {لا ملفات} one {ملف واحد} two {ملفان} few {# ملفات} many {# ملفًا} other {# ملف}}"))));
        var call = assembly.GetType(ClassName)!.GetMethod("Files")!.CreateDelegate<Func<decimal, string>>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ar-SA");
            Assert.Same(call(2m), call(2m)); // the same constant each time
            for (var i = 0; i < 100; i++) call(0m);
            var start = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1000; i++) { call(0m); call(1m); call(2m); }
            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - start);
            Assert.NotSame(call(5m), call(5m)); // a case with # writes its number: a new string per call
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory]
    [InlineData("{share, number, percent}")]
    [InlineData("{share, number, ::percent scale/100 .0#}")]
    [InlineData("{share, number, ::currency/IRR}")]
    [InlineData("{share, number, currency}")]
    [InlineData("{share, number, ::.00}")]
    [InlineData("{share, number, ::compact-short}")]
    [InlineData("{share, number, ::compact-long}")]
    public void A_number_style_or_skeleton_allocates_only_the_result(string message)
    {
        var assembly = CompileAndLoad(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(("Share", message)))
            .AddFile("Resources/Strings.ar.resx", Resx(("Share", message + " من المستخدمين"))));
        var call = assembly.GetType(ClassName)!.GetMethod("Share")!.CreateDelegate<Func<decimal, string>>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ar-EG");
            var sample = call(1234.5678m);
            for (var i = 0; i < 100; i++) call(1234.5678m);
            var start = GC.GetAllocatedBytesForCurrentThread();
            const int calls = 1000;
            for (var i = 0; i < calls; i++) call(1234.5678m);
            var perCall = (GC.GetAllocatedBytesForCurrentThread() - start) / (double)calls;
            var stringSize = 22 + 2 * sample.Length + 8;
            Assert.True(perCall <= stringSize, $"{perCall} bytes per call; the result string alone is about {stringSize - 8}");
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
