using System.Text.RegularExpressions;

namespace LocalizedContent.Package.Tests;

/// <summary>
/// The product as users get it: a brand-new project restores the packed nupkg from a local feed, lists a
/// LocalizedContent file, and builds with `dotnet build`. The generated class must be callable and the analyzer
/// warning must point at the right file, line and column.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ConsumerBuildTests(PackedFeed feed) : IClassFixture<PackedFeed>
{
    private const string ArticleTitle = "WeChat يناضل لجذب مستخدمين جدد";

    private const string ProgramSource = """
        using System.Globalization;
        using Consumer.Content;

        CultureInfo.CurrentUICulture = new CultureInfo("ar");
        Console.WriteLine("TITLE=" + Article.Title);
        var greeting = "مرحبا بالعالم";
        Console.WriteLine("LENGTH=" + greeting.Length);

        """;

    [Fact]
    public void Fresh_consumer_builds_calls_the_generated_class_and_sees_the_analyzer_warning()
    {
        var directory = feed.NewConsumer("consumer", """<LocalizedContent Include="Content/**/*.txt;Resources/**/*.resx" />""");
        Directory.CreateDirectory(Path.Combine(directory, "Content"));
        File.WriteAllText(Path.Combine(directory, "Content", "Article.ar.txt"),
            ArticleTitle + "\n\nأوضحت شركة تينسنت أن التطبيق قد لا يتمكن من كسب مستخدمين جدد.\n\nوقالت أيضًا إن التحديثات قد تتأثر.\n");
        File.WriteAllText(Path.Combine(directory, "Program.cs"), ProgramSource);

        var build = DotNetCli.Run(directory, null, "build", "--disable-build-servers", "-nodeReuse:false", "-v:minimal");
        Assert.True(build.ExitCode == 0, "The consumer does not build: " + build);

        // The analyzer reports LC0001 on the hard-coded Arabic literal, at its line and column.
        var lines = ProgramSource.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("مرحبا", StringComparison.Ordinal)) + 1;
        var column = lines[line - 1].IndexOf('"') + 1;
        Assert.Matches(new Regex($@"Program\.cs\({line},{column}\): warning LC0001"), build.Output);

        // The generated class is callable from the consumer's code and returns the document's title.
        var run = DotNetCli.Run(directory, null, Path.Combine(directory, "bin", "Debug", "net10.0", "Consumer.dll"));
        Assert.True(run.ExitCode == 0, "The consumer does not run: " + run);
        Assert.Contains("TITLE=" + ArticleTitle, run.Output);
        Assert.Contains("LENGTH=13", run.Output);
    }

    /// <summary>
    /// Issue 13's rows that only a real build shows, through MSBuild, the compiler's .editorconfig and the package's
    /// targets: a project folder named C# (its path was cut at '#'), a keyword folder (the hint name crashed the
    /// generator), metadata holding ';' (cut), and a file name holding U+2028 (the file vanished and its metadata
    /// landed on the file listed before it).
    /// </summary>
    [Fact]
    public void Names_that_broke_the_build_build_and_say_what_they_changed()
    {
        var directory = feed.NewConsumer("C#consumer", """
            <LocalizedContent Include="Resources/public/Strings.resx" />
            <LocalizedContent Include="Meta/A.resx" Namespace="A%3BB" ClassName="First" />
            <LocalizedContent Include="Meta/B&#x2028;x.resx" ClassName="Second" />
            <LocalizedContent Include="Meta/C.resx" ClassName="Third" />
            <LocalizedContent Include="Resources/Strings.resx;Resources/Strings/Errors.resx" />
            """);
        static string Resx(string key, string value) =>
            $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n  <data name=\"{key}\"><value>{value}</value></data>\n</root>\n";
        Directory.CreateDirectory(Path.Combine(directory, "Resources", "public"));
        Directory.CreateDirectory(Path.Combine(directory, "Meta"));
        File.WriteAllText(Path.Combine(directory, "Resources", "public", "Strings.resx"), Resx("Hello", "from public"));
        File.WriteAllText(Path.Combine(directory, "Meta", "A.resx"), Resx("Hi", "from A"));
        File.WriteAllText(Path.Combine(directory, "Meta", "B\u2028x.resx"), Resx("Bye", "from B"));
        File.WriteAllText(Path.Combine(directory, "Meta", "C.resx"), Resx("Zed", "from C"));
        // A class named like a folder of other .resx files: renamed (LC1018), which needs every item's namespace.
        Directory.CreateDirectory(Path.Combine(directory, "Resources", "Strings"));
        File.WriteAllText(Path.Combine(directory, "Resources", "Strings.resx"), Resx("Welcome", "from Strings"));
        File.WriteAllText(Path.Combine(directory, "Resources", "Strings", "Errors.resx"), Resx("Oops", "from Errors"));
        File.WriteAllText(Path.Combine(directory, "Program.cs"), """
            Console.WriteLine("PUBLIC=" + Consumer.Resources.@public.Strings.Hello);
            Console.WriteLine("A=" + A_B.First.Hi);
            Console.WriteLine("C=" + Consumer.Meta.Third.Zed);
            Console.WriteLine("STRINGS=" + Consumer.Resources.StringsMessages.Welcome + "|" + Consumer.Resources.Strings.Errors.Oops);

            """);

        var build = DotNetCli.Run(directory, null, "build", "--disable-build-servers", "-nodeReuse:false", "-v:minimal");
        Assert.True(build.ExitCode == 0, "The consumer does not build: " + build);
        Assert.DoesNotContain("CS8785", build.Output);
        Assert.Matches(new Regex(@"B\u2028x\.resx : warning LC1008"), build.Output);
        Assert.Matches(new Regex(@"A\.resx\(1,1\): warning LC1003: 'A;B'"), build.Output);

        var run = DotNetCli.Run(directory, null, Path.Combine(directory, "bin", "Debug", "net10.0", "Consumer.dll"));
        Assert.True(run.ExitCode == 0, "The consumer does not run: " + run);
        Assert.Contains("PUBLIC=from public", run.Output);
        Assert.Contains("A=from A", run.Output);
        Assert.Contains("C=from C", run.Output);
        Assert.Contains("STRINGS=from Strings|from Errors", run.Output);
        Assert.Matches(new Regex(@"Strings\.resx\(1,1\): warning LC1018"), build.Output);
    }

    /// <summary>
    /// Issue 15: a project that used Resources.Designer.cs deletes it, sets Shape="designer", and its call sites build
    /// and run unchanged: properties, string.Format, Culture, DataAnnotations, and ResourceManager (which finds the
    /// embedded resources under the SDK's manifest name when the project keeps them embedded).
    /// </summary>
    [Fact]
    public void Designer_shape_replaces_Resources_Designer_cs_without_touching_call_sites()
    {
        var directory = feed.NewConsumer("designer", """
            <LocalizedContent Include="Properties/Resources.resx;Properties/Resources.fa.resx" />
            <LocalizedContent Update="Properties/Resources.resx" Shape="designer" />
            """, "<LocalizedContentKeepEmbeddedResources>true</LocalizedContentKeepEmbeddedResources>");
        Directory.CreateDirectory(Path.Combine(directory, "Properties"));
        File.WriteAllText(Path.Combine(directory, "Properties", "Resources.resx"),
            PackedFeed.Resx(("AppName", "News Reader"), ("Required", "The {0} field is required."), ("Items", "{count, plural, one {# item} other {# items}}")));
        File.WriteAllText(Path.Combine(directory, "Properties", "Resources.fa.resx"),
            PackedFeed.Resx(("AppName", "خبرخوان"), ("Required", "فیلد {0} الزامی است."), ("Items", "{count, plural, one {# مورد} other {# مورد}}")));
        File.WriteAllText(Path.Combine(directory, "Program.cs"), """
            using System.ComponentModel.DataAnnotations;
            using System.Globalization;
            using Consumer.Properties;

            CultureInfo.CurrentUICulture = new CultureInfo("en-US");
            Console.WriteLine("NAME=" + Resources.AppName);
            Resources.Culture = new CultureInfo("fa");
            Console.WriteLine("FA=" + Resources.AppName + "|" + string.Format(Resources.Required, 5) + "|" + Resources.FormatItems(2));
            Console.WriteLine("RM=" + Resources.ResourceManager.GetString("AppName", Resources.Culture));
            var model = new Model();
            var results = new List<ValidationResult>();
            Console.WriteLine("VALID=" + Validator.TryValidateObject(model, new ValidationContext(model), results, true) + "|" + results[0].ErrorMessage);

            class Model
            {
                [Required(ErrorMessageResourceType = typeof(Resources), ErrorMessageResourceName = nameof(Resources.Required))]
                public string? Name { get; set; }
            }

            """);

        var build = DotNetCli.Run(directory, null, "build", "--disable-build-servers", "-nodeReuse:false", "-v:minimal");
        Assert.True(build.ExitCode == 0, "The consumer does not build: " + build);
        var run = DotNetCli.Run(directory, null, Path.Combine(directory, "bin", "Debug", "net10.0", "Consumer.dll"));
        Assert.True(run.ExitCode == 0, "The consumer does not run: " + run);
        Assert.Contains("NAME=News Reader", run.Output);
        Assert.Contains("FA=خبرخوان|فیلد 5 الزامی است.|\u2068۲\u2069 مورد", run.Output);
        Assert.Contains("RM=خبرخوان", run.Output);
        Assert.Contains("VALID=False|فیلد Name الزامی است.", run.Output);
    }

    /// <summary>
    /// Issue 15: five public applications' own .resx translations with Arabic and Persian satellites (the generator
    /// tests' real-world corpus, each with its source, commit and license), added as they are to a new project that
    /// lists them as LocalizedContent items: the build succeeds with default settings, analyzers included (a
    /// translator's paired embedding is LC0007, not an error), and no file is left unread.
    /// </summary>
    [Fact]
    public void Real_translations_of_public_apps_build_green_with_default_settings()
    {
        var directory = feed.NewConsumer("realworld", """<LocalizedContent Include="Corpus/**/*.resx" />""");
        var corpus = Path.Combine(DotNetCli.RepoRoot, "tests", "LocalizedContent.Generator.Tests", "Corpus", "RealWorld");
        var copied = 0;
        foreach (var file in Directory.GetFiles(corpus, "*.resx", SearchOption.AllDirectories))
        {
            var target = Path.Combine(directory, "Corpus", Path.GetRelativePath(corpus, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            copied++;
        }
        Assert.True(copied >= 15, "the corpus has at least five projects of three files");
        File.WriteAllText(Path.Combine(directory, "Program.cs"), "Console.WriteLine(\"ok\");\n");

        var build = DotNetCli.Run(directory, null, "build", "--disable-build-servers", "-nodeReuse:false", "-v:minimal");
        Assert.True(build.ExitCode == 0, "Real translations do not build: " + build);
        Assert.DoesNotMatch(new Regex(@": error "), build.Output);
        Assert.DoesNotContain("CS8785", build.Output);
    }
}
