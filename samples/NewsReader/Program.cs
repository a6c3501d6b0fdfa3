using System.Globalization;
using System.Text;
using NewsReader.Content;

Console.OutputEncoding = Encoding.UTF8;
Console.WriteLine("NewsReader");

// Content/WeChatNews.ar.txt and WeChatNews.fa.txt: one generated class, one variant per culture.
foreach (var culture in new[] { "ar", "fa" })
{
    var news = WeChatNews.For(new CultureInfo(culture));
    Console.WriteLine($"[{news.CultureName}] lang={news.Language} dir={news.Direction} paragraphs={news.Paragraphs.Count}");
    Console.WriteLine($"  {news.Title}");
}
