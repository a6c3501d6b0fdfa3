using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.LocaleData;

namespace LocalizedContent.Generator.Messages.Model
{
    /// <summary>A parsed ICU message: a sequence of parts. Records, so the pipeline can compare them.</summary>
    internal abstract record MessagePart;

    /// <summary>Literal text, quoting already resolved.</summary>
    internal sealed record TextPart(string Text) : MessagePart;

    /// <summary><c>{name}</c> or <c>{name, number}</c>, with a number style or skeleton when it has one.</summary>
    internal sealed record ArgumentPart(string Name, bool IsNumber, NumberStyle? Style = null) : MessagePart;

    /// <summary>
    /// A number style or skeleton (<c>integer</c>, <c>percent</c>, <c>::percent</c>, <c>::.00</c>): the fraction
    /// digits shown (half-even, as ICU rounds) and whether the value is written with the locale's percent pattern.
    /// </summary>
    /// <param name="Percent">Written with the percent pattern and sign.</param>
    /// <param name="Scale">Multiplied by 100 first (the <c>percent</c> style does; the <c>::percent</c> stem does not).</param>
    /// <param name="Currency">The ISO code of <c>::currency/XXX</c>, or <see cref="LocaleData.Currencies.OfCulture"/> for the
    /// <c>currency</c> style (MinFraction and MaxFraction -1: that currency's digits): written with the locale's currency pattern.</param>
    /// <param name="CurrencyWidth">Symbol, ISO code or narrow symbol (<see cref="LocaleData.Currencies.Symbol"/>…).</param>
    /// <param name="Compact">0, or 1 + <see cref="LocaleData.Compact.Short"/> or <see cref="LocaleData.Compact.Long"/> for
    /// <c>::compact-short</c> and <c>::compact-long</c>: written with the locale's compact patterns (fraction digits -1:
    /// ICU's compact rounding).</param>
    internal sealed record NumberStyle(int MinFraction, int MaxFraction, bool Percent = false, bool Scale = false, string? Currency = null, int CurrencyWidth = 0, int Compact = 0)
    {
        /// <summary>{n, number} itself: at most 3 fraction digits.</summary>
        public bool IsDefault => MinFraction == 0 && MaxFraction == 3 && !Percent && Currency is null && Compact == 0;

        /// <summary>The currency as the class lists it (code and width), or null.</summary>
        public string? CurrencyKey => Currency is null ? null : Currency + ":" + CurrencyWidth.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// <c>{name, date, long}</c>, <c>{name, time, short}</c> or <c>{name, date, ::yMMMMd@calendar=persian}</c>. The
    /// pattern itself is CLDR data of the file's language and the run-time calendar, resolved by the class builder
    /// (<see cref="DateFormatBuilder"/>).
    /// </summary>
    /// <param name="Style">short, medium, long or full; null for a skeleton.</param>
    /// <param name="Skeleton">The ICU skeleton without <c>::</c> and options (yMMMMd), or null for a style.</param>
    /// <param name="Calendar">A calendar fixed by the argument (<c>@calendar=</c>), else null: the culture's.</param>
    internal sealed record DateArgumentPart(string Name, bool IsTime, string? Style, string? Skeleton, CalendarKind? Calendar) : MessagePart
    {
        /// <summary>True when the output shows the time of day (a DateOnly argument would print midnight).</summary>
        public bool ShowsTime => IsTime && Skeleton is null || Skeleton is not null && Skeleton.IndexOfAny(new[] { 'H', 'h', 'm', 's', 'a', 'j' }) >= 0;
    }

    /// <summary>
    /// A .NET composite format item <c>{Index,Alignment:Format}</c>: what string.Format writes for the argument,
    /// in the culture's digits when it is a number or a date, isolated in right-to-left text.
    /// </summary>
    /// <param name="Alignment">The padded width; negative pads on the right (left-aligned), 0 pads nothing.</param>
    /// <param name="Format">The format string, or null without one (an empty one is none, as for string.Format).</param>
    internal sealed record FormatItemPart(int Index, int Alignment, string? Format) : MessagePart;

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
        /// <summary>date or time: DateTime (with DateTimeOffset and DateOnly overloads).</summary>
        Date = 3,
        /// <summary>A .NET format item with a format string ({0:N2}): an IFormattable type parameter.</summary>
        Formatted = 4,
    }

    /// <param name="Format">For <see cref="PlaceholderKind.Formatted"/>: the format the text gives it (N2).</param>
    internal sealed record Placeholder(string Name, PlaceholderKind Kind, string? Format = null)
    {
        /// <summary>.NET composite format placeholders ({0}, {1}) are ICU arguments named by a number.</summary>
        public bool IsPositional => Name.Length > 0 && char.IsDigit(Name[0]);

        public string Describe() => Name + ":" + (Kind == PlaceholderKind.Number ? "number" : Kind == PlaceholderKind.Formatted ? "formatted" : Kind == PlaceholderKind.Choice ? "select" : Kind == PlaceholderKind.Date ? "date" : "text");
    }

    /// <summary>One <c>&lt;data&gt;</c> entry of a .resx file.</summary>
    /// <param name="ValueStart">The offset in the file of the value's first character, or -1.</param>
    internal sealed record ResxEntry(string Key, string Value, LocationInfo DataLocation, LocationInfo ValueLocation, int ValueStart = -1);

    /// <summary>How a value is read: decided by the value and the file's MessageFormat option, or by its set.</summary>
    internal enum MessageDialect
    {
        /// <summary>ICU MessageFormat: a typed ICU argument (plural, select, number, date, time), or MessageFormat=icu.</summary>
        Icu = 0,
        /// <summary>A .NET composite format string: valid format items or {{ }}, or MessageFormat=dotnet.</summary>
        DotNet = 1,
        /// <summary>No braces, or brace text neither reading accepts as it stands ({n}): ICU when its set uses ICU
        /// elsewhere, else .NET (plain text stays the raw value, invalid brace text stays literal).</summary>
        Open = 2,
        /// <summary>Text without braces or apostrophes: every reading is the text itself, with no placeholders and
        /// nothing to report, so its set has nothing to decide for it (most values).</summary>
        Text = 3,
    }

    /// <summary>A value's .NET reading, with the LC1034 diagnostics of the brace text it keeps as literal text.</summary>
    /// <param name="Parts">As <see cref="ResxMessage.Parts"/>: default when the reading is the value itself as text.</param>
    internal sealed record DotNetReading(EquatableArray<MessagePart> Parts, EquatableArray<Placeholder> Placeholders, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>A string resource parsed as a message. <paramref name="Valid"/>, <paramref name="Parts"/> and
    /// <paramref name="Placeholders"/> are its ICU reading until the class builder resolves an
    /// <see cref="MessageDialect.Open"/> or .NET value (<see cref="MessageDialects"/>).</summary>
    /// <param name="Valid">False when the value is not valid MessageFormat: it is then emitted as plain text.</param>
    /// <param name="Parts">The parts, or <c>default</c> (no array) when the reading is the value itself as text (no
    /// braces or apostrophes, or a .NET reading that keeps its braces literal), whose one part would be its
    /// <paramref name="Value"/> (<see cref="MemberImpl.TextOrParts"/>): the
    /// pipeline keeps every message of every file, and an array and a part per plain value were a third of the
    /// objects it kept, which every collection during a build copies.</param>
    /// <param name="DotNet">The .NET reading, or null for a value only ICU reads.</param>
    /// <param name="IcuDiagnostics">The ICU reading's diagnostics (LC1020) of an Open value: reported when its set reads it as ICU.</param>
    internal sealed record ResxMessage(
        string Key,
        string Value,
        LocationInfo DataLocation,
        LocationInfo ValueLocation,
        bool Valid,
        EquatableArray<MessagePart> Parts,
        EquatableArray<Placeholder> Placeholders,
        MessageDialect Dialect = MessageDialect.Icu,
        DotNetReading? DotNet = null,
        EquatableArray<DiagnosticInfo> IcuDiagnostics = default);

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
    /// <param name="Calendar">The Calendar option (metadata or LocalizedContentCalendar), else null: CLDR's default per culture.</param>
    /// <param name="Language">The language whose plural rules and digits apply: the culture's, or NeutralLanguage (en) for the neutral file.</param>
    /// <param name="Shape">The Shape option the file sets, or null (the class's shape is the neutral file's).</param>
    internal sealed record ResxFileModel(
        LocalizedItem Item,
        string Language,
        string NumberingTag,
        DigitsMode Digits,
        bool Isolate,
        EquatableArray<ResxMessage> Messages,
        EquatableArray<DiagnosticInfo> Diagnostics,
        CalendarKind? Calendar = null,
        MessageShape? Shape = null)
    {
        public string FileName => System.IO.Path.GetFileName(Item.FilePath);
    }
}
