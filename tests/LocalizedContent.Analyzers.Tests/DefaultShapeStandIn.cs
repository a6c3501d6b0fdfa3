namespace LocalizedContent.Analyzers.Tests;

/// <summary>
/// Hand-written stand-ins for the fixes that move call sites to the default shape: what the generator emits once
/// Shape="designer" is removed (the attribute, a static method per key with placeholders, no ResourceManager), and
/// the classes the fixes must leave alone.
/// </summary>
internal static class DefaultShapeStandIn
{
    public const string Classes = """

        namespace App
        {
            [global::System.CodeDom.Compiler.GeneratedCode("LocalizedContent", "0.1.0")]
            internal static partial class Resources
            {
                public static global::System.Globalization.CultureInfo? Culture { get; set; }
                public static string Greeting(object? arg0, object? arg1) => "";
                public static string Price<T0>(T0 arg0) where T0 : global::System.IFormattable => "";
                public static string Many(object? arg0, object? arg1, object? arg2, object? arg3) => "";
                public static string Title => "عنوان";
            }

            // Still the Designer shape (a static ResourceManager), here with a method Greeting of its own.
            [global::System.CodeDom.Compiler.GeneratedCode("LocalizedContent", "0.1.0")]
            internal static class Designer
            {
                public static global::System.Resources.ResourceManager ResourceManager => null!;
                public static string Greeting(object? arg0, object? arg1) => "";
            }

            // The default shape without LocalizedContent's attribute: the user's own class.
            internal static class Plain
            {
                public static string Greeting(object? arg0, object? arg1) => "";
            }
        }
        """;
}
