using System.Text.Json;
using OpenQA.Selenium.Chrome;

namespace LocalizedContent.Browser.Tests;

/// <summary>One NewsSite process and one headless Chromium, shared by the tests of a class.</summary>
public sealed class NewsSiteBrowser : IDisposable
{
    /// <summary>Where screenshots go (default: screenshots/ beside the test assembly).</summary>
    public const string ScreenshotVariable = "LOCALIZEDCONTENT_SCREENSHOTS";

    private readonly string _userData = Directory.CreateTempSubdirectory("newssite-chromium-").FullName;
    private readonly ChromeDriver _driver;

    public NewsSiteServer Server { get; }

    public NewsSiteBrowser()
    {
        // The browser first: without Chromium there is no point starting the site, and its message comes first.
        _driver = Chromium.Start(_userData, width: 1000, height: 820);
        try
        {
            Server = new NewsSiteServer();
        }
        catch
        {
            _driver.Quit();
            throw;
        }
    }

    /// <summary>Opens a page (the news page by default) for a culture (?culture=…) and waits until its fonts are loaded and laid out.</summary>
    public void Open(string culture, string page = "/")
    {
        _driver.Navigate().GoToUrl(new Uri(Server.Address, page + "?culture=" + Uri.EscapeDataString(culture)));
        _driver.ExecuteAsyncScript("const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));");
    }

    /// <summary>Runs a script in the page that returns JSON.stringify(…) and reads the result.</summary>
    public T Measure<T>(string script, params object[] arguments)
    {
        var json = _driver.ExecuteScript(script, arguments) as string
            ?? throw new InvalidOperationException("The script returned no JSON: " + script);
        return JsonSerializer.Deserialize<T>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    public string SaveScreenshot(string name)
    {
        var folder = Environment.GetEnvironmentVariable(ScreenshotVariable);
        if (string.IsNullOrWhiteSpace(folder)) folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        _driver.GetScreenshot().SaveAsFile(path);
        return path;
    }

    public void Dispose()
    {
        try
        {
            _driver.Quit();
        }
        finally
        {
            Server?.Dispose();
            try { Directory.Delete(_userData, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
