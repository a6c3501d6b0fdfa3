using LocalizedContent.Generator.Tests.Infrastructure;

namespace LocalizedContent.Generator.Tests.Robustness;

/// <summary>Every generator diagnostic names one of the input files and a line and column inside it.</summary>
internal static class LocatedDiagnostics
{
    public static void AssertEachIsInAFile(GeneratorRun run, IEnumerable<(string Path, string Text)> files)
    {
        var byPath = files.GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);
        foreach (var diagnostic in run.GeneratorDiagnostics)
        {
            var span = diagnostic.Location.GetLineSpan();
            Assert.True(span.IsValid && byPath.ContainsKey(span.Path), $"{diagnostic.Id} has no file location: {diagnostic}");
            var lines = Microsoft.CodeAnalysis.Text.SourceText.From(byPath[span.Path]).Lines;
            Assert.True(span.StartLinePosition.Line < lines.Count, $"{diagnostic.Id} points past the end of {span.Path}: {diagnostic}");
            Assert.True(diagnostic.Location.SourceSpan.End <= byPath[span.Path].Length, $"{diagnostic.Id} points past the end of {span.Path}: {diagnostic}");
        }
    }
}
