namespace LocalizedContent.Generator.Messages
{
    /// <summary>
    /// The helpers every generated message class carries as private nested members, so that consumers need no
    /// runtime assembly and two projects' generated classes never clash. They format numbers digit by digit into a
    /// reused per-thread buffer, so a message call allocates only its result string; nothing here parses a message.
    /// Written for C# 8 and netstandard2.0 consumers (decimal.Scale is used where it exists).
    /// </summary>
    internal static class MessageRuntimeSource
    {
        private static readonly string Annotated = Build("?");
        private static readonly string Plain = Build("");

        /// <summary>The helpers' source, with nullable annotations when <paramref name="nullableAnnotations"/>.</summary>
        public static string Text(bool nullableAnnotations) => nullableAnnotations ? Annotated : Plain;

        /// <param name="q">"?" where a reference type is nullable, or "" for consumers below C# 8.</param>
        private static string Build(string q) => $$"""
private static bool __LCIn(decimal x, decimal low, decimal high) => x >= low && x <= high && x == decimal.Truncate(x);

private static bool __LCIn(long x, long low, long high) => x >= low && x <= high;

private static int __LCScale(decimal value)
{
#if NET7_0_OR_GREATER
    return value.Scale;
#else
    // decimal.GetBits allocates; every runtime lays decimal out with its flags (sign and scale) first.
    var bits = new __LCDecimalBits { Value = value };
    return (bits.Flags >> 16) & 0xFF;
#endif
}

// decimal's layout on .NET Framework, .NET Core and Mono: flags (sign, scale), high 32 bits, low 64 bits (little
// endian). Reading it directly keeps the fast path free of decimal arithmetic.
[global::System.Runtime.InteropServices.StructLayout(global::System.Runtime.InteropServices.LayoutKind.Explicit)]
private struct __LCDecimalBits
{
    [global::System.Runtime.InteropServices.FieldOffset(0)] public decimal Value;
    [global::System.Runtime.InteropServices.FieldOffset(0)] public int Flags;
    [global::System.Runtime.InteropServices.FieldOffset(4)] public uint High;
    [global::System.Runtime.InteropServices.FieldOffset(8)] public ulong Low;
}

// The fast path: an integer written without decimals (scale 0) that fits a long, as nearly every count is.
private static bool __LCSmallInteger(decimal value, out long magnitude, out bool negative)
{
    if (global::System.BitConverter.IsLittleEndian)
    {
        var bits = new __LCDecimalBits { Value = value };
        if ((bits.Flags & 0x00FF0000) == 0 && bits.High == 0 && bits.Low <= 999999999999999999UL)
        {
            magnitude = (long)bits.Low;
            negative = bits.Flags < 0 && magnitude != 0;
            return true;
        }
    }
    else if (__LCScale(value) == 0 && value <= 999999999999999999m && value >= -999999999999999999m)
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

// CLDR plural operands (UTS #35): n absolute value, i integer digits, v visible fraction digits, w the same without
// trailing zeros, f visible fraction digits as a number, t the same without trailing zeros. decimal keeps the
// scale the caller wrote (1.50m has v = 2), which double cannot.
private static void __LCOperands(decimal value, out decimal n, out decimal i, out decimal v, out decimal w, out decimal f, out decimal t)
{
    n = value < 0m ? -value : value;
    i = decimal.Truncate(n);
    var scale = __LCScale(n);
    v = scale;
    var fraction = n - i;
    for (var k = 0; k < scale; k++) fraction *= 10m;
    f = decimal.Truncate(fraction);
    t = f;
    w = v;
    if (t == 0m) w = 0m;
    else while (t % 10m == 0m) { t /= 10m; w--; }
}

private struct __LCBuilder
{
    [global::System.ThreadStatic] private static char[]{{q}} __LCCache;
    private char[] _chars;
    private int _length;

    public static __LCBuilder Create()
    {
        var builder = new __LCBuilder();
        builder._chars = __LCCache ?? new char[256];
        __LCCache = null; // taken: a message built meanwhile (by an argument's ToString) gets its own buffer
        builder._length = 0;
        return builder;
    }

    public override string ToString()
    {
        var result = new string(_chars, 0, _length);
        if (_chars.Length <= 4096) __LCCache = _chars;
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
    public void AppendObject(object{{q}} value, int profile, global::System.Globalization.CultureInfo culture)
    {
        switch (value)
        {
            case null: return;
            case string s: Append(s); return;
            case int x: AppendNumber(x, profile); return;
            case long x: AppendNumber(x, profile); return;
            case short x: AppendNumber(x, profile); return;
            case byte x: AppendNumber(x, profile); return;
            case sbyte x: AppendNumber(x, profile); return;
            case ushort x: AppendNumber(x, profile); return;
            case uint x: AppendNumber(x, profile); return;
            case ulong x: AppendNumber(x, profile); return;
            case decimal x: AppendNumber(x, profile); return;
            case global::System.IFormattable x: Append(x.ToString(null, culture)); return;
            default: Append(value.ToString()); return;
        }
    }

    /// <summary>Writes the number as given (1.50m keeps two decimals), grouped by thousands, in the profile's digits.</summary>
    public void AppendNumber(decimal value, int profile)
    {
        if (__LCSmallInteger(value, out var magnitude, out var negative))
        {
            if (negative) Append(__LCMinus[profile]);
            AppendGrouped((ulong)magnitude, __LCZero[profile], __LCGroup[profile]);
            return;
        }
        if (value < 0m)
        {
            Append(__LCMinus[profile]);
            value = -value;
        }
        var zero = __LCZero[profile];
        var integer = decimal.Truncate(value);
        if (integer <= 18446744073709551615m) AppendGrouped((ulong)integer, zero, __LCGroup[profile]);
        else AppendGroupedText(integer.ToString(global::System.Globalization.CultureInfo.InvariantCulture), zero, __LCGroup[profile]);
        var scale = __LCScale(value);
        if (scale == 0) return;
        Append(__LCDecimal[profile]);
        var fraction = value - integer;
        for (var k = 0; k < scale; k++)
        {
            fraction *= 10m;
            var digit = (int)decimal.Truncate(fraction);
            fraction -= digit;
            Append((char)(zero + digit));
        }
    }

    private void AppendGrouped(ulong value, char zero, string group)
    {
        var digits = 1;
        for (var rest = value / 10; rest != 0; rest /= 10) digits++;
        var total = digits + (digits - 1) / 3 * group.Length;
        if (_length + total > _chars.Length) Grow(total);
        var pos = _length + total - 1;
        for (var d = 0; d < digits; d++)
        {
            if (d > 0 && d % 3 == 0)
            {
                for (var g = group.Length - 1; g >= 0; g--) _chars[pos--] = group[g];
            }
            _chars[pos--] = (char)(zero + (int)(value % 10));
            value /= 10;
        }
        _length += total;
    }

    private void AppendGroupedText(string digits, char zero, string group)
    {
        for (var d = 0; d < digits.Length; d++)
        {
            if (d > 0 && (digits.Length - d) % 3 == 0) Append(group);
            Append((char)(zero + (digits[d] - '0')));
        }
    }
}
""";
    }
}
