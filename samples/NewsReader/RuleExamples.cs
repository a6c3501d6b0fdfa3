namespace NewsReader;

/// <summary>
/// Deliberate violations of the LocalizedContent analyzer rules, kept so that <c>dotnet build samples/NewsReader</c>
/// shows every rule (the Persian seed in Content/ shows LC0002 and LC0003 as well). Nothing calls these members;
/// do not copy them. This file holds raw invisible characters on purpose (LC0004, LC0005).
/// </summary>
internal static class RuleExamples
{
    // LC0001: a Persian headline hard-coded in C#; it belongs in a LocalizedContent file such as Content/*.fa.txt.
    public static string Headline() => "ویچت برای جذب کاربران جدید";

    // LC0002: a Persian (Solar Hijri) date in Persian digits next to the Gregorian one in Latin digits.
    public static string PublishedOn() => "۲۲/۰۴/۱۴۰۰ = 13/07/2021";

    // LC0003: Persian text (پ makes it Persian) with the month تير written with an Arabic yeh, as in the seed.
    // LC0001 reports it too: it is right-to-left text in code.
    public static string Month() => "پاییز نیست، تير است";

    // LC0004: a raw RIGHT-TO-LEFT OVERRIDE (U+202E) after the word user: the rest displays reversed. An error by
    // default; samples/NewsReader/.editorconfig lowers it to a warning so that the sample still builds.
    public static string Role() => "user‮ admin";

    // LC0005: a raw LEFT-TO-RIGHT MARK (U+200E) after C#, invisible in review.
    public static string Language() => "C#‎";

    // LC0006: .NET parses only the digits 0-9, so this always throws a FormatException.
    public static int Year() => int.Parse("۱۴۰۰");
}
