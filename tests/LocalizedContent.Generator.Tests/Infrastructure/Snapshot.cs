using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace LocalizedContent.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot testing with Verify's conventions (a small helper of our own, so the tests need no Verify package): the
/// accepted text lives in <c>{TestClass}.{TestMethod}.verified.cs</c> beside the test file; on a mismatch the actual
/// text is written to <c>.received.cs</c> and the failure shows a line diff. Set
/// <c>LOCALIZEDCONTENT_ACCEPT_SNAPSHOTS=1</c> to accept the received text instead. Files are raw UTF-8 without BOM
/// so Arabic and Persian stay readable in review. The generator's version in <c>[GeneratedCode]</c> attributes is
/// replaced by <see cref="VersionPlaceholder"/> first, so a version bump changes no snapshot.
/// </summary>
public static partial class Snapshot
{
    public const string AcceptVariable = "LOCALIZEDCONTENT_ACCEPT_SNAPSHOTS";

    /// <summary>What snapshots hold in place of the generator's version.</summary>
    public const string VersionPlaceholder = "{version}";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Match(
        string actual,
        string? name = null,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testMethod = "")
    {
        var directory = Path.GetDirectoryName(testFile)!;
        var stem = $"{Path.GetFileNameWithoutExtension(testFile)}.{testMethod}{(name is null ? "" : "." + name)}";
        var verifiedPath = Path.Combine(directory, stem + ".verified.cs");
        var receivedPath = Path.Combine(directory, stem + ".received.cs");
        actual = ScrubVersions(Normalize(actual));

        var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath, Utf8)) : null;
        if (verified == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true")
        {
            File.WriteAllText(verifiedPath, actual, Utf8);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, Utf8);
        var message = verified is null
            ? $"No snapshot yet: review {receivedPath} and rename it to {Path.GetFileName(verifiedPath)}, or run with {AcceptVariable}=1."
            : $"Snapshot mismatch for {Path.GetFileName(verifiedPath)} (received written to {Path.GetFileName(receivedPath)}; accept with {AcceptVariable}=1):\n{Diff(verified, actual)}";
        Assert.Fail(message);
    }

    /// <summary>A line diff: "- n:" lines are the snapshot's line n, "+ n:" lines the received text's line n.</summary>
    public static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var builder = new StringBuilder();
        int expectedLine = 0, actualLine = 0, shown = 0;
        foreach (var line in diff.Lines)
        {
            switch (line.Type)
            {
                case ChangeType.Deleted:
                    expectedLine++;
                    if (shown++ < 60) builder.Append("- ").Append(expectedLine).Append(": ").AppendLine(line.Text);
                    break;
                case ChangeType.Inserted:
                    actualLine++;
                    if (shown++ < 60) builder.Append("+ ").Append(actualLine).Append(": ").AppendLine(line.Text);
                    break;
                default:
                    expectedLine++;
                    actualLine++;
                    break;
            }
        }
        if (shown > 60) builder.Append("… ").Append(shown - 60).AppendLine(" more changed lines");
        return builder.ToString();
    }

    /// <summary>Replaces the version argument of every <c>GeneratedCode("tool", "version")</c> attribute.</summary>
    public static string ScrubVersions(string text) => GeneratedCodeVersion().Replace(text, "${head}" + VersionPlaceholder + "\"");

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    [GeneratedRegex(@"(?<head>\bGeneratedCode(?:Attribute)?\(\s*""[^""]*""\s*,\s*"")[^""]*""")]
    private static partial Regex GeneratedCodeVersion();
}
