namespace LocalizedContent.Generator.Messages.Model
{
    /// <summary>
    /// What the consumer's project lets the generated message code use, read from its parse options and compilation
    /// into plain values (<see cref="MessageTargetReader"/>): a C# edit that changes none of them re-emits nothing.
    /// </summary>
    /// <param name="NullableAnnotations">The consumer's C# has nullable reference types (C# 8).</param>
    /// <param name="RuntimeNamespace">The namespace of the compilation's runtime class (<see cref="MessageRuntimeEmitter.Namespace"/>).</param>
    /// <param name="StackBuffer">Message methods build their text in a stackalloc'd buffer: the framework has
    /// Span&lt;char&gt;, ArrayPool&lt;char&gt; and string(ReadOnlySpan&lt;char&gt;), and the C# has ref structs (7.2).</param>
    internal sealed record MessageTarget(bool NullableAnnotations, string RuntimeNamespace, bool StackBuffer);
}
