using LocalizedContent.Generator.Common;

namespace LocalizedContent.Generator.Messages.Model
{
    /// <summary>The public surface of a message class: the typed one, or the .resx Designer class's.</summary>
    internal enum MessageShape
    {
        /// <summary>A property per key without arguments, a typed method per key with arguments; For and Variant.</summary>
        Default = 0,
        /// <summary>
        /// What Visual Studio's Resources.Designer.cs declares (ResourceManager, Culture, a string property per key
        /// returning its raw text) plus a typed Format{Key} method per key with arguments.
        /// </summary>
        Designer = 1,
    }

    /// <summary>What a designer-shaped class adds to <see cref="MessageClassModel"/>, decided by the class builder.</summary>
    /// <param name="ManifestBaseName">The base name of the embedded .resources the SDK would make of the neutral .resx
    /// (namespace + "." + base file name), for the ResourceManager property.</param>
    /// <param name="Members">Per member of the class (same index).</param>
    internal sealed record DesignerShapeModel(string ManifestBaseName, EquatableArray<DesignerMember> Members);

    /// <summary>One key in the designer shape.</summary>
    /// <param name="FormatName">The typed formatting method's name, or null when the key has no arguments.</param>
    /// <param name="Texts">The distinct raw texts (the translators' values, untouched) the property can return.</param>
    /// <param name="TextByFile">Per class file (same index): which of <paramref name="Texts"/> it serves.</param>
    internal sealed record DesignerMember(string? FormatName, EquatableArray<string> Texts, EquatableArray<int> TextByFile);
}
