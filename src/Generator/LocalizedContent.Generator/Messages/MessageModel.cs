using LocalizedContent.Generator.Common;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>A parsed ICU message: a sequence of parts. Records, so the pipeline can compare them.</summary>
    internal abstract record MessagePart;

    /// <summary>Literal text, quoting already resolved.</summary>
    internal sealed record TextPart(string Text) : MessagePart;

    /// <summary><c>{name}</c> or <c>{name, number}</c>.</summary>
    internal sealed record ArgumentPart(string Name, bool IsNumber) : MessagePart;

    /// <summary><c>#</c> inside a plural: the count minus the plural's offset, as a number.</summary>
    internal sealed record PoundPart(string Name, decimal Offset) : MessagePart;

    /// <summary><c>{name, plural, offset:N =5 {…} one {…} other {…}}</c>.</summary>
    internal sealed record PluralPart(string Name, decimal Offset, EquatableArray<MessageCase> Cases) : MessagePart;

    /// <summary><c>{name, select, a {…} other {…}}</c>.</summary>
    internal sealed record SelectPart(string Name, EquatableArray<MessageCase> Cases) : MessagePart;

    /// <summary>One case: a plural category (one), an exact value (=5) or a select keyword.</summary>
    internal sealed record MessageCase(string Selector, EquatableArray<MessagePart> Body);

    /// <summary>How a placeholder is used, which decides the generated parameter's type.</summary>
    internal enum PlaceholderKind
    {
        /// <summary>{name}: string (object for .NET positional {0}).</summary>
        Text = 0,
        /// <summary>select: string.</summary>
        Choice = 1,
        /// <summary>number or plural: decimal.</summary>
        Number = 2,
    }

    internal sealed record Placeholder(string Name, PlaceholderKind Kind)
    {
        /// <summary>.NET composite format placeholders ({0}, {1}) are ICU arguments named by a number.</summary>
        public bool IsPositional => Name.Length > 0 && char.IsDigit(Name[0]);

        public string TypeName => Kind == PlaceholderKind.Number ? "decimal" : IsPositional && Kind == PlaceholderKind.Text ? "object?" : "string?";

        public string Describe() => Name + ":" + (Kind == PlaceholderKind.Number ? "number" : Kind == PlaceholderKind.Choice ? "select" : "text");
    }

    /// <summary>One <c>&lt;data&gt;</c> entry of a .resx file.</summary>
    internal sealed record ResxEntry(string Key, string Value, LocationInfo DataLocation, LocationInfo ValueLocation);

    /// <summary>A string resource parsed as a message.</summary>
    /// <param name="Valid">False when the value is not valid MessageFormat: it is then emitted as plain text.</param>
    internal sealed record ResxMessage(
        string Key,
        string Value,
        LocationInfo DataLocation,
        LocationInfo ValueLocation,
        bool Valid,
        EquatableArray<MessagePart> Parts,
        EquatableArray<Placeholder> Placeholders);

    internal enum DigitsMode
    {
        /// <summary>CLDR's default numbering system of the requested culture (ar → ٠-٩, ar-MA → 0-9).</summary>
        Default = 0,
        /// <summary>The language's native digits everywhere (ar-MA gets ٠-٩ too).</summary>
        Native = 1,
        /// <summary>0-9 with the culture's Latin-digit separators.</summary>
        Latin = 2,
    }

    /// <summary>One parsed .resx file of a message class.</summary>
    /// <param name="Language">The language whose plural rules and digits apply: the culture's, or NeutralLanguage (en) for the neutral file.</param>
    internal sealed record ResxFileModel(
        LocalizedItem Item,
        string Language,
        string NumberingTag,
        DigitsMode Digits,
        bool Isolate,
        EquatableArray<ResxMessage> Messages,
        EquatableArray<DiagnosticInfo> Diagnostics)
    {
        public string FileName => System.IO.Path.GetFileName(Item.FilePath);
    }
}
