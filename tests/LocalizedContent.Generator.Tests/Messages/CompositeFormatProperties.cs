using System.Globalization;
using System.Text;
using LocalizedContent.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>
/// Random composite format strings against the real string.Format: no expected text is typed by hand. The same
/// values in a neutral, an Arabic and a Persian file; each is called in several cultures with random arguments. The
/// generated text must equal string.Format's once its FSI…PDI isolates are removed, and inside an isolate only:
/// native digits are mapped back to ASCII, and only where the item's argument is a number or a date.
/// </summary>
public sealed class CompositeFormatProperties
{
    private static readonly string[] Cultures = ["en-US", "", "ar-SA", "ar-EG", "ar-MA", "fa-IR", "ar", "fa"];

    private static readonly string[] NumberFormats = ["N", "N2", "C", "0.0", "#,##0.00", "P1", "E3", "F0", "G", "0000"];
    private static readonly string[] IntegerFormats = ["D5", "X", "N0", "00"];
    private static readonly string[] DateFormats = ["d", "D", "yyyy", "yyyy-MM-dd", "HH:mm", "MMMM", "t", "g", "dd/MM/yyyy"];
    private static readonly string[] Texts = ["Total", " of ", "مجموع ", "فایل‌ها ", "'", "''", " (", ")", "٣ ", "۴", ": ", "don't "];

    private enum ArgKind { Int, Long, Double, Decimal, Date, Text, Null }

    private sealed record Value(string Format, ArgKind[] Kinds);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Generated_members_print_what_string_Format_prints(int seed)
    {
        var random = new Random(seed);
        var values = Enumerable.Range(0, 40).Select(_ => RandomValue(random)).ToList();
        var entries = values.Select((v, i) => ("K" + i, v.Format)).ToArray();
        var run = Run(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(entries))
            .AddFile("Resources/Strings.ar.resx", Resx(entries))
            .AddFile("Resources/Strings.fa.resx", Resx(entries)));
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning || d.Id == "LC1034");
        var assembly = run.CompileAndLoad();
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            foreach (var cultureName in Cultures)
            {
                var args = value.Kinds.Select(k => RandomArg(random, k)).ToArray();
                var culture = CultureInfo.GetCultureInfo(cultureName);
                var expected = string.Format(culture, value.Format, args);
                var actual = Call(assembly, cultureName, "K" + i, args.Where((_, k) => UsedIndexes(value.Format).Contains(k)).ToArray());
                Assert.True(expected == Normalize(actual, value.Format, args, NativeDigits(cultureName)),
                    $"{value.Format} [{cultureName}] ({string.Join(", ", args.Select(a => a?.GetType().Name + ":" + a))})\nstring.Format: «{expected}»\ngenerated:     «{Show(actual)}»");
            }
        }
    }

    [Fact]
    public void Random_brace_text_never_breaks_the_generator_and_always_compiles()
    {
        var random = new Random(7);
        const string alphabet = "{}{}0 1,-:N2a'#";
        for (var run = 0; run < 4; run++)
        {
            var entries = Enumerable.Range(0, 120).Select(i => ("K" + i, new string(Enumerable.Range(0, random.Next(1, 14)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()))).ToArray();
            foreach (var (_, text) in entries) AssertSameValidityAsStringFormat(text);
            foreach (var mode in new[] { "auto", "dotnet", "icu" })
            {
                var result = Run(new GeneratorHarness().WithProperty("LocalizedContentMessageFormat", mode)
                    .AddFile("Resources/Strings.resx", Resx(entries)).AddFile("Resources/Strings.ar.resx", Resx(entries)));
                Assert.Empty(result.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            }
        }
    }

    /// <summary>The parser accepts exactly what string.Format accepts, and reads the same items.</summary>
    private static void AssertSameValidityAsStringFormat(string text)
    {
        var parsed = LocalizedContent.Generator.Messages.CompositeFormatParser.Parse(text);
        var indexes = parsed.Parts.OfType<LocalizedContent.Generator.Messages.Model.FormatItemPart>().Select(p => p.Index).ToList();
        var args = Enumerable.Range(0, indexes.Count == 0 ? 0 : indexes.Max() + 1).Select(i => (object)("<" + i + ">")).ToArray();
        string? formatted;
        try
        {
            formatted = string.Format(CultureInfo.InvariantCulture, text, args);
        }
        catch (FormatException)
        {
            formatted = null;
        }
        Assert.True(parsed.Valid == (formatted is not null), $"«{text}»: parser valid {parsed.Valid}, string.Format {(formatted is null ? "throws" : "accepts")}");
        if (formatted is null) return;
        var rebuilt = string.Concat(parsed.Parts.Select(p => p switch
        {
            LocalizedContent.Generator.Messages.Model.TextPart t => t.Text,
            LocalizedContent.Generator.Messages.Model.FormatItemPart f => string.Format(CultureInfo.InvariantCulture, "{0," + f.Alignment + "}", "<" + f.Index + ">"),
            _ => throw new InvalidOperationException(),
        }));
        Assert.Equal(formatted, rebuilt);
    }

    /// <summary>Literal text and items with random index, alignment and a format fitting the argument's kind; valid .NET only.</summary>
    private static Value RandomValue(Random random)
    {
        var kinds = Enumerable.Range(0, random.Next(1, 4)).Select(_ => (ArgKind)random.Next(7)).ToArray();
        var builder = new StringBuilder();
        var items = random.Next(1, 4);
        for (var n = 0; n < items; n++)
        {
            if (random.Next(3) > 0) builder.Append(Texts[random.Next(Texts.Length)]);
            if (random.Next(6) == 0) builder.Append(random.Next(2) == 0 ? "{{" : "}}");
            var index = random.Next(kinds.Length);
            builder.Append('{').Append(index);
            if (random.Next(3) == 0) builder.Append(random.Next(2) == 0 ? " ," : ",").Append(random.Next(2) == 0 ? "-" : "").Append(random.Next(0, 12));
            var format = FormatFor(random, kinds[index]);
            if (format is not null) builder.Append(':').Append(format);
            builder.Append('}');
        }
        if (random.Next(2) == 0) builder.Append(Texts[random.Next(Texts.Length)]);
        return new Value(builder.ToString(), kinds);
    }

    /// <summary>A format for the argument (none for strings and null, which ignore it; a formatted index then must
    /// take an IFormattable, so its kind is never text or null).</summary>
    private static string? FormatFor(Random random, ArgKind kind)
    {
        if (random.Next(3) == 0) return null;
        return kind switch
        {
            ArgKind.Int or ArgKind.Long => random.Next(2) == 0 ? IntegerFormats[random.Next(IntegerFormats.Length)] : NumberFormats[random.Next(NumberFormats.Length)],
            ArgKind.Double or ArgKind.Decimal => NumberFormats[random.Next(NumberFormats.Length)],
            ArgKind.Date => DateFormats[random.Next(DateFormats.Length)],
            _ => null,
        };
    }

    private static object? RandomArg(Random random, ArgKind kind) => kind switch
    {
        ArgKind.Int => random.Next(-100000, 100000),
        ArgKind.Long => (long)random.Next() * random.Next(1, 1000),
        ArgKind.Double => Math.Round((random.NextDouble() - 0.3) * 100000, random.Next(0, 5)),
        ArgKind.Decimal => Math.Round((decimal)((random.NextDouble() - 0.3) * 10000), random.Next(0, 4)),
        ArgKind.Date => new DateTime(2000, 1, 1).AddMinutes(random.Next(0, 20_000_000)),
        ArgKind.Text => new[] { "WeChat", "سلام", "a b", "", "x-y" }[random.Next(5)],
        _ => null,
    };

    /// <summary>CLDR's default numbering system of the culture is not Latin (the generator's data, from CLDR 48:
    /// ar-EG and fa write native digits, ar and ar-MA 0-9); the neutral file is English.</summary>
    private static bool NativeDigits(string culture) =>
        culture.Length > 0 && LocalizedContent.Generator.LocaleData.NumberingSystems.Resolve(culture, LocalizedContent.Generator.Messages.Model.DigitsMode.Default).Zero != '0';

    private static HashSet<int> UsedIndexes(string format)
    {
        var used = new HashSet<int>();
        var unescaped = format.Replace("{{", "").Replace("}}", "");
        for (var i = unescaped.IndexOf('{'); i >= 0; i = unescaped.IndexOf('{', i + 1)) used.Add(unescaped[i + 1] - '0');
        return used;
    }

    /// <summary>The generated text with its isolates removed; inside the k-th isolate (the k-th item), native digits
    /// as ASCII when that item's argument is a number or a date. Digits anywhere else stay as they are.</summary>
    /// <param name="native">The culture writes native digits (CLDR): a number's or date's isolate holds no ASCII digit.</param>
    private static string Normalize(string text, string format, object?[] args, bool native)
    {
        var unescaped = format.Replace("{{", "").Replace("}}", "");
        var itemArgs = new List<object?>();
        for (var i = unescaped.IndexOf('{'); i >= 0; i = unescaped.IndexOf('{', i + 1)) itemArgs.Add(args[unescaped[i + 1] - '0']);
        var builder = new StringBuilder();
        var item = -1;
        var inside = false;
        foreach (var c in text)
        {
            if (c == '\u2068') { inside = true; item++; continue; }
            if (c == '\u2069') { inside = false; continue; }
            var shaped = inside && itemArgs[item] is int or long or double or decimal or DateTime;
            Assert.False(shaped && native && c is >= '0' and <= '9', "ASCII digit in a number or date item: " + Show(text));
            var digit = shaped ? CharUnicodeInfo.GetDecimalDigitValue(c) : -1;
            builder.Append(digit >= 0 ? (char)('0' + digit) : c);
        }
        return builder.ToString();
    }
}
