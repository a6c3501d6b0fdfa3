using LocalizedContent.Generator.Common;

namespace LocalizedContent.Generator.Documents.Model
{
    /// <summary>
    /// One parsed document file: where it goes (class, namespace, culture) and what it says. Plain equatable
    /// values only, so an unchanged file compares equal between runs and its class is not re-emitted.
    /// </summary>
    /// <param name="FilePath">The full path diagnostics are reported against.</param>
    /// <param name="FileName">The file name, for doc comments and messages.</param>
    /// <param name="ClassName">A valid C# identifier (metadata, front matter or file name).</param>
    /// <param name="Namespace">A valid dotted namespace, possibly empty.</param>
    /// <param name="Culture">A normalized BCP 47 tag, or null for the neutral file.</param>
    /// <param name="Content">The document's text and its parts.</param>
    /// <param name="Diagnostics">Problems found in the name, metadata, encoding and text.</param>
    /// <param name="ClassNameLocation">Where the class name comes from (the front matter's class line, else the file):
    /// a rename of the class is reported there.</param>
    internal sealed record DocumentFile(
        string FilePath,
        string FileName,
        string ClassName,
        string Namespace,
        string? Culture,
        DocumentContent Content,
        EquatableArray<DiagnosticInfo> Diagnostics,
        LocationInfo ClassNameLocation)
    {
        public string ClassKey => Namespace.Length == 0 ? ClassName : Namespace + "." + ClassName;
    }

    /// <param name="Text">The text after any front matter: BOM removed, line endings \n.</param>
    /// <param name="Title">The front matter's title, or the first non-blank line of the text, trimmed.</param>
    /// <param name="Paragraphs">Start and length pairs into <paramref name="Text"/>, one pair per paragraph: the
    /// generated code cuts paragraphs from the text at run time so each character is stored in the assembly once.</param>
    /// <param name="Language">The language subtag for an HTML lang attribute ("ar", "fa"), or "" when unknown.</param>
    /// <param name="IsRightToLeft">The base direction the text is written in.</param>
    internal sealed record DocumentContent(
        string Text,
        string Title,
        EquatableArray<int> Paragraphs,
        string Language,
        bool IsRightToLeft);

    /// <summary>
    /// All culture variants of one generated class, and the file name its source gets: the emitter's input, with
    /// no diagnostics or locations, so an edit that only moves a diagnostic leaves it equal and re-emits nothing.
    /// </summary>
    internal sealed record DocumentClass(
        string HintName,
        string Namespace,
        string ClassName,
        EquatableArray<DocumentVariant> Variants);

    /// <summary>One culture's file of a class, as the emitter writes it.</summary>
    internal sealed record DocumentVariant(string? Culture, string FileName, DocumentContent Content)
    {
        public static DocumentVariant Of(DocumentFile file) => new DocumentVariant(file.Culture, file.FileName, file.Content);
    }

    /// <summary>The classes of all documents, and apart from them the diagnostics of their files and grouping.</summary>
    internal sealed record DocumentClasses(EquatableArray<DocumentClass> Classes, EquatableArray<DiagnosticInfo> Diagnostics);
}
