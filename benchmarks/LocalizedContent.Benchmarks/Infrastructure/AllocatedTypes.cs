using System.Diagnostics.Tracing;

namespace LocalizedContent.Benchmarks.Infrastructure;

/// <summary>Allocations by type from the runtime's own allocation samples (GCAllocationTick, one per ~100 KB),
/// listened to in-process: no profiler to attach, no stacks (for those, dotnet-trace with the GC keyword).</summary>
public sealed class AllocatedTypes : EventListener
{
    private readonly Dictionary<string, long> _bytes = [];
    private volatile bool _on;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        // The GC keyword (0x1) at verbose level carries the allocation samples.
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_on || eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.Payload is null || eventData.PayloadNames is null) return;
        var type = eventData.Payload[eventData.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        // AllocationKind: 0 small objects, 1 large (85,000 bytes or more: never moved, fresh memory when the heap grows), 2 pinned.
        var kind = eventData.PayloadNames.IndexOf("AllocationKind");
        if (kind >= 0 && Convert.ToInt32(eventData.Payload[kind], System.Globalization.CultureInfo.InvariantCulture) == 1) type = "(large) " + type;
        var amount = Convert.ToInt64(eventData.Payload[eventData.PayloadNames.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
        lock (_bytes) _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
    }

    public static void Print(Action run, int runs)
    {
        using var listener = new AllocatedTypes();
        run();
        run();
        listener._on = true;
        for (var i = 0; i < runs; i++) run();
        listener._on = false;
        Thread.Sleep(500); // the last samples arrive on the listener's thread
        lock (listener._bytes)
        {
            foreach (var (type, bytes) in listener._bytes.OrderByDescending(p => p.Value).Take(40)) Console.WriteLine($"{bytes / runs / 1e6,8:F1} MB  {type}");
        }
    }
}
