using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using NewsSite.Content;
using NewsSite.Resources;

namespace NewsSite;

/// <summary>The one page of the site: the generated documents and messages for the request's UI culture.</summary>
internal static class NewsPage
{
    /// <summary>The cultures the site offers; the first is the default when the request names none we support.</summary>
    public static readonly string[] Cultures = ["ar-EG", "fa", "en"];

    // Counts that reach each of Arabic's six CLDR plural forms (zero, one, two, few, many, other).
    private static readonly DateTime SeedPublished = new(2021, 7, 13, 19, 8, 0);

    private static readonly int[] ArticleCounts = [0, 1, 2, 3, 11, 100];

    // Every value is encoded; letters of any script stay readable in the page source (the default encoder would
    // write Arabic and Persian as numeric references).
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(CultureInfo ui)
    {
        // Direction of the page chrome and messages: the UI culture's. The articles carry their own, from the
        // generated metadata, so they stay right to left on the English page too.
        var uiDirection = ui.TextInfo.IsRightToLeft ? "rtl" : "ltr";
        var current = WeChatNews.Current;
        var page = new StringBuilder();

        page.Append("<!DOCTYPE html>\n<html lang=\"").Append(Html.Encode(ui.Name)).Append("\" dir=\"").Append(uiDirection).Append("\">\n");
        page.Append("<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append("<title>").Append(Html.Encode(Strings.AppName)).Append("</title>\n");
        page.Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n");

        page.Append("<header>\n<strong class=\"brand\">").Append(Html.Encode(Strings.AppName)).Append("</strong>\n");
        page.Append("<nav aria-label=\"").Append(Html.Encode(Site.Language)).Append("\">");
        foreach (var name in Cultures)
        {
            var culture = CultureInfo.GetCultureInfo(name);
            // Each name keeps its own direction, isolated, so that the Arabic and Persian names side by side on
            // the English page are not reordered as one right-to-left run.
            page.Append(" <a href=\"?culture=").Append(Html.Encode(name)).Append("\" lang=\"").Append(Html.Encode(name))
                .Append("\" dir=\"").Append(culture.TextInfo.IsRightToLeft ? "rtl" : "ltr").Append('"')
                .Append(name == ui.Name ? " aria-current=\"page\"" : "")
                .Append('>').Append(Html.Encode(culture.NativeName)).Append("</a>");
        }
        page.Append("</nav>\n</header>\n<main>\n");

        page.Append("<section id=\"messages\" lang=\"").Append(Html.Encode(ui.Name)).Append("\" dir=\"").Append(uiDirection).Append("\">\n");
        page.Append("<h2>").Append(Html.Encode(Site.MessagesHeading)).Append("</h2>\n<ul>\n");
        page.Append("<li id=\"daily-users\">").Append(Html.Encode(Strings.DailyUsers("WeChat", 19_000_000))).Append("</li>\n");
        foreach (var count in ArticleCounts)
        {
            page.Append("<li class=\"new-articles\">").Append(Html.Encode(Strings.NewArticles(count))).Append("</li>\n");
        }
        page.Append("<li id=\"shared-by\">").Append(Html.Encode(Strings.SharedBy("Reuters"))).Append("</li>\n");
        // The Persian seed's publication time: Solar Hijri in fa, Gregorian elsewhere (CLDR 48: ar-SA too).
        page.Append("<li id=\"published-at\">").Append(Html.Encode(Strings.PublishedAt(SeedPublished))).Append("</li>\n");
        page.Append("</ul>\n</section>\n");

        AppendArticle(page, current, "news");
        page.Append("<section id=\"editions\">\n<h2>").Append(Html.Encode(Site.OtherEditions)).Append("</h2>\n");
        foreach (var edition in WeChatNews.Variants)
        {
            if (edition.CultureName != current.CultureName) AppendArticle(page, edition, id: null);
        }
        page.Append("</section>\n</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static void AppendArticle(StringBuilder page, WeChatNews.Variant news, string? id)
    {
        // lang and dir come from the generated metadata, never from the text: the Arabic headline starts with the
        // Latin "WeChat", and a browser left to guess (dir="auto") would lay it out left to right.
        page.Append("<article");
        if (id is not null) page.Append(" id=\"").Append(Html.Encode(id)).Append('"');
        page.Append(" lang=\"").Append(Html.Encode(news.Language)).Append("\" dir=\"").Append(Html.Encode(news.Direction)).Append("\">\n");
        page.Append("<h1>").Append(Html.Encode(news.Title)).Append("</h1>\n");
        foreach (var paragraph in news.Paragraphs)
        {
            page.Append("<p>").Append(Html.Encode(paragraph)).Append("</p>\n");
        }
        page.Append("</article>\n");
    }

    // text-align is left at its default (start), so each block aligns by its own direction; the article is wider
    // than its headline, so a wrong direction would show (and the browser test would see it).
    private const string Style = """
        body { font-family: "DejaVu Sans", "Noto Sans Arabic", "Vazirmatn", sans-serif; margin: 0; background: #f6f6f2; color: #1d1d1b; line-height: 1.7; }
        header { display: flex; gap: 2rem; align-items: baseline; padding: 0.8rem 2rem; background: #23395b; color: #fff; }
        header a { color: #cfe0ff; margin: 0 0.4rem; }
        header a[aria-current] { color: #fff; font-weight: bold; }
        main { max-width: 60rem; margin: 0 auto; padding: 1rem 2rem 3rem; }
        #messages { background: #fff; border: 1px solid #d8d8d0; border-radius: 6px; padding: 0.3rem 1.5rem; margin-bottom: 1.5rem; }
        #messages h2 { font-size: 1.05rem; margin: 0.6rem 0 0.2rem; color: #555; }
        #messages ul { margin: 0 0 0.6rem; padding-inline-start: 1.2rem; }
        article { background: #fff; border: 1px solid #d8d8d0; border-radius: 6px; padding: 0.5rem 1.5rem 1rem; margin-bottom: 1.5rem; }
        article h1 { font-size: 1.6rem; margin: 0.6rem 0; }
        #editions > h2 { font-size: 1.05rem; color: #555; }
        """;
}
