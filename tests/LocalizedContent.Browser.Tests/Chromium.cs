using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace LocalizedContent.Browser.Tests;

/// <summary>
/// Debian's Chromium, headless, driven through Debian's chromedriver. Nothing is downloaded: both paths are given to
/// Selenium, so Selenium Manager has nothing to look up. When either is missing or the browser does not start, the
/// tests fail (never skip) with a message that says how to install them.
/// </summary>
public static class Chromium
{
    /// <summary>Overrides the browser binary (default /usr/bin/chromium).</summary>
    public const string BrowserVariable = "LOCALIZEDCONTENT_CHROMIUM";

    /// <summary>Overrides the driver binary (default /usr/bin/chromedriver).</summary>
    public const string DriverVariable = "LOCALIZEDCONTENT_CHROMEDRIVER";

    private const string HowToInstall =
        "The browser tests need Debian's chromium and chromium-driver: run `bash .ci/run` (it installs them), or as root " +
        "`apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver`. " +
        "Other locations: set " + BrowserVariable + " and " + DriverVariable + ".";

    public static ChromeDriver Start(string userDataDirectory, int width, int height)
    {
        var browser = PathFrom(BrowserVariable, "/usr/bin/chromium");
        var driver = PathFrom(DriverVariable, "/usr/bin/chromedriver");
        if (!File.Exists(browser)) throw new InvalidOperationException($"Chromium was not found at {browser}. {HowToInstall}");
        if (!File.Exists(driver)) throw new InvalidOperationException($"chromedriver was not found at {driver}. {HowToInstall}");

        // Selenium Manager would otherwise be asked about versions; the paths above are all it needs.
        Environment.SetEnvironmentVariable("SE_OFFLINE", "true");

        var options = new ChromeOptions { BinaryLocation = browser };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            // Without these Chromium keeps trying to reach Google's hosts, which a closed network refuses.
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--user-data-dir=" + userDataDirectory,
            $"--window-size={width},{height}", "--force-device-scale-factor=1",
            // The browser's own language stays English: the page's culture must come from the site, not the browser.
            "--lang=en-US");

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driver)!, Path.GetFileName(driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        try
        {
            return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        }
        // Selenium reports a browser that exits at once ("session not created") as InvalidOperationException.
        catch (Exception e) when (e is WebDriverException or InvalidOperationException)
        {
            service.Dispose();
            throw new InvalidOperationException($"Chromium ({browser}) did not start through {driver}: {e.Message}\n{HowToInstall}", e);
        }
    }

    private static string PathFrom(string variable, string fallback)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        return string.IsNullOrWhiteSpace(value) ? fallback : value;
    }
}
