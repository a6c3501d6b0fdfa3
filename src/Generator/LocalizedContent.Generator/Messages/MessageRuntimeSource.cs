namespace LocalizedContent.Generator.Messages
{
    /// <summary>
    /// The body of the runtime class the message classes of one compilation share (see
    /// <see cref="MessageRuntimeEmitter"/>), so consumers need no runtime assembly. The helpers format numbers digit
    /// by digit into a buffer the builder owns, so a message call allocates only its result string; nothing here
    /// parses a message. Written for C# 7.3 and netstandard2.0 consumers (decimal.Scale is used where it exists).
    /// </summary>
    internal static class MessageRuntimeSource
    {
        // Built when first asked for: a compilation uses one of the eight, and the generator loads with every build.
        private static readonly string?[] Variants = new string?[8];

        /// <summary>The helpers' source, with nullable annotations when <paramref name="nullableAnnotations"/>, the
        /// .NET format item helpers when a class of the compilation has format items (<paramref name="formatItems"/>),
        /// and a builder over the caller's stack buffer when the consumer's framework has one
        /// (<paramref name="stackBuffer"/>, <see cref="Model.MessageTarget.StackBuffer"/>).</summary>
        public static string Text(bool nullableAnnotations, bool formatItems = false, bool stackBuffer = false) =>
            Variants[(nullableAnnotations ? 1 : 0) + (formatItems ? 2 : 0) + (stackBuffer ? 4 : 0)]
                ??= Build(nullableAnnotations ? "?" : "", formatItems, stackBuffer); // a race builds the same text twice, harmlessly

        /// <param name="q">"?" where a reference type is nullable, or "" for consumers below C# 8.</param>
        private static string Build(string q, bool formatItems, bool stackBuffer) =>
            Build(q, formatItems ? FormatItems(q) : "", stackBuffer ? StackStorage(q) : ThreadStorage(q), stackBuffer ? StackMethods(q) : ThreadMethods(q));

        /// <summary>
        /// Where the builder writes, for frameworks with Span&lt;char&gt;, ArrayPool and string(ReadOnlySpan&lt;char&gt;):
        /// a ref struct over the calling method's stackalloc'd buffer, moved to a pooled array when the text outgrows
        /// it, and one new string(span) at the end. No [ThreadStatic] read and write per call, which cost a plural
        /// 13–44% of its time (issue 20).
        /// </summary>
        private static string StackStorage(string q) => $$"""
internal ref struct Builder
{
    private global::System.Span<char> _chars;
    private char[]{{q}} _pooled; // the buffer once the text outgrew the caller's: back to the pool in ToString
""";

        private static string StackMethods(string q) => $$"""
    /// <summary>A builder on the caller's <paramref name="buffer"/> (stackalloc) that writes numbers with <paramref name="symbols"/>.</summary>
    public static Builder Create(NumberSymbols symbols, global::System.Span<char> buffer)
    {
        var builder = new Builder();
        builder._chars = buffer;
        builder._symbols = symbols;
        builder._decimal = symbols.Decimal;
        builder._group = symbols.Group;
        return builder;
    }

    public override string ToString()
    {
        var result = new string(_chars.Slice(0, _length));
        var pooled = _pooled;
        if (pooled != null)
        {
            _pooled = null;
            global::System.Buffers.ArrayPool<char>.Shared.Return(pooled);
        }
        return result;
    }

    private void Grow(int extra)
    {
        var bigger = global::System.Buffers.ArrayPool<char>.Shared.Rent(global::System.Math.Max(_chars.Length * 2, _length + extra));
        _chars.Slice(0, _length).CopyTo(bigger);
        if (_pooled != null) global::System.Buffers.ArrayPool<char>.Shared.Return(_pooled);
        _pooled = bigger;
        _chars = bigger;
    }

    public void Append(string{{q}} s)
    {
        if (s is null) return;
        if (_length + s.Length > _chars.Length) Grow(s.Length);
        global::System.MemoryExtensions.AsSpan(s).CopyTo(_chars.Slice(_length));
        _length += s.Length;
    }
""";

        /// <summary>Where the builder writes for netstandard2.0 and .NET Framework consumers (no string(ReadOnlySpan&lt;char&gt;)):
        /// a char array reused per thread.</summary>
        private static string ThreadStorage(string q) => $$"""
internal struct Builder
{
    [global::System.ThreadStatic] private static char[]{{q}} Cache;
    private char[] _chars;
""";

        private static string ThreadMethods(string q) => $$"""
    /// <summary>A builder on the thread's buffer that writes numbers with <paramref name="symbols"/>.</summary>
    public static Builder Create(NumberSymbols symbols)
    {
        var builder = new Builder();
        builder._chars = Cache ?? new char[256];
        Cache = null; // taken: a message built meanwhile (by an argument's ToString) gets its own buffer
        builder._length = 0;
        builder._symbols = symbols;
        builder._decimal = symbols.Decimal;
        builder._group = symbols.Group;
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

    public void Append(string{{q}} s)
    {
        if (s is null) return;
        if (_length + s.Length > _chars.Length) Grow(s.Length);
        s.CopyTo(0, _chars, _length, s.Length);
        _length += s.Length;
    }
""";

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

        /// <param name="storage">The declaration and the buffer fields; <paramref name="methods"/> make, grow, copy into and end it.</param>
        private static string Build(string q, string formatItems, string storage, string methods) => $$"""
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
/// sign; group sizes of the decimal pattern (#,##,##0: 3 then 2; 0: none) and CLDR's minimumGroupingDigits; the text
/// before and after the number in the percent pattern, percent sign included (written only for classes with percents).</summary>
internal sealed class NumberSymbols
{
    public readonly char Zero;
    public readonly string Decimal;
    public readonly string Group;
    public readonly string Minus;
    public readonly int PrimaryGrouping;
    public readonly int SecondaryGrouping;
    public readonly int MinimumGrouping;

    public readonly string PercentPrefix;
    public readonly string PercentSuffix;
    public readonly int PercentPrimaryGrouping;
    public readonly int PercentSecondaryGrouping;

    public readonly int CurrencyPrimaryGrouping;
    public readonly int CurrencySecondaryGrouping;
    public readonly string[] Currency;
    public readonly int CultureCurrencyDigits;
    public readonly string[] Compact;

    public NumberSymbols(char zero, string decimalSeparator, string group, string minus, int primaryGrouping = 3, int secondaryGrouping = 3, int minimumGrouping = 1,
        string percentPrefix = "", string percentSuffix = "%", int percentPrimaryGrouping = 3, int percentSecondaryGrouping = 3,
        int currencyPrimaryGrouping = 3, int currencySecondaryGrouping = 3, string[]{{q}} currency = null, string[]{{q}} compact = null, int cultureCurrencyDigits = 2)
    {
        Compact = compact ?? global::System.Array.Empty<string>();
        PercentPrefix = percentPrefix;
        PercentSuffix = percentSuffix;
        PercentPrimaryGrouping = percentPrimaryGrouping;
        PercentSecondaryGrouping = percentSecondaryGrouping;
        CurrencyPrimaryGrouping = currencyPrimaryGrouping;
        CurrencySecondaryGrouping = currencySecondaryGrouping;
        Currency = currency ?? global::System.Array.Empty<string>();
        CultureCurrencyDigits = cultureCurrencyDigits;
        Zero = zero;
        Decimal = decimalSeparator;
        Group = group;
        Minus = minus;
        PrimaryGrouping = primaryGrouping;
        SecondaryGrouping = secondaryGrouping;
        MinimumGrouping = minimumGrouping;
    }

    /// <summary>Whether a group separator precedes the digit at <paramref name="position"/> (0: the units) of a
    /// number with <paramref name="digits"/> integer digits; in the grouping of the decimal (0), percent (1) or currency
    /// (2) pattern (bn groups decimals #,##,##0 and percents #,##0), or of compact notation (3: the decimal pattern's,
    /// with at least 2 digits before a separator, as ICU groups compact numbers).</summary>
    public bool SeparatorBefore(int position, int digits, int pattern = 0)
    {
        var primary = Primary(pattern);
        if (!Grouped(digits, pattern) || position < primary) return false;
        var secondary = pattern == 1 ? PercentSecondaryGrouping : pattern == 2 ? CurrencySecondaryGrouping : SecondaryGrouping;
        return position == primary || (position - primary) % secondary == 0;
    }

    /// <summary>Whether a number with <paramref name="digits"/> integer digits has any group separator in the
    /// pattern's grouping (most counts have none: a message asks once, not per digit).</summary>
    public bool Grouped(int digits, int pattern = 0)
    {
        var primary = Primary(pattern);
        var minimum = pattern == 3 && MinimumGrouping < 2 ? 2 : MinimumGrouping;
        return primary != 0 && digits - primary >= minimum;
    }

    private int Primary(int pattern) => pattern == 1 ? PercentPrimaryGrouping : pattern == 2 ? CurrencyPrimaryGrouping : PrimaryGrouping;
}

{{storage}}
    private int _length;
    private NumberSymbols _symbols;
    private int _pattern; // grouping as the percent (1), currency (2) or compact (3) pattern groups, while AppendPercent, AppendCurrency or AppendCompact writes the number
    private string _decimal; // the separators, the currency's while AppendCurrency writes the number
    private string _group;

{{methods}}

    public void Append(char c)
    {
        if (_length == _chars.Length) Grow(1);
        _chars[_length++] = c;
    }

    /// <summary>A plural case written as one return (the generator's BranchEmitter): the text before its number
    /// (#), the number, the text after it, and the result.</summary>
    public string Join(string before, decimal number, string after)
    {
        Append(before);
        AppendNumber(number);
        Append(after);
        return ToString();
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
        AppendFractional(value);
    }

    // AppendNumber's slow path, apart so that the fast one (a count) is small: its caller saves fewer registers.
    private void AppendFractional(decimal value)
    {
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
        Append(_decimal);
        var zero = _symbols.Zero;
        for (var scale = 100; thousandths != 0; scale /= 10)
        {
            Append((char)(zero + thousandths / scale));
            thousandths %= scale;
        }
    }

    /// <summary>A number style or skeleton ({n, number, integer}, ::.00): between minFraction and maxFraction
    /// fraction digits, rounded half-even as ICU does; the minus sign kept when the value rounds to 0.</summary>
    public void AppendNumber(decimal value, int minFraction, int maxFraction)
    {
        if (value < 0m)
        {
            Append(_symbols.Minus);
            value = -value;
        }
        AppendFraction(value, minFraction, maxFraction);
    }

    /// <summary>The percent style or ::percent skeleton: the locale's percent pattern around the number, which is
    /// multiplied by 100 first when scale is set (the percent style, ::%x100; the ::percent stem alone is not).</summary>
    public void AppendPercent(decimal value, bool scale, int minFraction, int maxFraction)
    {
        if (value < 0m)
        {
            Append(_symbols.Minus);
            value = -value;
        }
        Append(_symbols.PercentPrefix);
        _pattern = 1;
        if (!scale) AppendFraction(value, minFraction, maxFraction);
        else if (value <= 792281625142643375935439503m) AppendFraction(value * 100m, minFraction, maxFraction);
        else
        {
            // × 100 would overflow decimal; such a value has at most 2 fraction digits, which become integer digits.
            var integer = decimal.Truncate(value);
            var hundredths = (int)((value - integer) * 100m);
            AppendGroupedText(integer.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + hundredths.ToString("00", global::System.Globalization.CultureInfo.InvariantCulture));
        }
        _pattern = 0;
        Append(_symbols.PercentSuffix);
    }

    /// <summary>The ::currency/XXX skeleton: the currency's text before and after the number (the class's currency
    /// number <paramref name="currency"/>: symbol, currency spacing and CLDR's negative pattern resolved by the
    /// generator), the number grouped as the currency pattern groups it, with the currency's separators; fraction
    /// digits -1: those of the culture's currency (the currency style).</summary>
    public void AppendCurrency(decimal value, int currency, int minFraction, int maxFraction)
    {
        if (minFraction < 0) minFraction = maxFraction = _symbols.CultureCurrencyDigits;
        var start = 6 * currency;
        var affixes = start;
        if (value < 0m)
        {
            value = -value;
            affixes += 2;
        }
        Append(_symbols.Currency[affixes]);
        _pattern = 2;
        _decimal = _symbols.Currency[start + 4];
        _group = _symbols.Currency[start + 5];
        AppendFraction(value, minFraction, maxFraction);
        _pattern = 0;
        _decimal = _symbols.Decimal;
        _group = _symbols.Group;
        Append(_symbols.Currency[affixes + 1]);
    }

    /// <summary>The number ::compact-short (length 0) or ::compact-long (1) shows, unsigned: divided by the power of ten
    /// of its magnitude's pattern and rounded as ICU rounds compact numbers (whole numbers, at least 2 significant
    /// digits: 1.25 → 1.2, 12.5 → 12, 0.00123 → 0.0012), or to between minFraction and maxFraction fraction digits
    /// (a precision stem; -1: ICU's compact rounding), with the fraction digits shown; its plural category picks the
    /// pattern (AppendCompact).</summary>
    public decimal CompactValue(decimal value, int length, int minFraction, int maxFraction)
    {
        CompactScale(value, length, maxFraction, out var scaled, out _);
        if (maxFraction < 0) return scaled;
        // Trailing zeros beyond minFraction are not shown (1.20 → 1.2), the minimum is (1 → 1.0 with .0#).
        return scaled / 1.0000000000000000000000000000m + new decimal(0, 0, 0, false, (byte)minFraction);
    }

    /// <summary>::compact-short or ::compact-long: the locale's pattern for the number's magnitude and the plural
    /// category (of <see cref="CompactValue"/>: 3 آلاف, 11 ألف) around the rounded number; a magnitude without an
    /// abbreviation (de short below a million) writes the number itself, grouped from 5 digits (12.345, 1234).</summary>
    public void AppendCompact(decimal value, int length, int minFraction, int maxFraction, int category)
    {
        CompactScale(value, length, maxFraction, out var scaled, out var magnitude);
        var data = _symbols.Compact[length];
        var line = CompactLine(data, magnitude);
        var end = data.IndexOf('\n', line);
        if (end < 0) end = data.Length;
        // =0 and =1 (fr mille; ICU's -1 is not =1: -1 millier) before the category, then other; none: the plain number.
        var entry = scaled == 0m ? CompactEntry(data, line, end, '6') : scaled == 1m && value > 0m ? CompactEntry(data, line, end, '7') : -1;
        if (entry < 0) entry = CompactEntry(data, line, end, (char)('0' + category));
        if (entry < 0) entry = CompactEntry(data, line, end, '5');
        var stop = entry < 0 ? -1 : data.IndexOf('|', entry);
        if (stop < 0 || stop > end) stop = end;
        var negative = value < 0m;
        var semicolon = entry < 0 ? -1 : data.IndexOf(';', entry);
        if (semicolon >= 0 && semicolon < stop && negative)
        {
            entry = semicolon + 1;
            negative = false;
        }
        else if (semicolon >= 0 && semicolon < stop) stop = semicolon;
        if (negative) Append(_symbols.Minus);
        if (entry < 0)
        {
            CompactNumber(scaled, minFraction, maxFraction);
            return;
        }
        for (var k = entry; k < stop; k++)
        {
            var c = data[k];
            if (c == '#') CompactNumber(scaled, minFraction, maxFraction);
            else if (c == '-' && semicolon >= 0 && k > semicolon) Append(_symbols.Minus);
            else Append(c);
        }
    }

    private void CompactNumber(decimal scaled, int minFraction, int maxFraction)
    {
        _pattern = 3;
        if (maxFraction < 0) AppendFraction(scaled, 0, 28);
        else AppendFraction(scaled, minFraction, maxFraction);
        _pattern = 0;
    }

    private void CompactScale(decimal value, int length, int maxFraction, out decimal scaled, out int magnitude)
    {
        if (value < 0m) value = -value;
        if (value == 0m)
        {
            scaled = 0m;
            magnitude = 0;
            return;
        }
        var data = _symbols.Compact[length];
        var before = Magnitude(value);
        var shift = CompactShift(data, before);
        scaled = CompactRound(Divide(value, shift), maxFraction);
        // Rounding up to the next magnitude (999.5 → 1000) takes that magnitude's pattern when it divides otherwise (1K).
        if (scaled != 0m && Magnitude(scaled) != before - shift)
        {
            var next = CompactShift(data, before + 1);
            if (next != shift)
            {
                scaled = CompactRound(Divide(scaled, next - shift), maxFraction);
                shift = next;
            }
        }
        // A precision can round to 0 (0.00123 with .0#: 0.0), which ICU writes with the pattern of magnitude 0.
        magnitude = scaled == 0m ? shift : Magnitude(scaled) + shift;
    }

    // floor(log10(value)) of a positive value.
    private static int Magnitude(decimal value)
    {
        if (value == 0m) return 0;
        var magnitude = 0;
        for (; value >= 10m; value /= 10m) magnitude++;
        for (; value < 1m; value *= 10m) magnitude--;
        return magnitude;
    }

    private static decimal Divide(decimal value, int shift)
    {
        for (var k = 0; k < shift; k++) value /= 10m;
        return value;
    }

    // Whole numbers, but at least 2 significant digits (ICU's compact rounding), half-even; or maxFraction digits.
    private static decimal CompactRound(decimal value, int maxFraction)
    {
        if (maxFraction >= 0) return decimal.Round(value, maxFraction, global::System.MidpointRounding.ToEven);
        var magnitude = Magnitude(value);
        return decimal.Round(value, magnitude >= 1 ? 0 : global::System.Math.Min(1 - magnitude, 28), global::System.MidpointRounding.ToEven);
    }

    // The start of the magnitude's line (the largest magnitude for larger ones, 0 for fractions).
    private static int CompactLine(string data, int magnitude)
    {
        var start = 0;
        for (var m = 0; m < magnitude; m++)
        {
            var next = data.IndexOf('\n', start);
            if (next < 0) break;
            start = next + 1;
        }
        return start;
    }

    private static int CompactShift(string data, int magnitude) => magnitude < 0 ? 0 : data[CompactLine(data, magnitude)] - 'A';

    // The first character of the pattern of the plural slot on the line, or -1.
    private static int CompactEntry(string data, int line, int end, char slot)
    {
        for (var k = data.IndexOf('|', line); k >= 0 && k < end; k = data.IndexOf('|', k + 1))
        {
            if (data[k + 1] == slot) return k + 2;
        }
        return -1;
    }

    private void AppendFraction(decimal value, int minFraction, int maxFraction)
    {
        value = decimal.Round(value, maxFraction, global::System.MidpointRounding.ToEven);
        var integer = decimal.Truncate(value);
        if (integer <= 18446744073709551615m) AppendGrouped((ulong)integer);
        else AppendGroupedText(integer.ToString(global::System.Globalization.CultureInfo.InvariantCulture));
        var fraction = value - integer;
        if (fraction == 0m && minFraction == 0) return;
        Append(_decimal);
        for (var k = 0; k < maxFraction && (k < minFraction || fraction != 0m); k++)
        {
            fraction *= 10m;
            var digit = (int)fraction;
            Append((char)(_symbols.Zero + digit));
            fraction -= digit;
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
        var digits = 1;
        for (var rest = value / 10; rest != 0; rest /= 10) digits++;
        if (_symbols.Grouped(digits, _pattern))
        {
            AppendSeparated(value, digits);
            return;
        }
        // Most counts have no separator: their digits alone, with no grouping question per digit.
        if (_length + digits > _chars.Length) Grow(digits);
        var zero = _symbols.Zero;
        for (var pos = _length + digits - 1; pos >= _length; pos--)
        {
            _chars[pos] = (char)(zero + (int)(value % 10));
            value /= 10;
        }
        _length += digits;
    }

    private void AppendSeparated(ulong value, int digits)
    {
        var zero = _symbols.Zero;
        var group = _group;
        var total = digits;
        for (var d = 1; d < digits; d++) if (_symbols.SeparatorBefore(d, digits, _pattern)) total += group.Length;
        if (_length + total > _chars.Length) Grow(total);
        var pos = _length + total - 1;
        for (var d = 0; d < digits; d++)
        {
            if (_symbols.SeparatorBefore(d, digits, _pattern))
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
            if (d > 0 && _symbols.SeparatorBefore(digits.Length - d, digits.Length, _pattern)) Append(_group);
            Append((char)(_symbols.Zero + (digits[d] - '0')));
        }
    }
}
""";

        /// <summary>The date helpers, emitted when a message class of the compilation has date arguments: ICU's
        /// calendar arithmetic (persncal.cpp, islamcal.cpp), so dates read as ICU computes them on any runtime.</summary>
        public const string Dates = """
// Year, month and day in the calendar (0 gregorian, 1 persian, 2 islamic-umalqura, 3 islamic-civil, 4 islamic-tbla,
// 5 buddhist).
internal static void DateParts(global::System.DateTime value, int calendar, out int year, out int month, out int day)
{
    CalendarParts(value, calendar, out year, out month, out day);
    // ICU counts years before the epoch down through 0; the generated text has no era for them, so they are refused.
    if (year < 1) throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "The date is before the first year of the calendar.");
}

private static void CalendarParts(global::System.DateTime value, int calendar, out int year, out int month, out int day)
{
    if (calendar == 0 || calendar == 5)
    {
        // The Buddhist era (ICU's buddhist calendar) is the Gregorian calendar with 543 added to the year.
        year = calendar == 5 ? value.Year + 543 : value.Year;
        month = value.Month;
        day = value.Day;
        return;
    }
    // ICU's Julian day number: DateTime counts days from 1 January 1 (Gregorian), Julian day 1721426.
    var julianDay = (long)(value.Ticks / global::System.TimeSpan.TicksPerDay) + 1721426;
    if (calendar == 1) Persian(julianDay, out year, out month, out day);
    else if (calendar == 2) UmmAlQura(julianDay, out year, out month, out day);
    else Civil(julianDay - (calendar == 4 ? 1948439 : 1948440), out year, out month, out day);
}

private static long FloorDiv(long a, long b) => a >= 0 ? a / b : -((-a + b - 1) / b);

// Solar Hijri as ICU computes it: 33-year arithmetic cycle from 1 Farvardin 1 (Julian day 1948320).
private static void Persian(long julianDay, out int year, out int month, out int day)
{
    var days = julianDay - 1948320;
    year = (int)(1 + FloorDiv(33 * days + 3, 12053));
    var dayOfYear = (int)(days - (365L * (year - 1) + FloorDiv(8L * year + 21, 33)));
    month = dayOfYear < 216 ? dayOfYear / 31 : (dayOfYear - 6) / 30;
    day = dayOfYear - (month < 7 ? 31 * month : 30 * month + 6) + 1;
    month++;
}

// Tabular Hijri (30-year cycle) from days since the epoch: islamic-civil counts from Friday 16 July 622 (Julian),
// islamic-tbla from the Thursday before.
private static void Civil(long days, out int year, out int month, out int day)
{
    year = (int)FloorDiv(30 * days + 10646, 10631);
    var yearStart = 354L * (year - 1) + FloorDiv(3 + 11L * year, 30);
    var m = (int)global::System.Math.Ceiling((days - 29 - yearStart) / 29.5);
    month = m < 11 ? m : 11;
    day = (int)(days - ((long)global::System.Math.Ceiling(29.5 * month) + yearStart)) + 1;
    month++;
}
""";

        /// <summary>The week-based year (pattern letter Y), emitted when a class shows one: ICU's Calendar::computeWeekFields
        /// reduced to the year, in any calendar (a year boundary is found by asking the calendar about the days around).</summary>
        public const string WeekYear = """
// The year of the week the date falls in: weeks start on firstDay (0 Sunday) and a year's first week is the first
// with at least minDays of its days (CLDR weekData of the culture's region).
internal static int WeekYear(global::System.DateTime value, int calendar, int firstDay, int minDays)
{
    DateParts(value, calendar, out var year, out _, out _);
    if (value.Ticks < 7 * global::System.TimeSpan.TicksPerDay || value > global::System.DateTime.MaxValue.AddDays(-7)) return year;
    var dayInWeek = ((int)value.DayOfWeek - firstDay + 7) % 7;
    for (var k = 1; k <= dayInWeek; k++)
    {
        CalendarParts(value.AddDays(-k), calendar, out var earlier, out _, out _);
        // The year began in this week, k - 1 days before the date: the week is its first if it holds minDays of it.
        if (earlier != year) return 7 - dayInWeek + k - 1 >= minDays ? year : year - 1;
    }
    for (var k = 1; k <= 6 - dayInWeek; k++)
    {
        CalendarParts(value.AddDays(k), calendar, out var later, out _, out _);
        // The next year begins in this week, k days after the date: the week is its first if it holds minDays of it.
        if (later != year) return 7 - dayInWeek - k >= minDays ? year + 1 : year;
    }
    return year;
}
""";

        /// <summary>
        /// Umm al-Qura as ICU 78 computes it (icu4c/source/i18n/islamcal.cpp, unicode-org/icu at commit
        /// 0178a07a26fa7dd827a49048104b4089aa7e2b84, Unicode License v3): month lengths of 1300–1600 AH as bits (the
        /// high bit is Muharram, set for 30 days) and the corrections to ICU's linear estimate of each year's start;
        /// islamic-civil outside that range. Emitted only when a class can show an Umm al-Qura date.
        /// </summary>
        public const string UmmAlQura = """
private static void UmmAlQura(long julianDay, out int year, out int month, out int day)
{
    var days = julianDay - 1948440;
    if (days < UmmAlQuraYearStart(1300) || days >= UmmAlQuraYearStart(1601))
    {
        Civil(days, out year, out month, out day);
        return;
    }
    year = (int)((days - 460322.55) / 354.3672) + 1300;
    while (UmmAlQuraYearStart(year + 1) <= days) year++;
    while (UmmAlQuraYearStart(year) > days) year--;
    var rest = (int)(days - UmmAlQuraYearStart(year));
    month = 0;
    for (var length = UmmAlQuraMonthLength(year, 0); rest >= length; length = UmmAlQuraMonthLength(year, ++month)) rest -= length;
    day = rest + 1;
    month++;
}

// Days from the islamic-civil epoch to the first of Muharram: ICU's least-squares estimate plus its correction.
private static long UmmAlQuraYearStart(int year) => year > 1600
    ? 354L * (year - 1) + FloorDiv(3 + 11L * year, 30)
    : (long)(354.36720 * (year - 1300) + 460322.05 + 0.5) + UmmAlQuraStartFix[year - 1300];

private static int UmmAlQuraMonthLength(int year, int month) => (UmmAlQuraMonths[year - 1300] & (1 << (11 - month))) != 0 ? 30 : 29;

private static readonly short[] UmmAlQuraMonths =
{
    0x0AAA, 0x0D54, 0x0EC9, 0x06D4, 0x06EA, 0x036C, 0x0AAD, 0x0555, 0x06A9, 0x0792,
    0x0BA9, 0x05D4, 0x0ADA, 0x055C, 0x0D2D, 0x0695, 0x074A, 0x0B54, 0x0B6A, 0x05AD,
    0x04AE, 0x0A4F, 0x0517, 0x068B, 0x06A5, 0x0AD5, 0x02D6, 0x095B, 0x049D, 0x0A4D,
    0x0D26, 0x0D95, 0x05AC, 0x09B6, 0x02BA, 0x0A5B, 0x052B, 0x0A95, 0x06CA, 0x0AE9,
    0x02F4, 0x0976, 0x02B6, 0x0956, 0x0ACA, 0x0BA4, 0x0BD2, 0x05D9, 0x02DC, 0x096D,
    0x054D, 0x0AA5, 0x0B52, 0x0BA5, 0x05B4, 0x09B6, 0x0557, 0x0297, 0x054B, 0x06A3,
    0x0752, 0x0B65, 0x056A, 0x0AAB, 0x052B, 0x0C95, 0x0D4A, 0x0DA5, 0x05CA, 0x0AD6,
    0x0957, 0x04AB, 0x094B, 0x0AA5, 0x0B52, 0x0B6A, 0x0575, 0x0276, 0x08B7, 0x045B,
    0x0555, 0x05A9, 0x05B4, 0x09DA, 0x04DD, 0x026E, 0x0936, 0x0AAA, 0x0D54, 0x0DB2,
    0x05D5, 0x02DA, 0x095B, 0x04AB, 0x0A55, 0x0B49, 0x0B64, 0x0B71, 0x05B4, 0x0AB5,
    0x0A55, 0x0D25, 0x0E92, 0x0EC9, 0x06D4, 0x0AE9, 0x096B, 0x04AB, 0x0A93, 0x0D49,
    0x0DA4, 0x0DB2, 0x0AB9, 0x04BA, 0x0A5B, 0x052B, 0x0A95, 0x0B2A, 0x0B55, 0x055C,
    0x04BD, 0x023D, 0x091D, 0x0A95, 0x0B4A, 0x0B5A, 0x056D, 0x02B6, 0x093B, 0x049B,
    0x0655, 0x06A9, 0x0754, 0x0B6A, 0x056C, 0x0AAD, 0x0555, 0x0B29, 0x0B92, 0x0BA9,
    0x05D4, 0x0ADA, 0x055A, 0x0AAB, 0x0595, 0x0749, 0x0764, 0x0BAA, 0x05B5, 0x02B6,
    0x0A56, 0x0E4D, 0x0B25, 0x0B52, 0x0B6A, 0x05AD, 0x02AE, 0x092F, 0x0497, 0x064B,
    0x06A5, 0x06AC, 0x0AD6, 0x055D, 0x049D, 0x0A4D, 0x0D16, 0x0D95, 0x05AA, 0x05B5,
    0x02DA, 0x095B, 0x04AD, 0x0595, 0x06CA, 0x06E4, 0x0AEA, 0x04F5, 0x02B6, 0x0956,
    0x0AAA, 0x0B54, 0x0BD2, 0x05D9, 0x02EA, 0x096D, 0x04AD, 0x0A95, 0x0B4A, 0x0BA5,
    0x05B2, 0x09B5, 0x04D6, 0x0A97, 0x0547, 0x0693, 0x0749, 0x0B55, 0x056A, 0x0A6B,
    0x052B, 0x0A8B, 0x0D46, 0x0DA3, 0x05CA, 0x0AD6, 0x04DB, 0x026B, 0x094B, 0x0AA5,
    0x0B52, 0x0B69, 0x0575, 0x0176, 0x08B7, 0x025B, 0x052B, 0x0565, 0x05B4, 0x09DA,
    0x04ED, 0x016D, 0x08B6, 0x0AA6, 0x0D52, 0x0DA9, 0x05D4, 0x0ADA, 0x095B, 0x04AB,
    0x0653, 0x0729, 0x0762, 0x0BA9, 0x05B2, 0x0AB5, 0x0555, 0x0B25, 0x0D92, 0x0EC9,
    0x06D2, 0x0AE9, 0x056B, 0x04AB, 0x0A55, 0x0D29, 0x0D54, 0x0DAA, 0x09B5, 0x04BA,
    0x0A3B, 0x049B, 0x0A4D, 0x0AAA, 0x0AD5, 0x02DA, 0x095D, 0x045E, 0x0A2E, 0x0C9A,
    0x0D55, 0x06B2, 0x06B9, 0x04BA, 0x0A5D, 0x052D, 0x0A95, 0x0B52, 0x0BA8, 0x0BB4,
    0x05B9, 0x02DA, 0x095A, 0x0B4A, 0x0DA4, 0x0ED1, 0x06E8, 0x0B6A, 0x056D, 0x0535,
    0x0695, 0x0D4A, 0x0DA8, 0x0DD4, 0x06DA, 0x055B, 0x029D, 0x062B, 0x0B15, 0x0B4A,
    0x0B95, 0x05AA, 0x0AAE, 0x092E, 0x0C8F, 0x0527, 0x0695, 0x06AA, 0x0AD6, 0x055D,
    0x029D,
};

private static readonly sbyte[] UmmAlQuraStartFix =
{
    0, 0, -1, 0, -1, 0, 0, 0, 0, 0, -1, 0, 0, 0, 0, 0, 0, 0, -1, 0,
    1, 0, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
    0, 0, 1, 0, 0, -1, -1, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 1, 1, 0,
    0, 0, 0, 0, 0, 0, 0, -1, 0, 0, 0, 1, 1, 0, 0, -1, 0, 1, 0, 1,
    1, 0, 0, -1, 0, 1, 0, 0, 0, -1, 0, 1, 0, 1, 0, 0, 0, -1, 0, 0,
    0, 0, -1, -1, 0, -1, 0, 1, 0, 0, 0, -1, 0, 0, 0, 1, 0, 0, 0, 0,
    0, 1, 0, 0, -1, -1, 0, 0, 0, 1, 0, 0, -1, -1, 0, -1, 0, 0, -1, -1,
    0, -1, 0, -1, 0, 0, -1, -1, 0, 0, 0, 0, 0, 0, -1, 0, 1, 0, 1, 1,
    0, 0, -1, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, -1, 0, 1, 0,
    0, -1, -1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0,
    1, 0, 0, -1, 0, 0, 0, 1, 1, 0, 0, -1, 0, 1, 0, 1, 1, 0, 0, 0,
    0, 1, 0, 0, 0, -1, 0, 0, 0, 1, 0, 0, 0, -1, 0, 0, 0, 0, 0, -1,
    0, -1, 0, 1, 0, 0, 0, -1, 0, 1, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0,
    -1, 0, 0, 0, 0, 1, 0, 0, 0, -1, 0, 0, 0, 0, -1, -1, 0, -1, 0, 1,
    0, 0, -1, -1, 0, 0, 1, 1, 0, 0, -1, 0, 0, 0, 0, 1, 0, 0, 0, 0,
    1,
};
""";
    }
}
