using System.Text;

Console.OutputEncoding = Encoding.UTF8;
Console.WriteLine("NewsReader");

// ---------------------------------------------------------------------------------------------------------
// Messages (issue 4): typed messages generated from Resources/Strings{,.ar,.fa}.resx. For(culture) picks a
// culture without touching CurrentUICulture; numbers come out in the culture's digits (ar ٠-٩, fa ۰-۹,
// ar-MA 0-9) and inserted values are wrapped in FSI…PDI in right-to-left text.
// ---------------------------------------------------------------------------------------------------------
{
    Console.WriteLine();
    Console.WriteLine("Messages");
    foreach (var name in new[] { "en", "ar", "fa", "ar-MA" })
    {
        var messages = NewsReader.Resources.Strings.For(System.Globalization.CultureInfo.GetCultureInfo(name));
        Console.WriteLine($"  {name,-5} {messages.AppName}: {messages.DailyUsers("WeChat", 19_000_000)}");
    }
    Console.WriteLine("  Arabic plural forms (CLDR zero, one, two, few, many, other):");
    var arabic = NewsReader.Resources.Strings.For(System.Globalization.CultureInfo.GetCultureInfo("ar"));
    foreach (var count in new[] { 0, 1, 2, 3, 11, 100 })
    {
        Console.WriteLine($"  {count,5} {arabic.NewArticles(count)}");
    }
    var persian = NewsReader.Resources.Strings.For(System.Globalization.CultureInfo.GetCultureInfo("fa"));
    Console.WriteLine($"  fa    {persian.NewArticles(0)} | {persian.NewArticles(1)} | {persian.NewArticles(1250)} | {persian.SharedBy("Reuters")}");
}
