using System.Globalization;
using System.Reflection;
using CsCheck;
using LocalizedContent.Generator.Documents;
using LocalizedContent.Generator.Messages;
using LocalizedContent.Generator.Tests.Infrastructure;
using LocalizedContent.Generator.Tests.Messages;
using LocalizedContent.Generator.Tests.Robustness;
using Microsoft.CodeAnalysis.CSharp;

namespace LocalizedContent.Generator.Tests.Naming;

/// <summary>
/// Issue 13's property: random project layouts — folders, file names, culture suffixes and ClassName / Namespace /
/// Culture metadata drawn from C# keywords and contextual keywords, case variants, names that are both a class and a
/// folder, generated member names, Unicode (Arabic, Persian, ZWNJ, bidi and line separators), ';', '#' and very long
/// names — with .txt and .resx files side by side. The generators never throw, the output compiles without a
/// warning, every diagnostic is located in a file, and no file's text is lost: each file that is not a reported
/// duplicate is served by some generated class for its culture.
/// </summary>
[Trait("Category", "Slow")]
public sealed class NameProperties
{
    /// <summary>Runs in CI (each compiles and loads ~12 files); enough to find every naming row of issue 13 when one is
    /// reintroduced: eng/check-name-mutations.sh reintroduces each in turn and shows the property fail. The rows about
    /// passing names to the compiler (';', '#', line breaks, a C# project folder) need MSBuild: the package test
    /// ConsumerBuildTests.Names_that_broke_the_build_build_and_say_what_they_changed covers them.</summary>
    private const int Runs = 120;

    private static readonly string[] Keywords =
        SyntaxFacts.GetKeywordKinds().Select(SyntaxFacts.GetText)
            .Concat(SyntaxFacts.GetContextualKeywordKinds().Select(SyntaxFacts.GetText))
            .Concat(["extension", "field"])
            .Where(k => k.Length > 0 && char.IsLetter(k[0]))
            .Distinct()
            .ToArray();

    private static readonly Gen<string> Word = Gen.Frequency(
        (5, Gen.OneOf(Keywords)),
        (4, Gen.OneOf("Strings", "strings", "STRINGS", "News", "news", "Res", "res", "A", "For", "Variant", "Title", "Current", "__LCBuilder", "__x")),
        (2, Gen.OneOf("نص", "پیام‌رسان", "ي", "ی", "a\u200Cb", "a\u2028b", "a\u0085b", "a;b", "a#b", "C#", "1st", "a b", "a-b", "a.b")),
        (1, Gen.Int[100, 300].Select(n => new string('L', n))));

    /// <summary>Cultures .NET knows (so the served text can be checked), variants among them, and suffixes that are no culture.</summary>
    private static readonly Gen<string?> Culture = Gen.OneOf<string?>(null, null, "ar", "fa-IR", "FA-ir", "ca-ES-valencia", "en-US-posix", "de-DE-1996", "x_y");

    private sealed record Item(string[] Folders, string Name, string? Suffix, bool Resx, string? ClassName, string? Namespace, string? CultureMetadata)
    {
        public string RelativePath => string.Join("/", Folders.Append(Name + (Suffix is null ? "" : "." + Suffix) + (Resx ? ".resx" : ".txt")));

        public override string ToString() =>
            PropertyRun.Show(RelativePath) + (ClassName is null ? "" : " ClassName=" + PropertyRun.Show(ClassName))
            + (Namespace is null ? "" : " Namespace=" + PropertyRun.Show(Namespace)) + (CultureMetadata is null ? "" : " Culture=" + PropertyRun.Show(CultureMetadata));
    }

    private static readonly Gen<Item> Items = Gen.Select(
            Word.Array[0, 3], Word, Culture, Gen.Bool,
            Gen.Frequency((3, Gen.Const((string?)null)), (1, Word.Select(w => (string?)w))),
            Gen.Frequency((4, Gen.Const((string?)null)), (1, Word.Array[1, 3].Select(w => (string?)string.Join(".", w)))),
            Gen.Frequency((5, Gen.Const((string?)null)), (1, Culture)))
        .Select((folders, name, suffix, resx, className, ns, culture) => new Item(folders, name, suffix, resx, className, ns, culture));

    [Fact]
    public void Any_names_and_layout_compile_and_serve_every_file()
    {
        Items.Array[4, 16].Sample(items => Check(items), iter: PropertyRun.Iterations(Runs), threads: 1,
            print: items => string.Join("\n", items.Select(i => i.ToString())));
    }

    private static void Check(Item[] all)
    {
        var items = all.GroupBy(i => i.RelativePath, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var harness = new GeneratorHarness();
        var files = new List<(string Path, string Text)>();
        for (var i = 0; i < items.Count; i++)
        {
            var text = items[i].Resx ? MessageTestSupport.Resx(("K", Value(i))) : Value(i);
            var metadata = new Dictionary<string, string>();
            if (items[i].ClassName is { } className) metadata["ClassName"] = className;
            if (items[i].Namespace is { } ns) metadata["Namespace"] = ns;
            if (items[i].CultureMetadata is { } culture) metadata["Culture"] = culture;
            harness.AddFile(items[i].RelativePath, text, metadata);
            files.Add((GeneratorHarness.PathOf(items[i].RelativePath), text));
        }
        var run = harness.Run(new DocumentGenerator(), new MessageGenerator());

        LocatedDiagnostics.AssertEachIsInAFile(run, files);
        // EmitCompilerGeneratedFiles writes each hint name as a file below obj/: long ones fail the build (CS0016).
        Assert.All(run.GeneratedSources.Keys, hint => Assert.True(hint.Length <= 100, "Hint name too long for a path: " + hint));
        var assembly = CompiledOutput.EmitWithoutWarnings(run);
        for (var i = 0; i < items.Count; i++)
        {
            var duplicate = run.GeneratorDiagnostics.Any(d => d.Id == "LC1004" && d.Location.GetLineSpan().Path == files[i].Path);
            var culture = CultureOf(items[i]);
            Assert.True(duplicate || Served(assembly, culture).Contains(Value(i)),
                $"No generated class serves {items[i]} (its text {Value(i)}) for culture '{culture.Name}'; diagnostics: {string.Join("; ", run.GeneratorDiagnostics.Select(d => d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture)))}");
        }
    }

    private static string Value(int file) => "v" + file.ToString(CultureInfo.InvariantCulture);

    /// <summary>The culture a file is for: its Culture metadata, else its suffix, when that is a culture (else neutral).</summary>
    private static CultureInfo CultureOf(Item item)
    {
        foreach (var tag in new[] { item.CultureMetadata, item.Suffix })
        {
            if (tag is null) continue;
            try { return CultureInfo.GetCultureInfo(tag); } catch (CultureNotFoundException) { }
        }
        return CultureInfo.InvariantCulture;
    }

    /// <summary>Every text a generated class gives for <paramref name="culture"/>: a file's text must be among them for
    /// its own culture (a text served only through a fallback, such as the first culture at the invariant one, is not).</summary>
    private static HashSet<string> Served(Assembly assembly, CultureInfo culture)
    {
        var served = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes().Where(t => t.IsAbstract && t.IsSealed && t.GetMethod("For") is not null))
        {
            var variant = type.GetMethod("For")!.Invoke(null, [culture])!;
            var text = variant.GetType().GetProperty("K") ?? variant.GetType().GetProperty("Title");
            if (text?.GetValue(variant) is string value) served.Add(value);
        }
        return served;
    }
}
