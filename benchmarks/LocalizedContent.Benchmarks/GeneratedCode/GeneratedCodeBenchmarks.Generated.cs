#if LOCALIZEDCONTENT_MESSAGES
using BenchmarkDotNet.Attributes;
using LocalizedContent.Benchmarks.Resources;

namespace LocalizedContent.Benchmarks.GeneratedCode;

/// <summary>
/// Part 4, generated side: the members the message generator writes for Resources/Strings*.resx. The names are the
/// messages API as written in the messages branch: `static partial class Strings` (internal by default) in
/// {RootNamespace}.{folder}, a string property per plain key, a method per key with arguments (plural counts are
/// decimal), and `Strings.For(CultureInfo?)` returning a `Strings.Variant` with the same members. If the API
/// changes, only this file needs new names.
/// </summary>
public partial class GeneratedCodeBenchmarks
{
    /// <summary>Reads CurrentUICulture on each call, as ResourceManager.GetString(name) does.</summary>
    [Benchmark, BenchmarkCategory(Property)]
    public string GeneratedProperty() => Strings.Greeting;

    /// <summary>The explicit-culture form, for code that formats for a culture other than the UI's.</summary>
    [Benchmark, BenchmarkCategory(Property)]
    public string GeneratedPropertyFor() => Strings.For(_culture).Greeting;

    [Benchmark, BenchmarkCategory(Plural)]
    public string GeneratedPlural() => Strings.FilesDeleted(Count);

    /// <summary>The same text as string.Format writes, with the file name isolated in FSI…PDI in ar and fa (two
    /// characters more).</summary>
    [Benchmark, BenchmarkCategory(Format)]
    public string GeneratedFormat() => Strings.SavedTo(FileName);

    partial void CheckFloor()
    {
        for (var n = 0; n <= 120; n++)
            if (FilesDeletedByHand(n) != Strings.FilesDeleted(n))
                throw new InvalidOperationException($"The hand-written floor writes \"{FilesDeletedByHand(n)}\" for {n} in {Culture}; the generated member \"{Strings.FilesDeleted(n)}\".");
    }
}
#endif
