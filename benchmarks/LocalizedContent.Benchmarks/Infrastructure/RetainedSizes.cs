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
        if (root != null && !root.GetType().IsValueType && _seen.Add(root)) pending.Push(root);
        else if (root != null) total += Inline(root, pending);
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
                    foreach (var value in array) size += Inline(value, pending, element.IsValueType);
            }
            else if (type.IsCOMObject || typeof(Delegate).IsAssignableFrom(type) || type.IsPointer) size = 24;
            else
            {
                size = 16;
                foreach (var field in Fields(type))
                {
                    size += SlotSize(field.FieldType);
                    if (!field.FieldType.IsPrimitive && !field.FieldType.IsEnum && !field.FieldType.IsPointer)
                        size += Inline(field.GetValue(item), pending, field.FieldType.IsValueType);
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

    /// <summary>References inside a value (a struct's fields are counted in its holder's size): queued, 0 bytes here.</summary>
    private long Inline(object? value, Stack<object> pending, bool isValueType = false)
    {
        if (value is null) return 0;
        var type = value.GetType();
        if (!type.IsValueType)
        {
            if (!type.IsPointer && _seen.Add(value)) pending.Push(value);
            return 0;
        }
        if (type.IsPrimitive || type.IsEnum) return 0;
        long extra = isValueType ? 0 : 0;
        foreach (var field in Fields(type))
            if (!field.FieldType.IsPrimitive && !field.FieldType.IsEnum && !field.FieldType.IsPointer)
                extra += Inline(field.GetValue(value), pending, field.FieldType.IsValueType);
        return extra;
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
