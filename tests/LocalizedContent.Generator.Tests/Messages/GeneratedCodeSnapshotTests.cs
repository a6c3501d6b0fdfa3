using LocalizedContent.Generator.Messages;
using LocalizedContent.Generator.Tests.Infrastructure;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>The generated class, reviewed as a whole (Verify-style snapshots beside this file).</summary>
public sealed class GeneratedCodeSnapshotTests
{
    [Fact]
    public void Neutral_Arabic_and_Persian_messages()
    {
        var run = Run(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(
                ("AppName", "News Reader"),
                ("DailyUsers", "{app} has {count, number} daily users"),
                ("NewArticles", "{count, plural, one {# new article} other {# new articles}}")))
            .AddFile("Resources/Strings.ar.resx", Resx(
                ("AppName", "قارئ الأخبار"),
                ("DailyUsers", "لدى {app} {count, number} مستخدم يومياً"),
                ("NewArticles", "{count, plural, zero {لا مقالات جديدة} one {مقالة جديدة} two {مقالتان جديدتان} few {# مقالات جديدة} many {# مقالة جديدة} other {# مقالة جديدة}}")))
            .AddFile("Resources/Strings.fa.resx", Resx(
                ("AppName", "خبرخوان"),
                ("DailyUsers", "{app} {count, number} کاربر روزانه دارد"),
                ("NewArticles", "{count, plural, one {# مقالهٔ تازه} other {# مقالهٔ تازه}}"))));

        Assert.Empty(run.CompilationDiagnostics);
        Snapshot.Match(run.Source("Strings.Messages.g.cs"));
        Snapshot.Match(run.Source(MessageRuntimeEmitter.HintName), "Runtime");
    }

    [Fact]
    public void Positional_select_offset_and_nesting()
    {
        var run = Run(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(
                ("Welcome", "Hello {0}, you have {1} messages"),
                ("Invite", "{gender, select, female {{host} invites you to her party} male {{host} invites you to his party} other {{host} invites you to their party}}"),
                ("Guests", "{guests, plural, offset:1 =0 {nobody} =1 {{host}} one {{host} and one other} other {{host} and # others}}"),
                ("Quoted", "Use '{braces}' and it''s fine"))));

        Assert.Empty(run.CompilationDiagnostics);
        Snapshot.Match(run.Source("Strings.Messages.g.cs"));
    }
}
