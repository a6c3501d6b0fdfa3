using LocalizedContent.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>
/// The generated code also compiles for a netstandard2.0 library at C# 8 (the oldest consumer the package
/// supports: nullable annotations need C# 8), without warnings, so TreatWarningsAsErrors projects build.
/// </summary>
public sealed class NetStandardConsumerTests
{
    internal static string NetStandardReference()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        // The generator itself targets netstandard2.0, so restoring it put this package in the cache.
        var path = Path.Combine(packages, "netstandard.library", "2.0.3", "build", "netstandard2.0", "ref", "netstandard.dll");
        Assert.True(File.Exists(path), "netstandard.dll 2.0 not found at " + path);
        return path;
    }

    [Fact]
    public void Generated_code_compiles_for_netstandard20_at_CSharp8_without_warnings()
    {
        var run = Run(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(
                ("Title", "News"),
                ("Welcome", "Hello {0}, you have {1} messages"),
                ("Users", "{app} has {n, plural, offset:1 =0 {no users} one {# user} other {# users}}"),
                ("Pick", "{g, select, a {A {n, number}} other {B}}")))
            .AddFile("Resources/Strings.ar.resx", Resx(("Users", "{app} {n, plural, zero {لا أحد} one {واحد} two {اثنان} few {#} many {#} other {#}}")))
            .AddFile("Resources/Strings.fa.resx", Resx(("Users", "{app} {n, plural, one {# کاربر} other {# کاربر}}")))
            .WithFrameworkReferences(MetadataReference.CreateFromFile(NetStandardReference())));
        var options = new CSharpParseOptions(LanguageVersion.CSharp8);
        var trees = run.GeneratedSources.Select(s => CSharpSyntaxTree.ParseText(s.Value, options, s.Key));
        var compilation = CSharpCompilation.Create("NetStandardConsumer", trees,
            [MetadataReference.CreateFromFile(NetStandardReference())],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
