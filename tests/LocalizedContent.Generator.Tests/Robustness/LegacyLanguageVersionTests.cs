using LocalizedContent.Generator.Documents;
using LocalizedContent.Generator.Messages;
using LocalizedContent.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Robustness;

/// <summary>
/// A netstandard2.0 or net472 project builds at C# 7.3 unless it sets LangVersion. The generated code must build
/// there too: nullable syntax (#nullable, string?) is C# 8, so the emitters write it only when the consumer's language
/// version has it.
/// </summary>
public sealed class LegacyLanguageVersionTests
{
    private static GeneratorHarness Project(LanguageVersion version) => new GeneratorHarness()
        .WithLanguageVersion(version)
        .AddFile("Content/News.ar.txt", "عنوان\n\nفقرة")
        .AddFile("Content/News.txt", "Title\n\nParagraph")
        .AddFile("Resources/Strings.resx", Resx(
            ("Title", "News"),
            ("Welcome", "Hello {0}, you have {1} messages"),
            ("Users", "{app} has {n, plural, offset:1 =0 {no users} one {# user} other {# users}}"),
            ("Pick", "{g, select, a {A {n, number}} other {B}}"),
            ("Size", "{n, number, ::compact-short} ({n, number, ::compact-long})"),
            ("Due", "{who}: {d, date, long}"),
            // One plural or select between texts: one return per case (BranchEmitter).
            ("Files", "{n, plural, =0 {no files} one {# file} other {# files}}"),
            ("Reply", "{g, select, female {She} other {They}} replied"),
            // A plural of categories only, a case without #: a constant.
            ("Articles", "{n, plural, one {# article} other {# articles}}")))
        .AddFile("Resources/Strings.ar.resx", Resx(("Users", "{app} {n, plural, zero {لا أحد} one {واحد} two {اثنان} few {#} many {#} other {#}}"),
            ("Files", "{n, plural, zero {لا ملفات} one {ملف واحد} two {ملفان} few {# ملفات} many {# ملفًا} other {# ملف}}"),
            ("Articles", "{n, plural, zero {لا مقالات} one {مقالة واحدة} two {مقالتان} few {# مقالات} many {# مقالة} other {# مقالة}}")));

    /// <summary>
    /// The C# 7.3 source is the C# 12 source without <c>#nullable enable</c> and without the '?' of nullable
    /// reference types: the emitters write it that way (nothing rewrites their output), and nothing else differs.
    /// </summary>
    [Fact]
    public void The_CSharp_7_3_source_differs_from_the_CSharp_12_source_only_by_nullable_annotations()
    {
        var modern = Project(LanguageVersion.CSharp12).Run(new DocumentGenerator(), new MessageGenerator()).GeneratedSources;
        var legacy = Project(LanguageVersion.CSharp7_3).Run(new DocumentGenerator(), new MessageGenerator()).GeneratedSources;

        Assert.Equal(modern.Keys.Order(), legacy.Keys.Order());
        var annotations = 0;
        foreach (var (hint, modernSource) in modern)
        {
            Assert.Contains("#nullable enable", modernSource, StringComparison.Ordinal);
            Assert.DoesNotContain("#nullable", legacy[hint], StringComparison.Ordinal);
            var root = CSharpSyntaxTree.ParseText(modernSource, new CSharpParseOptions(LanguageVersion.CSharp12)).GetRoot();
            var expected = new List<string>();
            foreach (var token in root.DescendantTokens())
            {
                // A nullable reference type's '?' (string?, object?, CultureInfo?): value types (int?) keep theirs.
                if (token.IsKind(SyntaxKind.QuestionToken) && token.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.NullableTypeSyntax nullable
                    && nullable.ElementType is not Microsoft.CodeAnalysis.CSharp.Syntax.PredefinedTypeSyntax { Keyword.RawKind: not ((int)SyntaxKind.StringKeyword or (int)SyntaxKind.ObjectKeyword) })
                {
                    annotations++;
                    continue;
                }
                expected.Add(token.ToString());
            }
            var actual = CSharpSyntaxTree.ParseText(legacy[hint], new CSharpParseOptions(LanguageVersion.CSharp7_3)).GetRoot().DescendantTokens().Select(t => t.ToString());
            Assert.Equal(expected, actual);
        }
        Assert.True(annotations > 10, "The C# 12 source should annotate its reference types (" + annotations + " found)");
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.Latest)]
    public void Documents_and_messages_compile_at_the_consumers_language_version(LanguageVersion version)
    {
        var harness = Project(version)
            .WithSource("""
                public static class Consumer
                {
                    public static string Use(System.Globalization.CultureInfo c) =>
                        TestApp.Content.News.For(c).Title + TestApp.Resources.Strings.For(c).Users("app", 3m) + TestApp.Resources.Strings.For(c).Files(3m) + TestApp.Resources.Strings.For(c).Files(1m) + TestApp.Resources.Strings.For(c).Articles(0m)
                            + TestApp.Resources.Strings.For(c).Reply("female") + TestApp.Resources.Strings.Welcome(1, 2);
                }
                """);

        var run = harness.Run(new DocumentGenerator(), new MessageGenerator());

        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Empty(run.CompilationDiagnostics);
        var assembly = run.CompileAndLoad();
        var use = assembly.GetType("Consumer")!.GetMethod("Use")!;
        var text = (string)use.Invoke(null, [System.Globalization.CultureInfo.GetCultureInfo("ar")])!;
        Assert.StartsWith("عنوان", text, StringComparison.Ordinal);
        Assert.EndsWith("Hello 1, you have 2 messages", text, StringComparison.Ordinal);
        // Files(3): its few case around the number (written as Users wrote 3); Files(1), Articles(0) and Reply: constants.
        Assert.Contains("\u2069 ملفات" + "ملف واحد" + "لا مقالات" + "She replied", text, StringComparison.Ordinal);
    }
}
