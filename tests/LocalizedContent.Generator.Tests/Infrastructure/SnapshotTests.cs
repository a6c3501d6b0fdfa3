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

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
