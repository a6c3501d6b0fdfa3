using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using LocalizedContent.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Benchmarks.Corpus;

/// <summary>
/// A Razor project as the compiler sees it: the Razor source generator's real output for one Blazor component and
/// one Razor page (tests/LocalizedContent.Analyzers.Tests/Corpus/Razor, written by SDK 10.0.401's Razor compiler;
/// linked into this assembly, not copied), each copied under new names (class, file and the paths in its
/// <c>#pragma checksum</c> and <c>#line</c> directives), with the .razor and .cshtml files as AdditionalFiles the
/// way the SDK passes them. The Razor compiler itself is not run: its output is what our analyzers read.
/// </summary>
public static class RazorCorpus
{
    private static readonly (string Razor, string RazorPath, string Generated, string ClassName)[] Pairs =
    [
        (Read("Hello.razor"), "Components/Hello.razor", Read("Hello_razor.g.cs.txt"), "Hello"),
        (Read("Index.cshtml"), "Pages/Index.cshtml", Read("Index_cshtml.g.cs.txt"), "Pages_Index"),
    ];

    /// <summary>The generated trees and the Razor files of <paramref name="copies"/> copies of each file. With
    /// <paramref name="latin"/>, every right-to-left character of the Razor files and of their generated C# is written as
    /// x: the same pages of an app whose markup has no right-to-left text, for what the Razor checks cost where they
    /// report nothing. One character for one: the positions Razor wrote into its C# stay right.</summary>
    public static (ImmutableArray<SyntaxTree> Trees, ImmutableArray<AdditionalText> RazorFiles, int SourceCharacters) Project(int copies, bool latin)
    {
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>();
        var files = ImmutableArray.CreateBuilder<AdditionalText>();
        var characters = 0;
        for (var i = 0; i < copies; i++)
        {
            foreach (var (razorText, razorPath, generated, className) in Pairs)
            {
                var newPath = "/project/" + CopyPath(razorPath, i);
                var code = Regex.Replace(generated.Replace("/tmp/rz/" + razorPath, newPath, StringComparison.Ordinal),
                    $@"\b{className}\b", $"{className}{i:D4}");
                // The generator's hint name ends in _razor.g.cs / _cshtml.g.cs, which is how the analyzers know the tree.
                var treePath = $"/project/obj/generated/{newPath[9..].Replace('.', '_')}.g.cs";
                if (latin) code = Latin(code);
                var razor = latin ? Latin(razorText) : razorText;
                trees.Add(CSharpSyntaxTree.ParseText(code, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), treePath, Encoding.UTF8));
                files.Add(new RazorFile(newPath, razor));
                characters += razor.Length;
            }
        }
        return (trees.ToImmutable(), files.ToImmutable(), characters);
    }

    /// <summary><c>--latin</c>: the profiling aids' Razor corpus is <see cref="Project"/>'s latin one.</summary>
    public static bool LatinLetters { get; set; }

    private static string Latin(string s) => new(s.Select(c => c is >= '\u0590' and <= '\u08FF' or >= '\uFB50' and <= '\uFEFF' ? 'x' : c).ToArray());

    /// <summary>The Razor files themselves, <paramref name="copies"/> copies of each under new names (a project's
    /// relative paths), for a real build (the Razor compiler run by the SDK).</summary>
    public static IEnumerable<(string Path, string Content)> RazorFiles(int copies)
    {
        for (var i = 0; i < copies; i++)
            foreach (var (razor, razorPath, _, _) in Pairs)
                yield return (CopyPath(razorPath, i), razor);
    }

    /// <summary>Copy <paramref name="copy"/> of a Razor file under its project-relative path: the number before the
    /// extension (Components/Hello0007.razor), which also names the component.</summary>
    private static string CopyPath(string razorPath, int copy)
    {
        var extension = Path.GetExtension(razorPath);
        return $"{razorPath[..^extension.Length]}{copy:D4}{extension}";
    }

    /// <summary>
    /// The same texts in C#: for each copy of each Razor file, a class that writes every text of the file's markup
    /// (between tags, attribute values) and its C# string literals, one statement each, so that a .cs project with the
    /// same right-to-left texts can be compared with the Razor one.
    /// </summary>
    public static ImmutableArray<SyntaxTree> SameTextsInCSharp(int copies)
    {
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>();
        var texts = Pairs.Select(p => Texts(p.Razor)).ToArray();
        for (var i = 0; i < copies; i++)
        {
            for (var f = 0; f < Pairs.Length; f++)
            {
                var code = new StringBuilder($"using System;\n\nnamespace BenchApp.Pages;\n\npublic sealed class {Pairs[f].ClassName}{i:D4}Texts\n{{\n    public void Write()\n    {{\n");
                foreach (var text in texts[f]) code.Append("        Console.WriteLine(\"").Append(text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\");\n");
                code.Append("    }\n}\n");
                trees.Add(CSharpSyntaxTree.ParseText(code.ToString(), CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), $"/project/Pages/{Pairs[f].ClassName}{i:D4}Texts.cs", Encoding.UTF8));
            }
        }
        return trees.ToImmutable();
    }

    /// <summary>The right-to-left texts both projects hold (<see cref="SameTextsInCSharp"/> writes each of them as a
    /// literal; the Razor files hold them in markup, attributes and C#, some in &lt;script&gt; and &lt;style&gt;, which the
    /// Razor checks pass over as text nobody reads).</summary>
    public static int RightToLeftTexts(int copies) =>
        copies * Pairs.Sum(p => Texts(p.Razor).Count(RtlLetters.ContainsRtlLetter));

    /// <summary>Text nodes, attribute values and string literals of a Razor file that hold a letter.</summary>
    private static List<string> Texts(string razor) =>
        Regex.Matches(razor, @">([^<>@]+)<|=""([^""@]+)""|""([^""]+)""")
            .Select(m => (m.Groups[1].Success ? m.Groups[1] : m.Groups[2].Success ? m.Groups[2] : m.Groups[3]).Value.Trim())
            .Where(t => t.Any(char.IsLetter)).Distinct(StringComparer.Ordinal).ToList();

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Razor." + name)
            ?? throw new InvalidOperationException("Razor corpus file not embedded: " + name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Read once, as the compiler's own additional files are (it keeps the SourceText it loaded).</summary>
    private sealed class RazorFile(string path, string content) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(content, Encoding.UTF8);

        public override string Path { get; } = path;
        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
