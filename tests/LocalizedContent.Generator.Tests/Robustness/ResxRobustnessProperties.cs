using System.Reflection;
using CsCheck;
using LocalizedContent.Generator.Messages;
using LocalizedContent.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace LocalizedContent.Generator.Tests.Robustness;

/// <summary>
/// Issue 7 for .resx messages: any keys and values give compiling code, each plain value (no ICU syntax) reads
/// back exactly as written, every key gets a member, and every rejected input (XML that cannot hold a character,
/// duplicate keys, invalid ICU syntax, colliding names) has a diagnostic with a file, line and column.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ResxRobustnessProperties
{
    /// <summary>Runs in CI: 80 × 3 files × ~32 entries ≈ 7,800 entries.</summary>
    private const int Runs = 80;

    private static readonly Gen<string> Key = Gen.Frequency(
        (6, HostileText.TextOrHuge(4, oneIn: 500)),
        (2, Gen.OneOf("Title", "title", "Ti tle", "Ti-tle", "Ti_tle", "class", "@class", "1st", "١st", "", " ", "For", "Variant", "ToString",
            "__LCx", "R0", "عنوان", "عنوان\u200C", "\u202Eعنوان", "key\"<x>", "a\tb", "a\nb", "a\rb")));

    /// <summary>A value with no ICU syntax ({, } and ' have meaning in MessageFormat and are left out).</summary>
    private static readonly Gen<string> PlainValue = HostileText.TextOrHuge(10, oneIn: 300).Select(v => v.Replace("{", "").Replace("}", "").Replace("'", ""));

    private static readonly Gen<string> IcuValue = Gen.Select(HostileText.Text(3), Gen.OneOf(
        "{n, plural, one {# x} other {# y}}", "{g, select, a {A} other {B}}", "{0}", "{name}", "{", "}", "'{'", "''", "{n, plural, one {x}}",
        "{n, number}", "{ن, plural, =0 {} other {#}}", "{class}", "{0} {1} {0}", "{n, plural, offset:1 other {#}}"), HostileText.Text(3))
        .Select((a, icu, b) => a + icu + b);

    private static readonly Gen<(string Key, string Value)> Entry =
        Gen.Select(Key, Gen.Frequency((6, PlainValue), (2, IcuValue), (1, Gen.Const(""))));

    private static string Print((string Key, string Value)[] entries) =>
        "Resources/R0.resx:\n" + string.Join("\n", entries.Select(e => "  " + PropertyRun.Show(e.Key, 80) + " = " + PropertyRun.Show(e.Value)));

    [Fact]
    public void Any_keys_and_values_compile_read_back_exactly_or_get_a_located_diagnostic()
    {
        Entry.Array[5, 60].Array[3].Sample(files =>
            Minimal.Check(files, CheckFiles, Print),
            iter: PropertyRun.Iterations(Runs), threads: 1, print: files => string.Join("\n", files.Select(Print)));
    }

    private static void CheckFiles((string Key, string Value)[][] files)
    {
        var harness = new GeneratorHarness();
        var texts = new List<(string Path, string Text)>();
        for (var f = 0; f < files.Length; f++)
        {
            var text = ResxWriter.Write(files[f]);
            harness.AddFile($"Resources/R{f}.resx", text);
            texts.Add((GeneratorHarness.PathOf($"Resources/R{f}.resx"), text));
        }
        var run = harness.Run(new MessageGenerator());

        LocatedDiagnostics.AssertEachIsInAFile(run, texts);
        var assembly = CompiledOutput.EmitWithoutWarnings(run);
        GeneratedApiConsumer.TouchEveryMember(assembly);

        for (var f = 0; f < files.Length; f++)
        {
            var path = texts[f].Path;
            var diagnostics = run.GeneratorDiagnostics.Where(d => d.Location.GetLineSpan().Path == path).ToList();
            Assert.DoesNotContain(diagnostics, d => d.Id == "LC1005"); // a string the user wrote is never "not UTF-8"
            var illegal = FirstXmlIllegalCharacter(texts[f].Text);
            if (illegal >= 0)
            {
                // XML cannot hold the character: the file is malformed, reported where the character is.
                var expectedLine = texts[f].Text.Take(illegal).Count(c => c == '\n');
                var malformed = diagnostics.Where(d => d.Id == "LC1028").ToList();
                Assert.True(malformed.Count == 1, $"Expected one LC1028 for the character at line {expectedLine + 1}, got: {string.Join("; ", diagnostics)}");
                Assert.Equal(expectedLine, malformed[0].Location.GetLineSpan().StartLinePosition.Line);
                continue;
            }
            Assert.DoesNotContain(diagnostics, d => d.Id == "LC1028");

            var firstByKey = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in files[f]) firstByKey.TryAdd(key, value);
            Assert.Equal(files[f].Length - firstByKey.Count, diagnostics.Count(d => d.Id == "LC1021")); // one per duplicate

            var variant = assembly.GetType($"TestApp.Resources.R{f}")!.GetMethod("For")!.Invoke(null, [System.Globalization.CultureInfo.InvariantCulture])!;
            var members = variant.GetType().GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m is PropertyInfo || (m is MethodInfo method && !method.IsSpecialName && m.Name is not ("Equals" or "GetHashCode" or "ToString")))
                .ToList();
            Assert.Equal(firstByKey.Count, members.Count); // every distinct key has a member
            var read = members.OfType<PropertyInfo>().Select(p => (string)p.GetValue(variant)!).ToList();
            foreach (var (key, value) in firstByKey.Where(e => e.Value.IndexOfAny(['{', '}', '\'']) < 0))
            {
                Assert.True(read.Remove(value), $"No member of R{f} reads back the value of key {PropertyRun.Show(key)}: {PropertyRun.Show(value)}");
            }
        }
    }

    /// <summary>
    /// The compiled IStringLocalizer over the same inputs, at C# 12 and C# 7.3 (no nullable annotations): the
    /// output still compiles without warnings, and every distinct key of a well-formed file is found by its .resx
    /// key, a plain value reads back exactly, and GetAllStrings lists each key once.
    /// </summary>
    [Fact]
    public void With_the_localizer_any_keys_compile_and_each_key_is_found_by_its_resx_name()
    {
        Gen.Select(Entry.Array[5, 40].Array[2], Gen.Bool).Sample((files, legacy) =>
            CheckLocalizer(files, legacy),
            iter: PropertyRun.Iterations(Runs / 2), threads: 1, print: t => (t.Item2 ? "C# 7.3\n" : "") + string.Join("\n", t.Item1.Select(Print)));
    }

    private static void CheckLocalizer((string Key, string Value)[][] files, bool legacy)
    {
        var harness = new GeneratorHarness().WithLanguageVersion(legacy ? Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3 : Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12);
        foreach (var reference in Messages.StringLocalizerTests.ExtensionsReferences) harness.WithReference(reference);
        var texts = new List<string>();
        for (var f = 0; f < files.Length; f++)
        {
            texts.Add(ResxWriter.Write(files[f]));
            harness.AddFile($"Resources/R{f}.resx", texts[f]);
        }
        var run = harness.Run(new MessageGenerator());
        var assembly = CompiledOutput.EmitWithoutWarnings(run);

        var saved = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.InvariantCulture;
        try
        {
            for (var f = 0; f < files.Length; f++)
            {
                if (FirstXmlIllegalCharacter(texts[f]) >= 0) continue;
                var type = assembly.GetType($"TestApp.Resources.R{f}")!;
                var localizer = (Microsoft.Extensions.Localization.IStringLocalizer)type.GetField("__LCStringLocalizer", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
                var firstByKey = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (key, value) in files[f]) firstByKey.TryAdd(key, value);
                foreach (var (key, value) in firstByKey)
                {
                    var found = localizer[key];
                    Assert.False(found.ResourceNotFound, $"R{f}: key {PropertyRun.Show(key)} not found");
                    if (value.IndexOfAny(['{', '}', '\'']) < 0) Assert.Equal(value, found.Value);
                }
                Assert.Equal(firstByKey.Keys.OrderBy(k => k, StringComparer.Ordinal), localizer.GetAllStrings(true).Select(s => s.Name).OrderBy(k => k, StringComparer.Ordinal));
                Assert.True(localizer["\u0001 no such key"].ResourceNotFound);
            }
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = saved;
        }
    }

    private static int FirstXmlIllegalCharacter(string text) => HostileText.IsXmlIllegal(text, out var index) ? index : -1;
}
