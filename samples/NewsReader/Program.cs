using System.Globalization;
using System.Text;
using NewsReader.Content;
using NewsReader.Resources;

Console.OutputEncoding = Encoding.UTF8;
Console.WriteLine("NewsReader");

// Documents: Content/WeChatNews.ar.txt and WeChatNews.fa.txt make one generated class, one variant per culture.
foreach (var culture in new[] { "ar", "fa" })
{
    var news = WeChatNews.For(new CultureInfo(culture));
    Console.WriteLine($"[{news.CultureName}] lang={news.Language} dir={news.Direction} paragraphs={news.Paragraphs.Count}");
    Console.WriteLine($"  {news.Title}");
}

// Messages: typed methods generated from Resources/Strings{,.ar,.fa}.resx. For(culture) picks a culture without
// touching CurrentUICulture; numbers come out in the culture's CLDR digits (ar-EG ٠-٩, fa ۰-۹, ar and ar-MA 0-9) and inserted
// values are wrapped in FSI…PDI in right-to-left text.
Console.WriteLine();
Console.WriteLine("Messages");
foreach (var name in new[] { "en", "ar-EG", "fa", "ar-MA" })
{
    var messages = Strings.For(CultureInfo.GetCultureInfo(name));
    Console.WriteLine($"  {name,-5} {messages.AppName}: {messages.DailyUsers("WeChat", 19_000_000)}");
}
Console.WriteLine("  Arabic plural forms (CLDR zero, one, two, few, many, other):");
var arabic = Strings.For(CultureInfo.GetCultureInfo("ar-EG"));
foreach (var count in new[] { 0, 1, 2, 3, 11, 100 })
{
    Console.WriteLine($"  {count,5} {arabic.NewArticles(count)}");
}
var persian = Strings.For(CultureInfo.GetCultureInfo("fa"));
Console.WriteLine($"  fa    {persian.NewArticles(0)} | {persian.NewArticles(1)} | {persian.NewArticles(1250)} | {persian.SharedBy("Reuters")}");

// Dates: the Persian seed's date line ("۲۲ تير ۱۴۰۰ - ۱۹:۰۸ - 13 July 2021") from one message,
// "{when, date, long} - {when, time, short}": Solar Hijri with Persian month names for fa, the Gregorian calendar with
// Arabic month names for ar-SA and ar-EG (CLDR 48), ar-MA's own names and 24-hour clock, all in the culture's digits and without CultureInfo's
// calendar or the machine's ICU (names and patterns are CLDR data compiled into the generated class).
Console.WriteLine();
Console.WriteLine("Dates (13 July 2021 19:08)");
var published = new DateTime(2021, 7, 13, 19, 8, 0);
foreach (var name in new[] { "fa", "ar-SA", "ar-EG", "ar-MA", "en" })
{
    Console.WriteLine($"  {name,-5} {Strings.For(CultureInfo.GetCultureInfo(name)).PublishedAt(published)}");
}
