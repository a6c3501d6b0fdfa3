using System.Linq;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.LocaleData;

namespace LocalizedContent.Generator.Messages.Model
{
    /// <summary>The parsed files of one class (ordered by path) and the names it is generated with: the input of one
    /// class's build step.</summary>
    /// <param name="ClassKey">The namespace-qualified name its files ask for.</param>
    /// <param name="ClassName">The name it is generated with (renamed where C# would reject the asked one).</param>
    /// <param name="NamingDiagnostics">Why <paramref name="ClassName"/> differs from the name asked for, at each file.</param>
    internal sealed record MessageClassInput(string ClassKey, string ClassName, string HintName, EquatableArray<ResxFileModel> Files,
        EquatableArray<DiagnosticInfo> NamingDiagnostics);

    /// <summary>
    /// What building one class produced: the source model and, apart from it, the diagnostics of its files and of
    /// the cross-culture checks. The generator emits the model and reports the diagnostics in separate outputs, so
    /// an edit that only moves a diagnostic (a line inserted above it) leaves the model equal and re-emits nothing.
    /// </summary>
    internal sealed record MessageClassResult(MessageClassModel Model, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>Everything the emitter needs for one generated class; plain equatable values, no locations.</summary>
    /// <param name="Designer">The designer shape's surface, or null for the default shape.</param>
    internal sealed record MessageClassModel(
        string Namespace,
        string ClassName,
        string HintName,
        EquatableArray<ClassFile> Files,
        EquatableArray<NumberingProfile> Profiles,
        EquatableArray<ClassMember> Members,
        EquatableArray<string> PluralRuleSets,
        bool UsesDates = false,
        EquatableArray<DateNames> DateNames = default,
        DesignerShapeModel? Designer = null,
        bool UsesFormatItems = false,
        bool UsesUmmAlQura = false,
        EquatableArray<string> Currencies = default,
        bool UsesWeekYear = false);

    /// <summary>A culture file of the class, in lookup order (index = position).</summary>
    /// <param name="Calendars">The calendars (CalendarKind values) its date arguments can meet at run time, the default profile's first.</param>
    /// <param name="CultureProfiles">Requested culture name → numbering profile, for cultures of this file's language.</param>
    internal sealed record ClassFile(
        string? Culture,
        string FileName,
        string Language,
        int DefaultProfile,
        EquatableArray<CultureProfile> CultureProfiles,
        bool Isolate,
        string? PluralRuleSet,
        EquatableArray<int> Calendars);

    internal sealed record CultureProfile(string CultureName, int Profile);

    /// <summary>The C# type of a generated parameter.</summary>
    internal enum ParameterType
    {
        /// <summary>string (nullable where the consumer has nullable annotations).</summary>
        String = 0,
        /// <summary>object, for .NET positional placeholders ({0}) used as text.</summary>
        Object = 1,
        Decimal = 2,
        DateTime = 3,
        /// <summary>A type parameter constrained to IFormattable, for .NET format items with a format string ({0:N2}):
        /// numbers and dates pass unboxed, a string (which would ignore the format) does not compile.</summary>
        Formattable = 4,
    }

    /// <param name="TypeParameter">The type parameter of a <see cref="ParameterType.Formattable"/> parameter (TArg0).</param>
    /// <param name="FormatMeaning">For a formatted .NET item: what its format implies (a number, a date or time).</param>
    internal sealed record MemberParameter(string Placeholder, string Identifier, PlaceholderKind Kind, ParameterType Type,
        string? TypeParameter = null, string? FormatMeaning = null);

    /// <summary>A file's text for a member (File = index into the class's files); date arguments resolved
    /// (<see cref="DateFormatPart"/>). A struct, held in its member's array: a class of 1,000 keys in 3 cultures
    /// kept 3,000 objects of these and 3,000 of <see cref="MemberRoute"/>, which every collection during a build copies.</summary>
    /// <param name="Parts">The parts, or <c>default</c> for plain text (<see cref="ResxMessage.Parts"/>): read them
    /// through <see cref="TextOrParts"/>.</param>
    internal readonly record struct MemberImpl(int File, string RawValue, EquatableArray<MessagePart> Parts)
    {
        /// <summary>The parts, a plain text's one part made when asked.</summary>
        public EquatableArray<MessagePart> TextOrParts => Parts.IsDefault ? MessageParts.Text(RawValue) : Parts;

        /// <summary>The text parts joined (<see cref="MessageParts.JoinedText"/>).</summary>
        public string JoinedText => Parts.IsDefault ? RawValue : MessageParts.JoinedText(Parts);
    }

    /// <summary>What a resolved file serves for a member: whose text, and whether the requested culture's digits apply.</summary>
    internal readonly record struct MemberRoute(int Impl, bool SameLanguage);

    /// <param name="DateOnlyOverload">True when no text of the member shows the time of its dates: a DateOnly
    /// overload is generated (.NET 6+ consumers).</param>
    /// <param name="Routes">Per class file (same index): the implementation that serves it.</param>
    internal sealed record ClassMember(
        string Key,
        string Name,
        EquatableArray<MemberParameter> Parameters,
        EquatableArray<MemberImpl> Impls,
        EquatableArray<MemberRoute> Routes,
        bool DateOnlyOverload = false)
    {
        public bool IsMethod => Parameters.Count > 0;

        public bool HasDates => Parameters.Any(p => p.Kind == PlaceholderKind.Date);
    }
}
