using System.Globalization;
using System.Reflection;
using CsCheck;
using LocalizedContent.Generator.Messages;
using LocalizedContent.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace LocalizedContent.Generator.Tests.Robustness;

/// <summary>
/// The designer shape compiles for any keys, at C# 7.3 and 12: keywords, Unicode, keys named like its own members
/// (Culture, ResourceManager) or like another key's Format method (FormatX beside X), and every property returns its
/// key's raw text for the neutral culture. Fast enough for every run; LOCALIZEDCONTENT_PROPERTY_SCALE runs more.
/// </summary>
public sealed class DesignerShapeProperties
{
    private const int Runs = 12;

    private static readonly Gen<string> Key = Gen.Frequency(
        (3, HostileText.Text(3)),
        (4, Gen.OneOf("Culture", "ResourceManager", "X", "FormatX", "FormatX_2", "Format", "FormatFormatX", "class", "@class", "For", "Variant",
            "Resources", "System", "global", "__LCCulture", "__LCResourceManager", "عنوان", "1st", "", "Resources_2", "FormatCulture_2")));

    private static readonly Gen<string> Value = Gen.Frequency(
        (3, HostileText.Text(4).Select(v => v.Replace("{", "").Replace("}", "").Replace("'", ""))),
        (3, Gen.OneOf("{0}", "{0} and {1}", "{n, plural, one {# x} other {# y}}", "{d, date, long}", "{g, select, a {A} other {B}}", "it's '{'", "{", "{name}")));

    private static readonly Gen<(string Key, string Value)> Entry = Gen.Select(Key, Value);

    /// <summary>A date the Persian and Hijri calendars can show (DateTime's default, year 1, is before both).</summary>
    private static object? Argument(Type type) =>
        type == typeof(DateTime) ? new DateTime(2024, 3, 20) : type == typeof(DateTimeOffset) ? new DateTimeOffset(2024, 3, 20, 0, 0, 0, TimeSpan.Zero)
        : type.IsValueType ? Activator.CreateInstance(type) : null;

    /// <summary>The generated class compiled without warnings, or null when a key or value cannot be written in XML.</summary>
    private static Type? Compile((string Key, string Value)[] neutral, (string Key, string Value)[] persian, bool legacy, bool stringLocalizer)
    {
        var harness = new GeneratorHarness()
            .AddFile("Properties/Resources.resx", ResxWriter.Write(neutral), new Dictionary<string, string> { ["Shape"] = "designer" })
            .AddFile("Properties/Resources.fa.resx", ResxWriter.Write(persian));
        if (legacy) harness.WithLanguageVersion(LanguageVersion.CSharp7_3);
        if (stringLocalizer) foreach (var reference in Messages.StringLocalizerTests.ExtensionsReferences) harness.WithReference(reference);
        var run = harness.Run(new MessageGenerator());
        if (neutral.Concat(persian).Any(e => HostileText.IsXmlIllegal(e.Key + e.Value, out _))) return null;
        return CompiledOutput.EmitWithoutWarnings(run).GetType("TestApp.Properties.Resources")!;
    }

    /// <summary>
    /// Generates a neutral and a Persian file of the designer shape (at C# 7.3 or 12), compiles them and, for inputs
    /// XML can hold, calls <paramref name="check"/> with the class (its Culture set to the invariant culture) and the
    /// neutral entries.
    /// </summary>
    private static void Sample(bool stringLocalizer, Action<Type, (string Key, string Value)[]> check) =>
        Gen.Select(Entry.Array[1, 12], Entry.Array[0, 8], Gen.Bool).Sample((neutral, persian, legacy) =>
            {
                var type = Compile(neutral, persian, legacy, stringLocalizer);
                if (type is null) return;
                type.GetProperty("Culture")!.SetValue(null, CultureInfo.InvariantCulture);
                check(type, neutral);
            },
            iter: PropertyRun.Iterations(Runs), threads: 1,
            print: t => "neutral: " + string.Join(", ", t.Item1.Select(e => PropertyRun.Show(e.Key, 40) + "=" + PropertyRun.Show(e.Value, 60)))
                + "\nfa: " + string.Join(", ", t.Item2.Select(e => PropertyRun.Show(e.Key, 40) + "=" + PropertyRun.Show(e.Value, 60))) + "\nC# 7.3: " + t.Item3);

    private static Dictionary<string, string> FirstByKey((string Key, string Value)[] entries)
    {
        var firstByKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in entries) firstByKey.TryAdd(key, value);
        return firstByKey;
    }

    [Fact]
    public void Any_keys_compile_in_the_designer_shape_and_read_back_their_raw_text() => Sample(stringLocalizer: false, (type, neutral) =>
    {
        var texts = type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(string))
            .Select(p => (string)p.GetValue(null)!).ToList();
        var firstByKey = FirstByKey(neutral);
        foreach (var value in firstByKey.Values) Assert.True(texts.Remove(value), "No property returns " + PropertyRun.Show(value));
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name.StartsWith("Format", StringComparison.Ordinal) && !m.IsSpecialName))
        {
            Assert.NotNull(method.Invoke(null, method.GetParameters().Select(p => Argument(p.ParameterType)).ToArray()));
        }
    });

    /// <summary>The compiled IStringLocalizer of a designer-shaped class: any keys compile, and each neutral key is
    /// found by its .resx name with its raw text (what the property returns).</summary>
    [Fact]
    public void With_the_localizer_any_keys_compile_and_serve_their_raw_text_by_resx_key() => Sample(stringLocalizer: true, (type, neutral) =>
    {
        var localizer = (Microsoft.Extensions.Localization.IStringLocalizer)type.GetField("__LCStringLocalizer", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        foreach (var (key, value) in FirstByKey(neutral))
        {
            var found = localizer[key];
            Assert.False(found.ResourceNotFound, "Not found: " + PropertyRun.Show(key));
            Assert.Equal(value, found.Value);
        }
    });
}
