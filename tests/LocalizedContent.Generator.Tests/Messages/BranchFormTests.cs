using LocalizedContent.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>
/// One plural or select between texts is written as one return per case (BranchEmitter); the same message with a
/// trailing <c>{x}</c> is not that shape and takes the general form (a builder, an Append per part). Called with an
/// empty x, both must write the same text (the general form adds x's isolation marks in right-to-left files), for
/// every plural category, =N, offsets, select values and both builder paths (stack buffer and netstandard2.0).
/// </summary>
public sealed class BranchFormTests
{
    private static readonly (string Key, string Neutral, string Arabic, string Persian)[] Messages =
    [
        ("Files", "{n, plural, =0 {no files} one {# file} other {# files}} deleted", "{n, plural, zero {لم يُحذف أي ملف} one {حُذف ملف واحد} two {حُذف ملفان} few {حُذفت # ملفات} many {حُذف # ملفًا} other {حُذف # ملف}}", "{n, plural, other {# پرونده حذف شد}}"),
        ("Offset", "Seen by {n, plural, offset:1 =0 {nobody} =1 {you} one {you and # other} other {you and # others}}", "{n, plural, offset:1 =0 {لا أحد} other {أنت و# آخرون}}", "{n, plural, offset:2 other {# نفر دیگر}} دیدند"),
        ("Same", "{n, plural, one {#} other {#}}", "{n, plural, zero {#} one {#} two {#} few {#} many {#} other {#}}", "{n, plural, other {#}}"),
        ("NoOther", "{n, plural, one {one}}", "{n, plural, few {قليل}}", "{n, plural, one {یک}}"),
        ("Articles", "Today: {n, plural, one {# new article} other {# new articles}}.", "اليوم: {n, plural, zero {لا مقالات جديدة} one {مقالة جديدة} two {مقالتان جديدتان} few {# مقالات جديدة} many {# مقالة جديدة} other {# مقالة جديدة}}.", "{n, plural, one {# مقالهٔ تازه} other {# مقالهٔ تازه}} امروز"),
        ("Reply", "{g, select, female {She} male {He} other {They}} replied", "{g, select, female {ردّت} other {ردّ}}", "{g, select, other {پاسخ داد}}"),
    ];

    private static GeneratorHarness Project(bool general) => new GeneratorHarness()
        .AddFile("Resources/Strings.resx", Resx(Messages.Select(m => (m.Key, general ? m.Neutral + "{x}" : m.Neutral)).ToArray()))
        .AddFile("Resources/Strings.ar.resx", Resx(Messages.Select(m => (m.Key, general ? m.Arabic + "{x}" : m.Arabic)).ToArray()))
        .AddFile("Resources/Strings.fa.resx", Resx(Messages.Select(m => (m.Key, general ? m.Persian + "{x}" : m.Persian)).ToArray()));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_plural_or_select_between_texts_writes_what_the_general_form_writes(bool netStandard)
    {
        GeneratorHarness Target(GeneratorHarness h) => netStandard ? h.WithFrameworkReferences(MetadataReference.CreateFromFile(NetStandardConsumerTests.NetStandardReference())) : h;
        var branches = Run(Target(Project(general: false)));
        Assert.Contains("return \"no files deleted\";", branches.Source("Strings.Messages.g.cs"), StringComparison.Ordinal);
        Assert.Contains(".Join(", branches.Source("Strings.Messages.g.cs"), StringComparison.Ordinal);
        Assert.Empty(branches.CompilationDiagnostics);
        var compact = branches.CompileAndLoad();
        var general = CompileAndLoad(Target(Project(general: true)));
        foreach (var culture in new[] { "en", "ar", "ar-EG", "fa" })
        {
            foreach (var n in new[] { 0m, 1m, 2m, 3m, 5m, 11m, 100m, 102m, 1.5m, -1m, 1234567.891m })
                foreach (var key in new[] { "Files", "Offset", "Same", "NoOther", "Articles" })
                    AssertSame(Call(compact, culture, key, n), Call(general, culture, key, n, ""), culture, key + "(" + n + ")");
            foreach (var g in new[] { "female", "male", "other", "x", null })
                AssertSame(Call(compact, culture, "Reply", g), Call(general, culture, "Reply", g, ""), culture, "Reply(" + g + ")");
        }
    }

    private static void AssertSame(string compact, string general, string culture, string call)
    {
        var expected = general.EndsWith("\u2068\u2069", StringComparison.Ordinal) ? general[..^2] : general;
        Assert.True(expected == compact, $"{call} in {culture}: general form \"{Show(expected)}\", branches \"{Show(compact)}\"");
    }
}
