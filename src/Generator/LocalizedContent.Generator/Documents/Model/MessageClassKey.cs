using LocalizedContent.Naming;

namespace LocalizedContent.Generator.Documents.Model
{
    /// <summary>A .resx item's class as its file names it, before <see cref="ClassNames"/> decides the final name.</summary>
    internal sealed record MessageClassKey(string Namespace, string ClassName, string FileName);
}
