namespace LocalizedContent.Generator.Messages
{
    /// <summary>
    /// The body of the runtime class the message classes of one compilation share (see
    /// <see cref="MessageRuntimeEmitter"/>), so consumers need no runtime assembly. The helpers format numbers digit
    /// by digit into a reused per-thread buffer, so a message call allocates only its result string; nothing here
    /// parses a message. Written for C# 7.3 and netstandard2.0 consumers (decimal.Scale is used where it exists).
    /// </summary>
    internal static class MessageRuntimeSource
    {
        private static readonly string[] Variants = { Build("", false), Build("?", false), Build("", true), Build("?", true) };

        /// <summary>The helpers' source, with nullable annotations when <paramref name="nullableAnnotations"/>, and
        /// the .NET format item helpers when a class of the compilation has format items (<paramref name="formatItems"/>).</summary>
        public static string Text(bool nullableAnnotations, bool formatItems = false) => Variants[(nullableAnnotations ? 1 : 0) + (formatItems ? 2 : 0)];

        /// <param name="q">"?" where a reference type is nullable, or "" for consumers below C# 8.</param>
        private static string Build(string q, bool formatItems) => Build(q, formatItems ? FormatItems(q) : "");

        /// <summary>Builder members for .NET format items (<see cref="Model.FormatItemPart"/>).</summary>
        private static string FormatItems(string q) => $$"""
    /// <summary>
    /// A .NET format item: what string.Format writes for the value (IFormattable.ToString(format, culture), else
    /// ToString()), padded to the alignment, with the profile's digits for numbers and dates only (a string's or
    /// another object's digits are its own).
    /// </summary>
    public void AppendItem(object{{q}} value, string{{q}} format, int alignment, global::System.Globalization.CultureInfo culture)
    {
        var formattable = value as global::System.IFormattable;
        var text = formattable != null ? formattable.ToString(format, culture) : value?.ToString();
        AppendAligned(text ?? "", alignment, IsNumberOrDate(value));
    }

    /// <summary><see cref="AppendItem"/> for a value whose type is known to be IFormattable: no boxing.</summary>
    public void AppendFormattable<T>(T value, string{{q}} format, int alignment, global::System.Globalization.CultureInfo culture) where T : global::System.IFormattable
    {
        if (value == null)
        {
            AppendAligned("", alignment, false);
            return;
        }
        AppendAligned(value.ToString(format, culture) ?? "", alignment, IsNumberOrDate(value));
    }

    // Generic so that the JIT folds the tests for a value type (no boxing).
    private static bool IsNumberOrDate<T>(T value) =>
        value is int || value is long || value is double || value is decimal || value is float
        || value is short || value is byte || value is sbyte || value is ushort || value is uint || value is ulong
        || value is global::System.IntPtr || value is global::System.UIntPtr
        || value is global::System.DateTime || value is global::System.DateTimeOffset || value is global::System.TimeSpan
#if NET6_0_OR_GREATER
        || value is global::System.DateOnly || value is global::System.TimeOnly
#endif
        ;

    private void AppendAligned(string text, int alignment, bool shapeDigits)
    {
        var width = alignment < 0 ? -alignment : alignment;
        if (alignment > 0) for (var k = text.Length; k < width; k++) Append(' ');
        var zero = _symbols.Zero;
        if (!shapeDigits || zero == '0')
        {
            Append(text);
        }
        else
        {
            foreach (var c in text) Append(c >= '0' && c <= '9' ? (char)(zero + (c - '0')) : c);
        }
        if (alignment < 0) for (var k = text.Length; k < width; k++) Append(' ');
    }

""";

        private static string Build(string q, string formatItems) => $$"""
internal static bool In(decimal x, decimal low, decimal high) => x >= low && x <= high && x == decimal.Truncate(x);

internal static bool In(long x, long low, long high) => x >= low && x <= high;

internal static int Scale(decimal value)
{
#if NET7_0_OR_GREATER
    return value.Scale;
#else
    // decimal.GetBits allocates; every runtime lays decimal out with its flags (sign and scale) first.
    var bits = new DecimalBits { Value = value };
    return (bits.Flags >> 16) & 0xFF;
#endif
}

// decimal's layout on .NET Framework, .NET Core and Mono: flags (sign, scale), high 32 bits, low 64 bits (little
// endian). Reading it directly keeps the fast path free of decimal arithmetic.
[global::System.Runtime.InteropServices.StructLayout(global::System.Runtime.InteropServices.LayoutKind.Explicit)]
private struct DecimalBits
{
    [global::System.Runtime.InteropServices.FieldOffset(0)] public decimal Value;
    [global::System.Runtime.InteropServices.FieldOffset(0)] public int Flags;
    [global::System.Runtime.InteropServices.FieldOffset(4)] public uint High;
    [global::System.Runtime.InteropServices.FieldOffset(8)] public ulong Low;
}

// The fast path: an integer written without decimals (scale 0) that fits a long, as nearly every count is.
internal static bool SmallInteger(decimal value, out long magnitude, out bool negative)
{
    if (global::System.BitConverter.IsLittleEndian)
    {
        var bits = new DecimalBits { Value = value };
        if ((bits.Flags & 0x00FF0000) == 0 && bits.High == 0 && bits.Low <= 999999999999999999UL)
        {
            magnitude = (long)bits.Low;
            negative = bits.Flags < 0 && magnitude != 0;
            return true;
        }
    }
    else if (Scale(value) == 0 && value <= 999999999999999999m && value >= -999999999999999999m)
    {
        var whole = (long)value;
        negative = whole < 0;
        magnitude = negative ? -whole : whole;
        return true;
    }
    magnitude = 0;
    negative = false;
    return false;
}

// CLDR plural operands (UTS #35) of the value as {n, number} shows it, as ICU's MessageFormat selects: rounded to
// at most 3 fraction digits (half-even), trailing zeros dropped (1.50m has v = 1). n absolute value, i integer
// digits, v visible fraction digits, w the same without trailing zeros (= v), f visible fraction digits as a
// number, t the same without trailing zeros (= f).
internal static void Operands(decimal value, out decimal n, out decimal i, out decimal v, out decimal w, out decimal f, out decimal t)
{
    n = decimal.Round(value < 0m ? -value : value, 3, global::System.MidpointRounding.ToEven);
    i = decimal.Truncate(n);
    var thousandths = (int)((n - i) * 1000m);
    var digits = 3;
    if (thousandths == 0) digits = 0;
    else while (thousandths % 10 == 0) { thousandths /= 10; digits--; }
    v = digits;
    w = digits;
    f = thousandths;
    t = thousandths;
}

/// <summary>A numbering profile's symbols (CLDR numbering systems): zero digit, decimal and group separators, minus
/// sign; group sizes of the decimal pattern (#,##,##0: 3 then 2; 0: none) and CLDR's minimumGroupingDigits.</summary>
internal sealed class NumberSymbols
{
    public readonly char Zero;
    public readonly string Decimal;
    public readonly string Group;
    public readonly string Minus;
    public readonly int PrimaryGrouping;
    public readonly int SecondaryGrouping;
    public readonly int MinimumGrouping;

    public NumberSymbols(char zero, string decimalSeparator, string group, string minus, int primaryGrouping = 3, int secondaryGrouping = 3, int minimumGrouping = 1)
    {
        Zero = zero;
        Decimal = decimalSeparator;
        Group = group;
        Minus = minus;
        PrimaryGrouping = primaryGrouping;
        SecondaryGrouping = secondaryGrouping;
        MinimumGrouping = minimumGrouping;
    }

    /// <summary>Whether a group separator precedes the digit at <paramref name="position"/> (0: the units) of a
    /// number with <paramref name="digits"/> integer digits.</summary>
    public bool SeparatorBefore(int position, int digits)
    {
        if (PrimaryGrouping == 0 || digits - PrimaryGrouping < MinimumGrouping || position < PrimaryGrouping) return false;
        return position == PrimaryGrouping || (position - PrimaryGrouping) % SecondaryGrouping == 0;
    }
}

internal struct Builder
{
    [global::System.ThreadStatic] private static char[]{{q}} Cache;
    private char[] _chars;
    private int _length;
    private NumberSymbols _symbols;

    /// <summary>A builder on the thread's buffer that writes numbers with <paramref name="symbols"/>.</summary>
    public static Builder Create(NumberSymbols symbols)
    {
        var builder = new Builder();
        builder._chars = Cache ?? new char[256];
        Cache = null; // taken: a message built meanwhile (by an argument's ToString) gets its own buffer
        builder._length = 0;
        builder._symbols = symbols;
        return builder;
    }

    public override string ToString()
    {
        var result = new string(_chars, 0, _length);
        if (_chars.Length <= 4096) Cache = _chars;
        return result;
    }

    private void Grow(int extra)
    {
        var bigger = new char[global::System.Math.Max(_chars.Length * 2, _length + extra)];
        global::System.Array.Copy(_chars, bigger, _length);
        _chars = bigger;
    }

    public void Append(char c)
    {
        if (_length == _chars.Length) Grow(1);
        _chars[_length++] = c;
    }

    public void Append(string{{q}} s)
    {
        if (s is null) return;
        if (_length + s.Length > _chars.Length) Grow(s.Length);
        s.CopyTo(0, _chars, _length, s.Length);
        _length += s.Length;
    }

    /// <summary>A .NET positional argument: integers and decimals in the message's digits, others as the culture formats them.</summary>
    public void AppendObject(object{{q}} value, global::System.Globalization.CultureInfo culture)
    {
        switch (value)
        {
            case null: return;
            case string s: Append(s); return;
            case int x: AppendNumber(x); return;
            case long x: AppendNumber(x); return;
            case short x: AppendNumber(x); return;
            case byte x: AppendNumber(x); return;
            case sbyte x: AppendNumber(x); return;
            case ushort x: AppendNumber(x); return;
            case uint x: AppendNumber(x); return;
            case ulong x: AppendNumber(x); return;
            case decimal x: AppendNumber(x); return;
            case global::System.IFormattable x: Append(x.ToString(null, culture)); return;
            default: Append(value.ToString()); return;
        }
    }

{{formatItems}}    /// <summary>Writes the number as ICU's {n, number} does: at most 3 fraction digits (half-even), no trailing
    /// zeros, grouped as the profile's pattern says, in its digits; a negative value keeps its minus sign even when it
    /// rounds to 0 (-0.0001 → -0), as ICU writes it.</summary>
    public void AppendNumber(decimal value)
    {
        if (SmallInteger(value, out var magnitude, out var negative))
        {
            if (negative) Append(_symbols.Minus);
            AppendGrouped((ulong)magnitude);
            return;
        }
        if (value < 0m)
        {
            Append(_symbols.Minus);
            value = -value;
        }
        value = decimal.Round(value, 3, global::System.MidpointRounding.ToEven);
        var integer = decimal.Truncate(value);
        if (integer <= 18446744073709551615m) AppendGrouped((ulong)integer);
        else AppendGroupedText(integer.ToString(global::System.Globalization.CultureInfo.InvariantCulture));
        var thousandths = (int)((value - integer) * 1000m);
        if (thousandths == 0) return;
        Append(_symbols.Decimal);
        var zero = _symbols.Zero;
        for (var scale = 100; thousandths != 0; scale /= 10)
        {
            Append((char)(zero + thousandths / scale));
            thousandths %= scale;
        }
    }

    /// <summary>A non-negative number without grouping, at least width digits, in the profile's digits (years are not grouped).</summary>
    public void AppendDigits(int value, int width)
    {
        var zero = _symbols.Zero;
        var digits = 1;
        var scale = 1;
        for (var rest = value / 10; rest != 0; rest /= 10) { digits++; scale *= 10; }
        for (var k = digits; k < width; k++) Append(zero);
        for (; scale != 0; scale /= 10) Append((char)(zero + value / scale % 10));
    }

    private void AppendGrouped(ulong value)
    {
        var zero = _symbols.Zero;
        var group = _symbols.Group;
        var digits = 1;
        for (var rest = value / 10; rest != 0; rest /= 10) digits++;
        var total = digits;
        for (var d = 1; d < digits; d++) if (_symbols.SeparatorBefore(d, digits)) total += group.Length;
        if (_length + total > _chars.Length) Grow(total);
        var pos = _length + total - 1;
        for (var d = 0; d < digits; d++)
        {
            if (_symbols.SeparatorBefore(d, digits))
            {
                for (var g = group.Length - 1; g >= 0; g--) _chars[pos--] = group[g];
            }
            _chars[pos--] = (char)(zero + (int)(value % 10));
            value /= 10;
        }
        _length += total;
    }

    private void AppendGroupedText(string digits)
    {
        for (var d = 0; d < digits.Length; d++)
        {
            if (d > 0 && _symbols.SeparatorBefore(digits.Length - d, digits.Length)) Append(_symbols.Group);
            Append((char)(_symbols.Zero + (digits[d] - '0')));
        }
    }
}
""";

        /// <summary>The date helpers, emitted when a message class of the compilation has date arguments.</summary>
        public const string Dates = """
// Year, month and day in the calendar (0 gregorian, 1 persian, 2 islamic-umalqura, 3 islamic); the calendar classes
// do the arithmetic (leap years, Umm al-Qura tables).
internal static void DateParts(global::System.DateTime value, int calendar, out int year, out int month, out int day)
{
    if (calendar == 0)
    {
        year = value.Year;
        month = value.Month;
        day = value.Day;
        return;
    }
    var c = CalendarInstances.All[calendar];
    year = c.GetYear(value);
    month = c.GetMonth(value);
    day = c.GetDayOfMonth(value);
}

// Created on the first non-Gregorian date, not when a message without one is shown.
private static class CalendarInstances
{
    public static readonly global::System.Globalization.Calendar[] All =
    {
        new global::System.Globalization.GregorianCalendar(),
        new global::System.Globalization.PersianCalendar(),
        new global::System.Globalization.UmAlQuraCalendar(),
        new global::System.Globalization.HijriCalendar(),
    };
}
""";
    }
}
