using System.Diagnostics;
using System.Text;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>
/// The code fixes through the SDK's own <c>dotnet format analyzers</c>, on a throw-away project under the temp
/// directory that loads the built analyzer and code-fix assemblies as &lt;Analyzer&gt; items.
/// </summary>
[Trait("Category", "Slow")]
public class DotnetFormatTests
{
    // Raw bidi controls and marks are written as C# escapes here so that this file itself stays readable.
    private const string Source =
        "public static class Texts\n" +
        "{\n" +
        "    public const string Date = \"تاریخ انتشار:۲۲ تیر ۱۴۰۰ - 13 July 2021\";\n" +
        "    public const string Price = \"السعر 4.5 دينار، وليس ٣٫٥\";\n" +
        "    public const string Message = \"پيام كاربر \";\n" +
        "    public const string Trojan = \"user\u202E admin\";\n" +
        "    public const string Verbatim = @\"C:\\dir\u2066\";\n" +
        "    public const string Mark = \"سلام\u200F!\";\n" +
        "    // note\u2067 text\n" +
        "    public const string Untouched = \"سلام\";\n" +
        "}\n";

    private const string Expected =
        "public static class Texts\n" +
        "{\n" +
        "    public const string Date = \"تاریخ انتشار:۲۲ تیر ۱۴۰۰ - ۱۳ July ۲۰۲۱\";\n" +
        "    public const string Price = \"السعر ٤.٥ دينار، وليس ٣٫٥\";\n" +
        "    public const string Message = \"پیام کاربر \";\n" +
        "    public const string Trojan = \"user\\u202E admin\";\n" +
        "    public const string Verbatim = \"C:\\\\dir\\u2066\";\n" +
        "    public const string Mark = \"سلام\\u200F!\";\n" +
        "    // note text\n" +
        "    public const string Untouched = \"سلام\";\n" +
        "}\n";

    // LC0008 over a stand-in of the generator's Designer-compatible shape (the attribute makes it LocalizedContent's,
    // the static ResourceManager the Designer shape).
    private const string DesignerShape =
        "[System.CodeDom.Compiler.GeneratedCode(\"LocalizedContent\", \"0.1.0\")]\n" +
        "internal static class Resources\n" +
        "{\n" +
        "    public static System.Resources.ResourceManager ResourceManager => null!;\n" +
        "    public static string Greeting => \"{0} {1}\";\n" +
        "    public static string FormatGreeting(object? arg0, object? arg1) => string.Format(Greeting, arg0, arg1);\n" +
        "}\n";

    private const string Calls =
        "public static class Calls\n" +
        "{\n" +
        "    public static string A(string name) => string.Format(Resources.Greeting, string.Format(Resources.Greeting, name, 1), 2);\n" +
        "    public static string B(int n) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Resources.Greeting, n, n);\n" +
        "}\n";

    private const string CallsExpected =
        "public static class Calls\n" +
        "{\n" +
        "    public static string A(string name) => Resources.FormatGreeting(Resources.FormatGreeting(name, 1), 2);\n" +
        "    public static string B(int n) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Resources.Greeting, n, n);\n" +
        "}\n";

    // The same class once Shape="designer" is removed, and call sites written for the Designer shape.
    private const string DefaultShape =
        "[System.CodeDom.Compiler.GeneratedCode(\"LocalizedContent\", \"0.1.0\")]\n" +
        "internal static class Resources\n" +
        "{\n" +
        "    public static string Greeting(object? arg0, object? arg1) => \"\";\n" +
        "}\n";

    private const string DesignerCalls =
        "public static class Calls\n" +
        "{\n" +
        "    public static string A(string name) => Resources.FormatGreeting(name, 1);\n" +
        "    public static string B(string name) => string.Format(Resources.Greeting, name, 2);\n" +
        "    public static string C(string name) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Resources.Greeting, name, 3);\n" +
        "}\n";

    private const string DefaultCalls =
        "public static class Calls\n" +
        "{\n" +
        "    public static string A(string name) => Resources.Greeting(name, 1);\n" +
        "    public static string B(string name) => Resources.Greeting(name, 2);\n" +
        "    public static string C(string name) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Resources.Greeting, name, 3);\n" +
        "}\n";

    // LC0010 over a stand-in of the generated class (not static, as the generator writes it for a project that
    // references Microsoft.Extensions.Localization.Abstractions) and its .resx, a LocalizedContent item.
    private const string LocalizerClass =
        "namespace App.Resources\n" +
        "{\n" +
        "    [System.CodeDom.Compiler.GeneratedCode(\"LocalizedContent\", \"0.1.0\")]\n" +
        "    public partial class Strings\n" +
        "    {\n" +
        "        public static string Welcome => \"\";\n" +
        "        public static string Shared(string? name, decimal count) => \"\";\n" +
        "    }\n" +
        "}\n";

    private const string LocalizerResx =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n" +
        "  <data name=\"Welcome\" xml:space=\"preserve\"><value>خوش آمدید</value></data>\n" +
        "  <data name=\"Shared\" xml:space=\"preserve\"><value>{0} {1} مطلب را هم‌رسانی کرد</value></data>\n" +
        "</root>\n";

    private const string Page =
        "using App.Resources;\n" +
        "using Microsoft.Extensions.Localization;\n" +
        "public class Page(IStringLocalizer<Strings> localizer)\n" +
        "{\n" +
        "    public string A => localizer[\"Welcome\"];\n" +
        "    public string B(string name, int count) => $\"<p>{localizer[\"Shared\", name, count]}</p>\";\n" +
        "    public LocalizedString C => localizer[\"Welcome\"];\n" +
        "}\n";

    private const string PageExpected =
        "using App.Resources;\n" +
        "using Microsoft.Extensions.Localization;\n" +
        "public class Page(IStringLocalizer<Strings> localizer)\n" +
        "{\n" +
        "    public string A => Strings.Welcome;\n" +
        "    public string B(string name, int count) => $\"<p>{Strings.Shared(name, count)}</p>\";\n" +
        "    public LocalizedString C => localizer[\"Welcome\"];\n" +
        "}\n";

    [Fact]
    public async Task Dotnet_format_analyzers_applies_the_typed_members_of_LC0010()
    {
        // The .resx reaches the analyzers as the package's targets hand it over: an AdditionalFiles item with
        // LocalizedContentItem metadata (here with its namespace as metadata instead of the project's folders).
        var directory = CreateProject("""
            <Reference Include="$(MSBuildThisFileDirectory)analyzers/Microsoft.Extensions.Localization.Abstractions.dll" />
            <AdditionalFiles Include="Resources/Strings.resx" LocalizedContentItem="true" Namespace="App.Resources" />
            <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="LocalizedContentItem" />
            <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="Namespace" />
            """);
        try
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Microsoft.Extensions.Localization.Abstractions.dll"),
                Path.Combine(directory, "analyzers", "Microsoft.Extensions.Localization.Abstractions.dll"));
            Directory.CreateDirectory(Path.Combine(directory, "Resources"));
            File.WriteAllText(Path.Combine(directory, "Resources", "Strings.resx"), LocalizerResx, new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(directory, "Strings.cs"), LocalizerClass, new UTF8Encoding(false));
            var page = Path.Combine(directory, "Page.cs");
            File.WriteAllText(page, Page, new UTF8Encoding(false));

            var (exitCode, output) = await RunDotnetAsync(directory, "format", "analyzers", "Sample.csproj", "--diagnostics", "LC0010", "--severity", "info");

            Assert.True(exitCode == 0, "dotnet format failed (" + exitCode + "):\n" + output);
            Assert.Equal(PageExpected, File.ReadAllText(page));
        }
        finally
        {
            Delete(directory);
        }
    }

    /// <summary>The fixes for the compiler errors of the move to the default shape (CS0117, CS1503) run under
    /// dotnet format too: it applies code fixes of compiler diagnostics that support Fix All in the solution.</summary>
    [Fact]
    public async Task Dotnet_format_analyzers_applies_the_moves_to_the_default_shape()
    {
        var directory = CreateProject();
        try
        {
            File.WriteAllText(Path.Combine(directory, "Resources.cs"), DefaultShape, new UTF8Encoding(false));
            var calls = Path.Combine(directory, "Calls.cs");
            File.WriteAllText(calls, DesignerCalls, new UTF8Encoding(false));

            var (exitCode, output) = await RunDotnetAsync(directory, "format", "analyzers", "Sample.csproj", "--diagnostics", "CS0117", "CS1503");

            Assert.True(exitCode == 0, "dotnet format failed (" + exitCode + "):\n" + output);
            Assert.Equal(DefaultCalls, File.ReadAllText(calls));
        }
        finally
        {
            Delete(directory);
        }
    }

    [Fact]
    public async Task Dotnet_format_analyzers_applies_the_fixes_of_LC0002_to_LC0005_and_LC0008()
    {
        var directory = CreateProject();
        try
        {
            var file = Path.Combine(directory, "Texts.cs");
            File.WriteAllText(file, Source, new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(directory, "Resources.cs"), DesignerShape, new UTF8Encoding(false));
            var calls = Path.Combine(directory, "Calls.cs");
            File.WriteAllText(calls, Calls, new UTF8Encoding(false));

            var (exitCode, output) = await RunDotnetAsync(directory,
                "format", "analyzers", "Sample.csproj", "--diagnostics", "LC0002", "LC0003", "LC0004", "LC0005", "LC0008", "--severity", "info");

            Assert.True(exitCode == 0, "dotnet format failed (" + exitCode + "):\n" + output);
            Assert.Equal(Expected, File.ReadAllText(file));
            Assert.Equal(CallsExpected, File.ReadAllText(calls));
        }
        finally
        {
            Delete(directory);
        }
    }

    /// <summary>A throw-away project under the temp directory that loads the built analyzer and code-fix assemblies,
    /// with <paramref name="items"/> (MSBuild items) besides.</summary>
    private static string CreateProject(string items = "")
    {
        var directory = Path.Combine(Path.GetTempPath(), "lc-format-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var analyzers = Path.Combine(directory, "analyzers");
            Directory.CreateDirectory(analyzers);
            foreach (var name in new[] { "LocalizedContent.Analyzers.dll", "LocalizedContent.CodeFixes.dll" })
                File.Copy(Path.Combine(AppContext.BaseDirectory, name), Path.Combine(analyzers, name));

            // Empty Directory.Build files stop MSBuild from importing whatever sits above the temp directory.
            File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />");
            File.WriteAllText(Path.Combine(directory, "Sample.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net{Environment.Version.Major}.0</TargetFramework>
                    <ImplicitUsings>disable</ImplicitUsings>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    <Analyzer Include="analyzers/LocalizedContent.Analyzers.dll" />
                    <Analyzer Include="analyzers/LocalizedContent.CodeFixes.dll" />
                    {items}
                  </ItemGroup>
                </Project>
                """);
            return directory;
        }
        catch
        {
            Delete(directory);
            throw;
        }
    }

    private static void Delete(string directory)
    {
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static async Task<(int ExitCode, string Output)> RunDotnetAsync(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The test host runs inside an MSBuild-launched process: do not leak its MSBuild settings into the child.
        foreach (var key in start.Environment.Keys.ToList())
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                start.Environment.Remove(key);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet " + string.Join(' ', arguments) + " did not finish in 5 minutes:\n" + await stdout + await stderr);
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}
