using System.Globalization;
using Microsoft.AspNetCore.Localization;
using NewsSite;

var builder = WebApplication.CreateBuilder(args);

// The UI culture of each request comes from ?culture=… first, then the browser's Accept-Language. Every generated
// member the page reads (Strings.*, Site.*, WeChatNews.Current) follows CultureInfo.CurrentUICulture, which the
// middleware sets per request.
builder.Services.Configure<RequestLocalizationOptions>(options =>
{
    var supported = NewsPage.Cultures.Select(CultureInfo.GetCultureInfo).ToList();
    options.DefaultRequestCulture = new RequestCulture(NewsPage.Cultures[0]);
    options.SupportedCultures = supported;
    options.SupportedUICultures = supported;
    options.RequestCultureProviders = new List<IRequestCultureProvider>
    {
        new QueryStringRequestCultureProvider(),
        new AcceptLanguageHeaderRequestCultureProvider(),
    };
});

var app = builder.Build();
app.UseRequestLocalization();
app.MapGet("/", () => Results.Content(NewsPage.Render(CultureInfo.CurrentUICulture), "text/html; charset=utf-8"));
app.Run();
