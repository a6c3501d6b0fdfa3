using System.Globalization;
using System.Reflection;
using System.Security;
using System.Text;
using LocalizedContent.Generator.Messages;
using LocalizedContent.Generator.Tests.Infrastructure;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>Builds .resx text with predictable lines and calls the generated messages through reflection.</summary>
internal static class MessageTestSupport
{
    public const string ClassName = "TestApp.Resources.Strings";

    /// <summary>
    /// A .resx: line 1 the XML declaration, line 2 &lt;root&gt;, then three lines per entry, so entry k (0-based)
    /// has its &lt;data&gt; on line 3 + 3k at column 3 and its &lt;value&gt; on line 4 + 3k at column 5 (1-based).
    /// </summary>
    public static string Resx(params (string Key, string Value)[] entries)
    {
        var builder = new StringBuilder();
        builder.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n");
        foreach (var (key, value) in entries)
        {
            builder.Append("  <data name=\"").Append(SecurityElement.Escape(key)).Append("\" xml:space=\"preserve\">\n");
            builder.Append("    <value>").Append(SecurityElement.Escape(value)).Append("</value>\n");
            builder.Append("  </data>\n");
        }
        builder.Append("</root>\n");
        return builder.ToString();
    }

    public static int DataLine(int entry) => 3 + 3 * entry;

    public static int ValueLine(int entry) => 4 + 3 * entry;

    public static GeneratorRun Run(GeneratorHarness harness) => harness.Run(new MessageGenerator());

    /// <summary>Runs the generator, asserts the output compiles, and loads it.</summary>
    public static Assembly CompileAndLoad(GeneratorHarness harness)
    {
        var run = Run(harness);
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        return run.CompileAndLoad();
    }

    /// <summary><c>Strings.For(culture).Member(args)</c> (a method, or a property when args is empty and it is one).</summary>
    public static string Call(Assembly assembly, string culture, string member, params object?[] args)
    {
        var type = assembly.GetType(ClassName, throwOnError: true)!;
        var variant = type.GetMethod("For")!.Invoke(null, [CultureInfo.GetCultureInfo(culture)])!;
        var property = variant.GetType().GetProperty(member);
        if (property is not null && args.Length == 0) return (string)property.GetValue(variant)!;
        // Date members have DateTimeOffset (and DateOnly) overloads: pick the one the arguments' types match.
        var byTypes = args.All(a => a is not null) ? variant.GetType().GetMethod(member, args.Select(a => a!.GetType()).ToArray()) : null;
        var method = byTypes ?? variant.GetType().GetMethods().SingleOrDefault(m => m.Name == member) ?? throw new InvalidOperationException("No member " + member);
        if (method.IsGenericMethodDefinition)
        {
            // .NET format items with a format ({0:N2}) are IFormattable type parameters: each takes its argument's type.
            var parameters = method.GetParameters();
            method = method.MakeGenericMethod(method.GetGenericArguments()
                .Select(t => args[Array.FindIndex(parameters, p => p.ParameterType == t)]!.GetType()).ToArray());
        }
        return (string)method.Invoke(variant, args)!;
    }

    /// <summary>Makes FSI/PDI and other invisible characters visible in assertion messages.</summary>
    public static string Show(string s) => s.Replace("\u2068", "⁅").Replace("\u2069", "⁆");
}
