using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace LocalizedContent.Browser.Tests;

/// <summary>
/// What a reader sees on the NewsSite page, read from Chromium's layout (computed styles, element and text-range
/// rectangles), not from the HTML source.
/// </summary>
[Trait("Category", "Slow")]
public sealed class NewsSitePageTests(NewsSiteBrowser browser, ITestOutputHelper output) : IClassFixture<NewsSiteBrowser>
{
    private const char FirstStrongIsolate = '\u2068';
    private const char PopDirectionalIsolate = '\u2069';

    private static readonly Regex ArabicIndicDigit = new("[\u0660-\u0669]");
    private static readonly Regex PersianDigit = new("[\u06F0-\u06F9]");
    private static readonly Regex LatinDigit = new("[0-9]");
    // Letters Persian writes and Arabic does not (پ چ ژ گ, Persian ک and ی).
    private static readonly Regex PersianOnlyLetter = new("[\u067E\u0686\u0698\u06AF\u06A9\u06CC]");

    [Theory]
    [InlineData("ar-EG")]
    [InlineData("fa")]
    [InlineData("en")]
    public void Every_article_is_right_to_left_in_its_own_language_whatever_the_page_culture(string culture)
    {
        browser.Open(culture);
        output.WriteLine("screenshot: " + browser.SaveScreenshot("newssite-" + culture));

        var articles = browser.Measure<ArticleStyle[]>("""
            return JSON.stringify([...document.querySelectorAll('article')].map(a => ({
              lang: a.getAttribute('lang'),
              direction: getComputedStyle(a).direction,
              titleDirection: getComputedStyle(a.querySelector('h1')).direction,
              isArabic: a.matches(':lang(ar)'),
              isPersian: a.matches(':lang(fa)'),
            })));
            """);

        Assert.Equal(["ar", "fa"], articles.Select(a => a.Lang).Order());
        Assert.All(articles, a =>
        {
            Assert.Equal("rtl", a.Direction);
            Assert.Equal("rtl", a.TitleDirection);
            Assert.Equal(a.Lang == "ar", a.IsArabic);
            Assert.Equal(a.Lang == "fa", a.IsPersian);
        });
        // The page around them follows the UI culture: English is left to right, so on that page the articles'
        // direction can only come from their own dir attribute.
        var pageDirection = browser.Measure<string>("return JSON.stringify(getComputedStyle(document.documentElement).direction);");
        Assert.Equal(culture == "en" ? "ltr" : "rtl", pageDirection);
    }

    [Theory]
    [InlineData("ar-EG")]
    [InlineData("en")]
    public void Arabic_headline_starting_with_a_Latin_word_is_aligned_right(string culture)
    {
        browser.Open(culture);

        var title = browser.Measure<TitleGeometry>("""
            const h1 = document.querySelector('article[lang="ar"] h1');
            const style = getComputedStyle(h1);
            const box = h1.getBoundingClientRect();
            const range = document.createRange();
            range.selectNodeContents(h1);
            const text = range.getBoundingClientRect();
            return JSON.stringify({
              text: h1.textContent,
              textLeft: text.left, textRight: text.right,
              contentLeft: box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft),
              contentRight: box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight),
            });
            """);
        output.WriteLine($"title \"{title.Text}\": text {title.TextLeft:0.#}..{title.TextRight:0.#}, box {title.ContentLeft:0.#}..{title.ContentRight:0.#}");

        // The premise that makes this check able to fail: the headline's first strong letter is Latin, and it is
        // much narrower than its box, so left-to-right layout would leave a wide gap on the right.
        Assert.Matches("^[A-Za-z]", title.Text);
        Assert.True(title.TextLeft - title.ContentLeft > 100, $"the headline fills its box ({title.TextLeft} vs {title.ContentLeft}); widen the article");
        Assert.InRange(title.TextRight, title.ContentRight - 2, title.ContentRight + 2);
    }

    [Fact]
    public void Latin_name_and_number_keep_their_places_in_an_Arabic_message()
    {
        browser.Open("ar-EG");
        var text = browser.Measure<string>("return JSON.stringify(document.getElementById('daily-users').textContent);");
        output.WriteLine("message: " + text);

        // The FSI…PDI isolation the generator writes reaches the DOM.
        Assert.Contains($"{FirstStrongIsolate}WeChat{PopDirectionalIsolate}", text);
        var firstWord = text.Split(' ')[0];
        var number = Regex.Match(text, "[\u0660-\u0669\u066B\u066C]+").Value;
        Assert.Matches("^[\u0600-\u06FF]+$", firstWord);
        Assert.Matches(ArabicIndicDigit, number);

        var rects = browser.Measure<Dictionary<string, TextRect>>("""
            const node = document.getElementById('daily-users').firstChild;
            const rect = (part) => {
              const start = node.data.indexOf(part);
              const range = document.createRange();
              range.setStart(node, start);
              range.setEnd(node, start + part.length);
              const r = range.getBoundingClientRect();
              return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
            };
            return JSON.stringify({ word: rect(arguments[0]), name: rect('WeChat'), number: rect(arguments[1]) });
            """, firstWord, number);
        TextRect word = rects["word"], name = rects["name"], digits = rects["number"];
        output.WriteLine($"{firstWord} {word}; WeChat {name}; {number} {digits}");

        // One line, read right to left: the Arabic word, then WeChat, then the number.
        Assert.True(Math.Abs(word.Top - name.Top) < 4 && Math.Abs(name.Top - digits.Top) < 4, "the message wrapped");
        Assert.True(word.Left >= name.Right - 1, $"\"{firstWord}\" ({word}) should be right of WeChat ({name})");
        Assert.True(name.Left >= digits.Right - 1, $"WeChat ({name}) should be right of {number} ({digits})");
    }

    [Fact]
    public void Persian_page_shows_Persian_text_and_Persian_digits()
    {
        browser.Open("fa");
        var persian = browser.Measure<PageMessages>(MessagesScript);
        browser.Open("ar-EG");
        var arabic = browser.Measure<PageMessages>(MessagesScript);
        output.WriteLine($"fa: {persian.DailyUsers} | ar: {arabic.DailyUsers}");

        Assert.Equal("fa", persian.Lang);
        Assert.Matches(PersianOnlyLetter, persian.DailyUsers);
        Assert.Matches(PersianDigit, persian.DailyUsers);
        Assert.DoesNotMatch(ArabicIndicDigit, persian.DailyUsers);
        Assert.DoesNotMatch(LatinDigit, persian.DailyUsers);
        // …and in every message on the page (the plural counts too).
        Assert.Matches(PersianDigit, persian.AllMessages);
        Assert.DoesNotMatch(ArabicIndicDigit, persian.AllMessages);

        // Every generated member on the page switched with the culture, not only the message.
        Assert.Equal("ar-EG", arabic.Lang);
        Assert.Matches(ArabicIndicDigit, arabic.DailyUsers);
        Assert.DoesNotMatch(PersianDigit, arabic.AllMessages);
        Assert.NotEqual(arabic.Title, persian.Title);
        Assert.NotEqual(arabic.Heading, persian.Heading);
        Assert.Equal("fa", persian.NewsLang);
        Assert.Equal("ar", arabic.NewsLang);

        // The seed's publication time as a date message: Solar Hijri with Persian digits and the Persian ی in تیر
        // on the fa page, Gregorian with Arabic-Indic digits on the ar page.
        Assert.Equal("۲۲ تیر ۱۴۰۰ - ۱۹:۰۸", persian.PublishedAt.Replace("\u2068", "").Replace("\u2069", ""));
        Assert.Equal("١٣ يوليو ٢٠٢١ - ٧:٠٨ م", arabic.PublishedAt.Replace("\u2068", "").Replace("\u2069", ""));
    }

    [Fact]
    public async Task Accept_Language_picks_the_culture_when_the_query_names_none()
    {
        using var http = new HttpClient { BaseAddress = browser.Server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("fa-IR"));
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en", 0.5));
        using var response = await http.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"fa\" dir=\"rtl\">", html);
    }

    /// <summary>
    /// The Razor page reads each message through the compiled IStringLocalizer&lt;Strings&gt; and through the typed
    /// member: every row shows the same text twice, in the request's culture (its digits, its plural forms).
    /// </summary>
    [Theory]
    [InlineData("ar-EG")]
    [InlineData("fa")]
    [InlineData("en")]
    public void IStringLocalizer_and_typed_members_show_the_same_texts(string culture)
    {
        browser.Open(culture, "/localized");
        output.WriteLine("screenshot: " + browser.SaveScreenshot("newssite-localized-" + culture));
        var rows = browser.Measure<LocalizedRow[]>("""
            return JSON.stringify([...document.querySelectorAll('#side-by-side tbody tr')].map(row => ({
              localizer: row.querySelector('.localizer').textContent,
              typed: row.querySelector('.typed').textContent,
            })));
            """);
        Assert.Equal(10, rows.Length);
        Assert.All(rows, row => Assert.False(string.IsNullOrWhiteSpace(row.Typed)));
        Assert.Equal(rows.Select(r => r.Typed), rows.Select(r => r.Localizer));
        // Six counts, six different Arabic plural forms; ar-EG writes them in Arabic-Indic digits, fa in Persian.
        var newArticles = rows.Skip(2).Take(6).Select(r => r.Typed).ToList();
        if (culture == "ar-EG")
        {
            Assert.Equal(6, newArticles.Distinct().Count());
            Assert.Matches(ArabicIndicDigit, rows[1].Localizer);
        }
        if (culture == "fa") Assert.Matches(PersianDigit, rows[1].Localizer);
        Assert.Equal(culture == "en" ? "ltr" : "rtl", browser.Measure<string>("return JSON.stringify(getComputedStyle(document.documentElement).direction);"));
    }

    private sealed record LocalizedRow(string Localizer, string Typed);

    private const string MessagesScript = """
        const messages = document.getElementById('messages');
        return JSON.stringify({
          lang: messages.getAttribute('lang'),
          dailyUsers: document.getElementById('daily-users').textContent,
          publishedAt: document.getElementById('published-at').textContent,
          allMessages: messages.querySelector('ul').textContent,
          heading: messages.querySelector('h2').textContent,
          title: document.title,
          newsLang: document.getElementById('news').getAttribute('lang'),
        });
        """;

    private sealed record ArticleStyle(string Lang, string Direction, string TitleDirection, bool IsArabic, bool IsPersian);

    private sealed record TitleGeometry(string Text, double TextLeft, double TextRight, double ContentLeft, double ContentRight);

    private sealed record PageMessages(string Lang, string DailyUsers, string PublishedAt, string AllMessages, string Heading, string Title, string NewsLang);

    public sealed record TextRect(double Left, double Right, double Top, double Bottom)
    {
        public override string ToString() => $"{Left:0.#}..{Right:0.#}";
    }
}
