using System.Reflection;
using System.Runtime.CompilerServices;

namespace LocalizedContent.Benchmarks.Infrastructure;

/// <summary>
/// Profiling aid: the bytes an object graph holds, by type, estimated by walking its fields (the runtime's own heap
/// dump tools drop most objects of a large heap here). Objects met in an earlier call are not counted again, so
/// walking a generator's tracked steps in pipeline order charges each object to the first step that holds it.
/// </summary>
internal sealed class RetainedSizes
{
    private readonly HashSet<object> _seen = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Type, FieldInfo[]> _fields = [];

    public Dictionary<string, (long Bytes, int Count)> ByType { get; } = [];

    /// <summary>The bytes of the objects reachable from <paramref name="root"/> not met before.</summary>
    public long Walk(object? root)
    {
        long total = 0;
        var pending = new Stack<object>();
        Queue(root, pending);
        while (pending.Count > 0)
        {
            var item = pending.Pop();
            var type = item.GetType();
            long size;
            if (item is string s) size = 22 + 2L * s.Length;
            else if (item is Array array)
            {
                var element = type.GetElementType()!;
                size = 24 + array.Length * (long)SlotSize(element);
                if (!element.IsPrimitive && !element.IsEnum && !element.IsPointer)
                    foreach (var value in array) Queue(value, pending);
            }
            else if (type.IsCOMObject || typeof(Delegate).IsAssignableFrom(type) || type.IsPointer) size = 24;
            else
            {
                size = 16;
                foreach (var field in Fields(type))
                {
                    size += SlotSize(field.FieldType);
                    if (!field.FieldType.IsPrimitive && !field.FieldType.IsEnum && !field.FieldType.IsPointer)
                        Queue(field.GetValue(item), pending);
                }
            }
            size = (size + 7) & ~7L;
            total += size;
            var name = type.IsArray ? type.GetElementType()!.Name + "[]" : type.Name;
            ByType.TryGetValue(name, out var entry);
            ByType[name] = (entry.Bytes + size, entry.Count + 1);
        }
        return total;
    }

    /// <summary>Queues <paramref name="value"/> when it is an object not met before; for a struct (whose fields its
    /// holder's size already counts), the objects its fields refer to.</summary>
    private void Queue(object? value, Stack<object> pending)
    {
        if (value is null) return;
        var type = value.GetType();
        if (!type.IsValueType)
        {
            if (!type.IsPointer && _seen.Add(value)) pending.Push(value);
            return;
        }
        if (type.IsPrimitive || type.IsEnum) return;
        foreach (var field in Fields(type))
            if (!field.FieldType.IsPrimitive && !field.FieldType.IsEnum && !field.FieldType.IsPointer)
                Queue(field.GetValue(value), pending);
    }

    private FieldInfo[] Fields(Type type)
    {
        if (_fields.TryGetValue(type, out var fields)) return fields;
        var list = new List<FieldInfo>();
        for (var t = type; t != null; t = t.BaseType)
            list.AddRange(t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
        return _fields[type] = [.. list];
    }

    private static int SlotSize(Type type)
    {
        if (!type.IsValueType) return 8;
        if (type.IsEnum) return Marshal(Enum.GetUnderlyingType(type));
        if (type.IsPrimitive) return Marshal(type);
        return (int)typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!.MakeGenericMethod(type).Invoke(null, null)!;
    }

    private static int Marshal(Type primitive) => Type.GetTypeCode(primitive) switch
    {
        TypeCode.Boolean or TypeCode.Byte or TypeCode.SByte => 1,
        TypeCode.Char or TypeCode.Int16 or TypeCode.UInt16 => 2,
        TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Single => 4,
        _ => 8,
    };
}
