using System.Globalization;
using System.Reflection;
using System.Resources;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LocalizedContent.Benchmarks.Infrastructure;

namespace LocalizedContent.Benchmarks.GeneratedCode;

/// <summary>
/// Part 4: the generated code at run time against what a user writes without it, with the UI culture Arabic (the
/// language with all six plural categories) and Persian. This file holds the ResourceManager side, which always compiles; the generated side is
/// in GeneratedCodeBenchmarks.Generated.cs and compiles once the message generator is in the generator project.
/// Resources/Strings*.resx are both LocalizedContent (generator input) and EmbeddedResource (ResourceManager input).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[Config(typeof(Columns))]
// 150 ms iterations instead of 500: ten nanosecond-scale cases stay precise enough and take a minute, not five.
[IterationTime(150)]
public partial class GeneratedCodeBenchmarks
{
    public const string Property = "Property";
    public const string Plural = "Plural";
    public const string Format = "Format";

    /// <summary>The argument of the format rows: a file name, as a .NET format item's object.</summary>
    private const string FileName = "report.pdf";

    /// <summary>5 is "few" in Arabic, "other" in Persian: the hand-written switch and the generated rules take a real branch.</summary>
    private const int Count = 5;

    private static readonly ResourceManager Resources = new("LocalizedContent.Benchmarks.Resources.Strings", typeof(GeneratedCodeBenchmarks).Assembly);

    [Params("ar", "fa")]
    public string Culture { get; set; } = "ar";

    private CultureInfo _culture = CultureInfo.InvariantCulture;
    private CultureInfo _previousUICulture = CultureInfo.InvariantCulture;

    [GlobalSetup]
    public void Setup()
    {
        // The app's UI culture, as a localized app sets it at startup; both sides read it on every call. Only the UI
        // culture: the benchmarks run in BenchmarkDotNet's process, whose reports must keep the invariant number format.
        _culture = CultureInfo.GetCultureInfo(Culture);
        _previousUICulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.DefaultThreadCurrentUICulture = _culture;
        // Load the satellite assembly before timing (ResourceManager caches its ResourceSet per culture).
        if (Resources.GetString("Greeting") is null) throw new InvalidOperationException("Strings.resx is not embedded: LocalizedContentKeepEmbeddedResources must be true");
        CheckFloor();
    }

    /// <summary>The hand-written floor writes what the generated member writes (GeneratedCodeBenchmarks.Generated.cs).</summary>
    partial void CheckFloor();

    [GlobalCleanup]
    public void Cleanup()
    {
        CultureInfo.CurrentUICulture = _previousUICulture;
        CultureInfo.DefaultThreadCurrentUICulture = null;
    }

    [Benchmark(Baseline = true), BenchmarkCategory(Property)]
    public string? ResourceManagerProperty() => Resources.GetString("Greeting");

    /// <summary>Microsoft's ResxSourceGenerator: its property calls ResourceManager.GetString(name, Culture).</summary>
    [Benchmark, BenchmarkCategory(Property)]
    public string? ResxSourceGeneratorProperty() => obj.MicrosoftResx.Strings.Greeting;

    /// <summary>A value with a .NET format item, as a user writes it without a generator.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(Format)]
    public string ResourceManagerFormat() => string.Format(CultureInfo.CurrentUICulture, Resources.GetString("SavedTo")!, FileName);

    /// <summary>ResxSourceGenerator's format method (EmitFormatMethods): string.Format over its property.</summary>
    [Benchmark, BenchmarkCategory(Format)]
    public string ResxSourceGeneratorFormat() => obj.MicrosoftResx.Strings.FormatSavedTo(FileName);

    /// <summary>What a user writes without the generator: pick the form's key by hand, then string.Format.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(Plural)]
    public string ResourceManagerPlural()
    {
        var culture = CultureInfo.CurrentUICulture;
        return string.Format(culture, Resources.GetString("FilesDeleted_" + PluralForm(culture, Count), culture)!, Count);
    }

    /// <summary>The CLDR rules a user copies for the languages they ship (Arabic's six forms; one/other otherwise).</summary>
    private static string PluralForm(CultureInfo culture, int n)
    {
        if (culture.TwoLetterISOLanguageName != "ar") return n == 1 ? "One" : "Other";
        var mod100 = n % 100;
        return n switch
        {
            0 => "Zero",
            1 => "One",
            2 => "Two",
            _ when mod100 is >= 3 and <= 10 => "Few",
            _ when mod100 is >= 11 and <= 99 => "Many",
            _ => "Other",
        };
    }

    /// <summary>Each row's result once (untimed): the managed size of the string is what "one allocation" must equal.</summary>
    /// <summary>The managed size of the string <paramref name="method"/> returns (64-bit), for the allocation target.</summary>
    internal static int ResultBytes(string method, string culture)
    {
        var bench = new GeneratedCodeBenchmarks { Culture = culture };
        bench.Setup();
        try { return ((string?)typeof(GeneratedCodeBenchmarks).GetMethod(method, BindingFlags.Public | BindingFlags.Instance)?.Invoke(bench, null)) is { } value ? (22 + 2 * value.Length + 7) / 8 * 8 : -1; }
        finally { bench.Cleanup(); }
    }

    private static string Result(string method, string culture)
    {
        var bench = new GeneratedCodeBenchmarks { Culture = culture };
        bench.Setup();
        string? value;
        try { value = (string?)typeof(GeneratedCodeBenchmarks).GetMethod(method, BindingFlags.Public | BindingFlags.Instance)!.Invoke(bench, null); }
        finally { bench.Cleanup(); }
        if (value is null) return "null";
        // 64-bit string: 8 header + 8 method table + 4 length + 2 per char + 2 terminator, rounded up to 8.
        var bytes = (22 + 2 * value.Length + 7) / 8 * 8;
        ResultNotes.Add(nameof(GeneratedCodeBenchmarks), $"{method} ({culture}) returns \"{value}\" ({value.Length} chars, a {bytes} B string).");
        return $"{value.Length} chars = {bytes} B";
    }

    private sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(new ValueColumn("Result string", (_, b) => Result(b.Descriptor.WorkloadMethod.Name, (string)b.Parameters[nameof(Culture)]),
            "Length and managed size of the returned string: a call that allocates only its result allocates exactly this"));
    }
}
