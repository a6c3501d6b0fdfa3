using System.Reflection;
using LocalizedContent.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Benchmarks.Infrastructure;

/// <summary>Profiling aid (<c>-- --resx-read</c>): the .resx reader the generator and analyzers share, on the benchmark
/// corpus's 30 files, read by the fast reader (ResxFile.Read) and by XmlReader (ResxFile.ReadWithXmlReader), the least
/// of 40 rounds each, alternated, with what each allocates.</summary>
internal static class ResxReadProbe
{
    private const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;

    public static void Run()
    {
        var generator = RoslynComponents.Generators()[0].GetGeneratorType().Assembly;
        var file = generator.GetType("LocalizedContent.ResxFormat.ResxFile")!;
        var map = generator.GetType("LocalizedContent.ResxFormat.XmlLineMap")!;
        var read = file.GetMethod("Read", Any, [typeof(SourceText)])!;
        var xml = file.GetMethod("ReadWithXmlReader", Any)!;
        var texts = ContentCorpus.Shared.Resx.Select(f => SourceText.From(new MemoryStream(f.Bytes))).ToArray();
        var fast = new Timing();
        var slow = new Timing();
        for (var round = 0; round < 40; round++)
        {
            fast.Measure(() => { foreach (var t in texts) read.Invoke(null, [t]); });
            slow.Measure(() => { foreach (var t in texts) xml.Invoke(null, [t, Activator.CreateInstance(map, Any, null, [t], null)]); });
        }
        Console.WriteLine($"{texts.Length} files, {texts.Sum(t => t.Length) / 1e6:F2} M chars: fast reader {fast}; XmlReader {slow}");
    }

    private sealed class Timing
    {
        private double _least = double.MaxValue;
        private long _allocated;

        public void Measure(Action action)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            action();
            _least = Math.Min(_least, watch.Elapsed.TotalMilliseconds);
            _allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        public override string ToString() => $"least {_least:F1} ms, {_allocated / 1e6:F1} MB allocated";
    }
}
