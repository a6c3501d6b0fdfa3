using System.Reflection;
using LocalizedContent.Generator.Messages;
using LocalizedContent.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>
/// Message methods build their text on a stack buffer where the consumer's framework has Span&lt;char&gt; and
/// string(ReadOnlySpan&lt;char&gt;), and on a per-thread array where it does not (netstandard2.0, .NET Framework).
/// Both paths must write the same text: each test generates the same files for both targets and compares the calls.
/// </summary>
public sealed class BuilderPathTests
{
    private static readonly string LongLiteral = string.Concat(Enumerable.Repeat("نص طويل جدا ", 40));

    private static GeneratorHarness Project() => new GeneratorHarness()
        .WithLanguageVersion(LanguageVersion.CSharp8)
        .AddFile("Resources/Strings.resx", Resx(
            ("Users", "{app} has {n, plural, offset:1 =0 {no users} one {# user} other {# users}}"),
            ("Pick", "{g, select, a {A {n, number}} other {B {n, number, ::.00}}}"),
            ("Amounts", "{n, number, percent} {n, number, ::currency/IRR} {n, number, ::compact-long}"),
            ("Welcome", "Hello {0}, you have {1:N2} messages"),
            ("Due", "{who}: {d, date, long}"),
            ("Long", LongLiteral + "{n, number}"),
            // One plural or select between texts: written as one return per case (BranchEmitter).
            ("Files", "{n, plural, =0 {no files} one {# file} other {# files}} deleted"),
            ("Reply", "{g, select, female {She} male {He} other {They}} replied")))
        .AddFile("Resources/Strings.ar.resx", Resx(
            ("Users", "{app} {n, plural, zero {لا أحد} one {واحد} two {اثنان} few {# مستخدمين} many {# مستخدماً} other {# مستخدم}}"),
            ("Due", "{who}: {d, date, full}"),
            ("Files", "{n, plural, zero {لم يُحذف أي ملف} one {حُذف ملف واحد} two {حُذف ملفان} few {حُذفت # ملفات} many {حُذف # ملفًا} other {حُذف # ملف}}")))
        .AddFile("Resources/Strings.fa.resx", Resx(("Users", "{app} {n, plural, one {# کاربر} other {# کاربر}}"), ("Files", "{n, plural, other {# پرونده حذف شد}}")));

    /// <summary>The project built for the test runtime (.NET 10: the stack buffer) and for netstandard2.0 (the
    /// per-thread array), both loaded into this process.</summary>
    private static (Assembly Stack, Assembly Thread) BothPaths()
    {
        var modern = Run(Project());
        Assert.Contains("stackalloc", modern.Source("Strings.Messages.g.cs"), StringComparison.Ordinal);
        Assert.Contains("ref struct Builder", modern.Source(MessageRuntimeEmitter.HintName), StringComparison.Ordinal);
        var netStandard = Run(Project().WithFrameworkReferences(MetadataReference.CreateFromFile(NetStandardConsumerTests.NetStandardReference())));
        Assert.DoesNotContain("stackalloc", netStandard.Source("Strings.Messages.g.cs"), StringComparison.Ordinal);
        Assert.Contains("[global::System.ThreadStatic]", netStandard.Source(MessageRuntimeEmitter.HintName), StringComparison.Ordinal);
        Assert.Empty(netStandard.CompilationDiagnostics);
        return (modern.CompileAndLoad(), netStandard.CompileAndLoad());
    }

    private static void AssertSameText((Assembly Stack, Assembly Thread) paths, string culture, string member, params object?[] args)
    {
        // Twice each: the second call reuses what the first left (the pool's array, the thread's buffer).
        for (var round = 0; round < 2; round++)
        {
            var expected = Call(paths.Thread, culture, member, args);
            var actual = Call(paths.Stack, culture, member, args);
            Assert.True(expected == actual, $"{member} in {culture}, round {round}: netstandard2.0 \"{Show(expected)}\", .NET \"{Show(actual)}\"");
        }
    }

    [Fact]
    public void A_netstandard20_consumer_builds_and_writes_what_the_stack_buffer_writes()
    {
        var paths = BothPaths();
        foreach (var culture in new[] { "en", "ar", "ar-EG", "fa" })
        {
            foreach (var n in new[] { 0m, 1m, 2m, 5m, 11m, 100m, 1234.5678m, -7m })
            {
                AssertSameText(paths, culture, "Users", "app", n);
                AssertSameText(paths, culture, "Pick", "a", n);
                AssertSameText(paths, culture, "Pick", "b", n);
                AssertSameText(paths, culture, "Amounts", n);
                AssertSameText(paths, culture, "Welcome", "user", n);
                AssertSameText(paths, culture, "Files", n);
            }
            foreach (var g in new[] { "female", "male", "x", null })
                AssertSameText(paths, culture, "Reply", g);
            AssertSameText(paths, culture, "Due", "who", new DateTime(2026, 3, 21));
        }
    }

    [Fact]
    public void Texts_longer_than_the_stack_buffer_and_the_thread_buffer_read_the_same_on_both_paths()
    {
        var paths = BothPaths();
        var largest = decimal.MaxValue;
        foreach (var length in new[] { 200, 300, 5000 })
        {
            var name = new string('x', length);
            foreach (var culture in new[] { "en", "ar", "fa" })
            {
                AssertSameText(paths, culture, "Users", name, largest);
                AssertSameText(paths, culture, "Pick", "a", -largest);
                AssertSameText(paths, culture, "Welcome", name, largest);
                AssertSameText(paths, culture, "Long", largest);
                AssertSameText(paths, culture, "Amounts", largest / 1000m);
            }
        }
    }
}
