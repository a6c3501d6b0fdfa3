using System.Text.RegularExpressions;
using LocalizedContent.Generator.Documents;
using LocalizedContent.Generator.Messages;
using LocalizedContent.Generator.Tests.Messages;
using Xunit.Sdk;

namespace LocalizedContent.Generator.Tests.Infrastructure;

/// <summary>The snapshot helper keeps Verify's conventions; these tests run it against a scratch folder.</summary>
public sealed class SnapshotTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("snapshot-tests-").FullName;

    private string TestFile => Path.Combine(_directory, "SampleTests.cs");

    [Fact]
    public void Matching_text_passes_and_leaves_no_received_file()
    {
        File.WriteAllText(Path.Combine(_directory, "SampleTests.Method.verified.cs"), "سلام\nworld\n");
        Snapshot.Match("سلام\r\nworld\r\n", testFile: TestFile, testMethod: "Method");
        Assert.False(File.Exists(Path.Combine(_directory, "SampleTests.Method.received.cs")));
    }

    [Fact]
    public void Mismatch_fails_with_a_line_diff_and_writes_the_received_file_as_utf8_without_bom()
    {
        File.WriteAllText(Path.Combine(_directory, "SampleTests.Method.verified.cs"), "line one\nمرحبا\n");
        var failure = Assert.ThrowsAny<XunitException>(() => Snapshot.Match("line one\nسلام\n", testFile: TestFile, testMethod: "Method"));

        Assert.Contains("- 2: مرحبا", failure.Message);
        Assert.Contains("+ 2: سلام", failure.Message);
        var received = File.ReadAllBytes(Path.Combine(_directory, "SampleTests.Method.received.cs"));
        Assert.NotEqual(0xEF, received[0]);
        Assert.Equal("line one\nسلام\n", System.Text.Encoding.UTF8.GetString(received));
    }

    [Fact]
    public void Missing_snapshot_fails_and_says_how_to_accept()
    {
        var failure = Assert.ThrowsAny<XunitException>(() => Snapshot.Match("new", testFile: TestFile, testMethod: "Fresh"));
        Assert.Contains(Snapshot.AcceptVariable, failure.Message);
        Assert.True(File.Exists(Path.Combine(_directory, "SampleTests.Fresh.received.cs")));
    }

    [Fact]
    public void Generator_version_is_scrubbed_so_a_version_bump_changes_no_snapshot()
    {
        static string Class(string version) =>
            $"[global::System.CodeDom.Compiler.GeneratedCode(\"LocalizedContent\", \"{version}\")]\ninternal static partial class Strings {{ }}\n";
        File.WriteAllText(Path.Combine(_directory, "SampleTests.Method.verified.cs"), Class(Snapshot.VersionPlaceholder));

        Snapshot.Match(Class("0.1.0.0"), testFile: TestFile, testMethod: "Method");
        Snapshot.Match(Class("2.3.4-preview.1+abcdef"), testFile: TestFile, testMethod: "Method");

        // Only the version: another tool name is still a difference, and the received file holds the placeholder.
        var other = Class("9.9.9").Replace("\"LocalizedContent\"", "\"Other\"");
        Assert.ThrowsAny<XunitException>(() => Snapshot.Match(other, testFile: TestFile, testMethod: "Method"));
        var received = File.ReadAllText(Path.Combine(_directory, "SampleTests.Method.received.cs"));
        Assert.Contains($"GeneratedCode(\"Other\", \"{Snapshot.VersionPlaceholder}\")", received);
        Assert.DoesNotContain("9.9.9", received);
    }

    [Fact]
    public void Every_GeneratedCode_attribute_the_generators_write_is_scrubbed()
    {
        var run = new GeneratorHarness()
            .AddFile("Content/About.fa.txt", "درباره\n\nمتن")
            .AddFile("Resources/Strings.resx", MessageTestSupport.Resx(("Hello", "Hello")))
            .Run(new DocumentGenerator(), new MessageGenerator());
        var sources = run.GeneratedSources.Values.Select(Snapshot.ScrubVersions).ToList();

        var attributes = sources.SelectMany(s => Regex.Matches(s, @"GeneratedCode(Attribute)?\([^)]*\)").Select(m => m.Value)).ToList();
        Assert.NotEmpty(attributes);
        Assert.All(attributes, a => Assert.EndsWith($", \"{Snapshot.VersionPlaceholder}\")", a));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
