using System.Collections;
using System.Globalization;
using System.Reflection;

namespace LocalizedContent.Generator.Tests.Robustness;

/// <summary>
/// A consumer that touches every public member the generators made, through reflection on the compiled and
/// loaded output: every public static property and method of every generated class (For, Current, Cultures,
/// Variants, Title, one member per message key…) for several cultures, and every public instance property and
/// method of what they return (the Variant types). Any exception is a failure: generated code must not throw.
/// </summary>
internal static class GeneratedApiConsumer
{
    private static readonly CultureInfo[] Cultures =
        [CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("ar-MA"), CultureInfo.GetCultureInfo("fa-IR")];

    /// <summary>Touches everything; returns how many members were called (so a test can tell it saw them).</summary>
    public static int TouchEveryMember(Assembly assembly)
    {
        var calls = 0;
        foreach (var type in assembly.GetTypes().Where(t => t.IsAbstract && t.IsSealed && !t.IsNested)) // static classes
        {
            foreach (var culture in Cultures)
            {
                var saved = CultureInfo.CurrentUICulture;
                CultureInfo.CurrentUICulture = culture;
                try
                {
                    foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static))
                    {
                        Touch(Get(property, null), ref calls);
                    }
                    foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => !m.IsSpecialName))
                    {
                        Touch(Invoke(method, null, culture), ref calls);
                    }
                }
                finally
                {
                    CultureInfo.CurrentUICulture = saved;
                }
            }
        }
        return calls;
    }

    private static void Touch(object? value, ref int calls)
    {
        calls++;
        if (value is null or string) return;
        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence) Touch(item, ref calls);
            return;
        }
        var type = value.GetType();
        if (type.Assembly == typeof(object).Assembly) return;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var result = Get(property, value);
            calls++;
            if (result is IEnumerable items and not string) foreach (var _ in items) calls++;
        }
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName))
        {
            Invoke(method, value, CultureInfo.InvariantCulture);
            calls++;
        }
    }

    private static object? Get(PropertyInfo property, object? target)
    {
        try
        {
            return property.GetValue(target);
        }
        catch (TargetInvocationException e)
        {
            throw new InvalidOperationException($"Generated {property.DeclaringType}.{property.Name} threw", e.InnerException);
        }
    }

    private static object? Invoke(MethodInfo method, object? target, CultureInfo culture)
    {
        // .NET format items with a format ({0:N2}) are IFormattable type parameters: numbers and dates by turns.
        Type[] formattables = [typeof(double), typeof(DateTime), typeof(decimal), typeof(int)];
        if (method.IsGenericMethodDefinition) method = method.MakeGenericMethod(method.GetGenericArguments().Select((_, i) => formattables[i % formattables.Length]).ToArray());
        var arguments = method.GetParameters().Select((p, i) => Argument(p.ParameterType, i, culture)).ToArray();
        try
        {
            return method.Invoke(target, arguments);
        }
        catch (TargetInvocationException e)
        {
            throw new InvalidOperationException($"Generated {method.DeclaringType}.{method.Name} threw", e.InnerException);
        }
    }

    /// <summary>Arguments of every type the generated API takes, varied by position (null strings too).</summary>
    private static object? Argument(Type type, int position, CultureInfo culture)
    {
        if (type == typeof(CultureInfo)) return culture;
        if (type == typeof(decimal)) return position % 3 == 0 ? 1m : position % 3 == 1 ? 2.5m : -1234567.89m;
        if (type == typeof(string)) return position % 2 == 0 ? "نص \u202E x" : null;
        if (type == typeof(int)) return position;
        if (type == typeof(double)) return position % 2 == 0 ? 1234.5 : -0.25;
        if (type == typeof(DateTime)) return new DateTime(2026, 11, 23, 1, 2, 3, DateTimeKind.Utc);
        if (type == typeof(DateTimeOffset)) return new DateTimeOffset(2026, 11, 23, 1, 2, 3, TimeSpan.FromHours(3.5));
        if (type == typeof(object)) return position % 2 == 0 ? 42 : "obj";
        return type.IsValueType ? Activator.CreateInstance(type) : null;
    }
}
