using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.Analyzers.Tests;

/// <summary>
/// Issue 18: the Razor checks find their nodes from the text (the #line regions that map to the Razor file, and the
/// markup calls by name) instead of visiting every node of the Razor generator's output and asking Roslyn's #line map
/// whether each is mapped. Over every file the Razor compiler wrote in Corpus/Razor (SOURCE.md), they must be exactly
/// the nodes, in the same order and of the same kind, that a walk of every node picks with Roslyn's mapping.
/// </summary>
public sealed class RazorTreeScanTests
{
    private static readonly string CorpusDirectory = Path.Combine(AppContext.BaseDirectory, "Corpus", "Razor");

    public static TheoryData<string> GeneratedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Files()) data.Add(file);
        return data;
    }

    private static IEnumerable<string> Files() =>
        Directory.GetFiles(CorpusDirectory, "*.g.cs.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => Path.GetRelativePath(CorpusDirectory, f));

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void The_scan_finds_what_a_walk_of_every_node_finds(string file)
    {
        var tree = Parse(file);
        var root = tree.GetRoot();
        var walked = root.DescendantNodes().Select(n => (Node: n, Kind: Kind(tree, n))).Where(x => x.Kind != null).Select(x => Describe(x.Node, x.Kind!)).ToArray();
        var scanned = RazorTreeScan.Nodes(root, tree.GetText().ToString(), lookups: true, CancellationToken.None)
            .Select(f => (f.Node, Kind: ScanKind(f))).Where(x => x.Kind != null).Select(x => Describe(x.Node!, x.Kind!)).ToArray();
        Assert.Equal(walked, scanned);
        Assert.Equal(WalkedHtml(tree), ScannedHtml(tree, tree.GetText().ToString()));
    }

    [Fact]
    public void The_corpus_holds_mapped_code_markup_and_lookups()
    {
        // Not a test of the scan: that the comparison above has each kind of node to compare.
        var kinds = Files().Select(Parse)
            .SelectMany(tree => tree.GetRoot().DescendantNodes().Select(n => Kind(tree, n)).OfType<string>())
            .Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["code", "lookup", "markup"], kinds);
    }

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void The_Razor_file_is_read_from_the_checksum_pragma(string file)
    {
        var tree = Parse(file);
        var root = tree.GetRoot();
        var pragma = root.GetLeadingTrivia().Select(t => t.GetStructure()).OfType<PragmaChecksumDirectiveTriviaSyntax>().Single();
        Assert.Equal(pragma.File.ValueText, RazorFiles.SourcePath(tree.GetText().ToString(), root));
    }

    [Fact]
    public void Random_line_directives_strings_comments_and_disabled_text_are_read_as_Roslyn_reads_them()
    {
        // #line in a verbatim string, a comment or #if false text is no directive; a directive acts from the next line to
        // the next #line; only a Razor file counts. Each random tree is compared with Roslyn's own mapping.
        var random = new Random(18);
        string[] pieces =
        [
            "#line (3,5)-(3,18) 24 \"/p/Pages/A.cshtml\"\n", "#line 7 \"/p/Components/B.razor\"\n", "#line 9 \"/p/Other.cs\"\n",
            "#line hidden\n", "#line default\n", "  #line (1,1)-(2,2) \"/p/C.RAZOR\"\n", "#line 4\n",
            "WriteLiteral(\"<p>سلام</p>\");\n", "__builder.AddMarkupContent(1, \"<b>متن</b>\");\n", "__builder.AddAttribute(2, \"title\", \"عنوان\");\n",
            "var a = \"علی\"; var b = $\"x {a} ی\"; var c = 'ک';\n", "Write(L[\"Key\"]);\n", "var v = @\"\n#line hidden\n\";\n",
            "/*\n#line default\n*/\n", "// #line 2 \"/p/E.razor\"\n", "WriteLiteral (\"x\"); MyWriteLiteral(\"y\");\n",
            "#line 5 \"/p/H.razor\" // a comment\n", "#line   (1,1)-(1,5)   \"/p/F.razor\"\n", "#line (1,1)-(1,5) 3 \"/p/G.cshtml\"\n", "#line 12\n",
            "#line default // x\n", "#line (2,3)-(4,5) \"/p/x.cs\"\n", "\t#line\thidden\n",
            // Markup calls found by name: a longer name, a name in a string, a concatenated value, each kind of call.
            "AddContentX(1, \"ی\"); __builder.AddContent(3, \"ک\" + \"ی\");\n", "Write(\"AddMarkupContent(1, \\\"ی\\\")\");\n",
            "WriteAttributeValue(\"\", 1, \"ی\", 1, 1, true); __builder.AddComponentParameter(4, \"T\", \"خلاصه\");\n",
            "WriteWriteLiteral(\"ی\"); AddAddContent(1, \"ی\"); x.AddContent(AddContent(1, \"ی\"), \"ک\");\n",
            // Plain markup, read from the text (AsciiMarkupCall) unless it is not written as Razor writes it.
            "WriteLiteral(\"<script>\\n\"); __builder.AddMarkupContent(5, \"</script>\\r\\n<p title=\\\"x\\\">\");\n",
            "WriteLiteral(\"a\\u0628\"); WriteLiteral(\"x\", \"y\"); WriteLiteral(); WriteLiteral(\"\\\\ \\t \\0 \\'\");\n",
            "WriteLiteral(\"<p>\" + \"x\"); WriteLiteral(@\"<b>\"); __builder.AddAttribute(6, \"class\", true); __builder.AddContent(7, 42);\n",
            "WriteLiteral( \"<i>\" ,\t\"</i>\" ); WriteLiteral(\"<u>\"\n); WriteLiteral(\"<a\\x62>\"); WriteLiteral(\"\\U00000628\");\n",
            // Razor's call around a region's code, its name before the character offset: skipped only when nothing else follows.
            "#line (3,5)-(3,18) 24 \"/p/Pages/A.cshtml\"\n__builder.AddContent(3, x\n\n#line default\n#line hidden\n            );\n",
            "#line (3,5)-(3,18) 24 \"/p/Pages/A.cshtml\"\n__builder.AddContent(3, x\n#line default\n, \"ک\");\n",
            "#line (3,5)-(3,18) 34 \"/p/B.razor\"\n__builder.AddContent(\"ی\", 3, y, x\n#line hidden\n);\n",
        ];
        // Under #if false a directive is inactive (read from the tree's structure); without #if the text is read.
        string[] disabled = ["#if false\n#line 3 \"/p/D.razor\"\n#endif\n", "#if false\nWriteLiteral(\"<script>\");\n#endif\n", "#if DEBUG\n#line hidden\n#else\n#line 8 \"/p/I.razor\"\n#endif\n"];
        for (var i = 0; i < 300; i++)
        {
            var body = new System.Text.StringBuilder();
            for (var j = random.Next(1, 25); j > 0; j--) body.Append(pieces[random.Next(pieces.Length)]);
            if (i % 2 == 1) body.Insert(0, disabled[random.Next(disabled.Length)]);
            var code = "class C { void M() {\n" + body + "\n#line default\n} }\n";
            var tree = CSharpSyntaxTree.ParseText(code, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), "/p/obj/X_razor.g.cs");
            var root = tree.GetRoot();
            var walked = root.DescendantNodes().Select(n => (Node: n, Kind: Kind(tree, n))).Where(x => x.Kind != null).Select(x => Describe(x.Node, x.Kind!)).ToArray();
            var scanned = RazorTreeScan.Nodes(root, code, lookups: true, CancellationToken.None)
                .Select(f => (f.Node, Kind: ScanKind(f))).Where(x => x.Kind != null).Select(x => Describe(x.Node!, x.Kind!)).ToArray();
            Assert.True(walked.SequenceEqual(scanned), code + "\n--- walked\n" + string.Join("\n", walked) + "\n--- scanned\n" + string.Join("\n", scanned));
            Assert.Equal(WalkedHtml(tree), ScannedHtml(tree, code));
            AssertMappedAsRoslynMaps(tree, code);
            // The same tree in ASCII (SourceChars.IsAsciiOnly): its lookups alone, as the walk finds them.
            var ascii = new string(code.Select(c => c < 0x80 ? c : 'x').ToArray());
            var asciiTree = CSharpSyntaxTree.ParseText(ascii, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), "/p/obj/X_razor.g.cs");
            var walkedLookups = asciiTree.GetRoot().DescendantNodes().Where(n => Kind(asciiTree, n) == "lookup").Select(n => Describe(n, "lookup")).ToArray();
            var scannedLookups = RazorTreeScan.Lookups(asciiTree.GetRoot(), ascii, TreeDirectives.Read(ascii), [], CancellationToken.None)
                .Where(f => ScanKind(f) == "lookup").Select(f => Describe(f.Node!, "lookup")).ToArray();
            Assert.True(walkedLookups.SequenceEqual(scannedLookups), ascii + "\n--- walked\n" + string.Join("\n", walkedLookups) + "\n--- scanned\n" + string.Join("\n", scannedLookups));
        }
    }

    [Fact]
    public void Every_markup_method_is_found_by_the_two_searches()
    {
        // The scan searches a tree's text for "Add" and "Write" only: a markup method named otherwise would be missed.
        Assert.All(RazorFiles.MarkupMethods, name => Assert.True(name.StartsWith("Add", StringComparison.Ordinal) || name.StartsWith("Write", StringComparison.Ordinal), name));
    }

    [Theory]
    [InlineData("var a = @\"one line\"; var b = @\"say \"\"hi\"\" now\";\n", false)]
    [InlineData("var a = @\"two\nlines\";\n", true)]
    [InlineData("var a = \"x@\" + @\"two\nlines\";\n", true)] // an @" inside a string does not hide the next one
    [InlineData("/* a comment\n */\n", true)]
    [InlineData("var r = \"\"\"\n raw\n \"\"\";\n", true)]
    [InlineData("var s = $\"{x\n}\";\n", true)]
    [InlineData("var s = $@\"{x}\";\n", true)]
    [InlineData("var s = @$\"{x}\";\n", true)]
    [InlineData("var s = @$\"a\nb\";\n", true)]
    [InlineData("int x = a * b / c; string y = \"$ 5, me@x.org, *\";\n", false)] // the marks where nothing spans lines
    [InlineData("var a = @\"x\"; var b = \"@\" + @\"y\nz\";\n", true)]
    public void Text_that_may_span_lines_is_told_apart(string text, bool maySpan) =>
        Assert.Equal(maySpan, RazorTreeScan.MaySpanLines(text));

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void Razor_output_suppresses_none_of_the_rules_itself(string file)
    {
        // What the Razor compiler writes (#pragma warning disable 1591, 1998, CS8618…) leaves the rules alone, so its
        // code's diagnostics are reported in the Razor file directly.
        Assert.False(RazorFiles.MaySuppressInTree(File.ReadAllText(Path.Combine(CorpusDirectory, file))));
    }

    [Theory]
    [InlineData("#pragma warning disable LC0001\n", true)]
    [InlineData("#pragma warning disable\n", true)]
    [InlineData("  #pragma warning restore 1998, LC0002 // why\n", true)]
    [InlineData("[SuppressMessage(\"Localization\", \"LC0001\")]\n", true)]
    [InlineData("#pragma warning disable 1591, CS8618 // Razor's\n#pragma warning restore 1998\n", false)]
    [InlineData("#pragma checksum \"/p/A.razor\" \"{ff1816ec-aa5e-4d10-87f7-6f4963833460}\" \"ab\"\n", false)]
    [InlineData("#pragma warning\tdisable\t\n", true)]
    [InlineData("#pragma warning disable 1591 1998\n", true)] // one code as Roslyn reads the list: not the compiler's
    [InlineData("#pragma warning restore  cs1998 ,\tCS8618  \n", false)]
    [InlineData("#pragma warning disable CS\n", true)]
    [InlineData("#pragma warning disable 1591,\n", true)]
    [InlineData("#pragma warning enable LC0001\n#pragma warning disable 1998\n", false)] // not a word Roslyn acts on
    [InlineData("#pragma warning disable 1998\n#if X\n#pragma warning restore // every warning\n#endif\n", true)]
    [InlineData("#pragma warning disable 1998 // LC0001\n", false)]
    [InlineData("#pragma warning disable\r\n", true)]
    [InlineData("#pragma warning disable", true)] // the text ends there
    [InlineData("var a = 1;\n#pragma warning", false)]
    [InlineData("var a = 1; #", false)]
    [InlineData("#pragma warning disable\u00A0LC0001\n", true)] // Roslyn reads a no-break space as a space: LC0001 is suppressed
    public void A_tree_that_may_suppress_a_rule_itself_is_told_apart(string text, bool maySuppress) =>
        Assert.Equal(maySuppress, RazorFiles.MaySuppressInTree(text));

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void Code_is_mapped_to_the_Razor_file_as_Roslyn_maps_it(string file)
    {
        var tree = Parse(file);
        AssertMappedAsRoslynMaps(tree, tree.GetText().ToString());
    }

    /// <summary>The Razor checks report the C# of a Razor file at the place in it that the region's #line gives
    /// (<see cref="RazorTreeScan.Region.Map"/>), as Roslyn's GetMappedLineSpan does: same file, same start and end.
    /// Roslyn 4.8, which the tests run, reads an enhanced directive's character offset one short (dotnet/roslyn#70247,
    /// fixed in 4.9; the SDK's compiler has the fix): on a directive's first line, from the offset on, its character is
    /// one more, and a span that starts just before the offset is not yet the directive's whole span. Without an offset,
    /// 4.8 takes a span that starts at the first line's first character for the directive's whole span, one longer
    /// (Corpus/Razor/Output: Roslyn 4.14 maps "عنوان" after <c>#line (6,13)-(6,20)</c> to (5,12)-(5,19), as the checks
    /// do; 4.8 to (5,12)-(5,20)).</summary>
    private static void AssertMappedAsRoslynMaps(SyntaxTree tree, string code)
    {
        var lines = tree.GetText().Lines;
        foreach (var found in RazorTreeScan.Nodes(tree.GetRoot(), code, lookups: true, CancellationToken.None))
        {
            if (!(found.Region is { } region) || !(found.Node is { } node)) continue;
            var roslyn = tree.GetMappedLineSpan(node.Span);
            var ours = region.Map(lines, node.Span);
            var directive = DirectiveBefore(tree, region);
            var onFirstLine = lines.GetLineFromPosition(node.SpanStart).LineNumber == lines.GetLineFromPosition(region.Span.Start).LineNumber;
            var offset = directive is LineSpanDirectiveTriviaSyntax span && span.CharacterOffset.IsKind(SyntaxKind.NumericLiteralToken)
                ? int.Parse(span.CharacterOffset.ValueText, System.Globalization.CultureInfo.InvariantCulture) : 0;
            var context = $"{node} at {lines.GetLinePosition(node.SpanStart)} after {directive}";
            Assert.Equal(roslyn.Path, region.File);
            if (offset > 0 && onFirstLine)
            {
                var character = lines.GetLinePosition(node.SpanStart).Character;
                if (character >= offset)
                    Assert.True(new LinePosition(ours.Start.Line, ours.Start.Character + 1) == roslyn.StartLinePosition, context);
                else
                    Assert.True(ours.Start == roslyn.StartLinePosition, context);
                continue;
            }
            if (directive is LineSpanDirectiveTriviaSyntax && onFirstLine && lines.GetLinePosition(node.SpanStart).Character == 0 && ours.End.Line == ours.Start.Line)
            {
                Assert.True(ours.Start == roslyn.StartLinePosition && new LinePosition(ours.End.Line, ours.End.Character + 1) == roslyn.EndLinePosition,
                    $"{context}: ours {ours}, Roslyn 4.8 {roslyn.Span}");
                continue;
            }
            Assert.True(ours == roslyn.Span, $"{context}: ours {ours}, Roslyn {roslyn.Span}");
        }
    }

    private static DirectiveTriviaSyntax DirectiveBefore(SyntaxTree tree, RazorTreeScan.Region region) =>
        tree.GetRoot().DescendantTrivia().Where(t => t.IsDirective).Select(t => (DirectiveTriviaSyntax)t.GetStructure()!).Last(d => d.FullSpan.End <= region.Span.Start);

    /// <summary>What the Razor checks do with a node, as they decided it when they walked every node: C# written in the
    /// Razor file is what Roslyn maps there (#line), markup the string arguments of Razor's markup calls. A literal
    /// counts when its text holds what the text rules look for (not ASCII, or a backslash that may escape it); a markup
    /// literal, when its value may hold a character beyond ASCII (an escape of ASCII, \n or \", spells none).</summary>
    private static string? Kind(SyntaxTree tree, SyntaxNode node)
    {
        if (node is LiteralExpressionSyntax || node is InterpolatedStringExpressionSyntax)
        {
            if (node.IsKind(SyntaxKind.CharacterLiteralExpression) || !HoldsWanted(node)) return null;
            if (IsMapped(tree, node.Span)) return "code";
            return node is LiteralExpressionSyntax literal && RazorFiles.KindOf(literal) != MarkupKind.None && MayHoldNonAscii(literal) ? "markup" : null;
        }
        return LocalizerCall.MayBeLookup(node) && IsMapped(tree, node.Span) ? "lookup" : null;
    }

    /// <summary>The same, from what the scan says of the node.</summary>
    private static string? ScanKind(RazorTreeScan.Found found)
    {
        if (!(found.Node is { } node)) return null; // an HTML chunk of ASCII read from the text
        if (node is LiteralExpressionSyntax || node is InterpolatedStringExpressionSyntax)
        {
            if (node.IsKind(SyntaxKind.CharacterLiteralExpression) || !HoldsWanted(node)) return null;
            if (found.Region != null) return "code";
            return node is LiteralExpressionSyntax literal && RazorFiles.KindOf(literal) != MarkupKind.None && MayHoldNonAscii(literal) ? "markup" : null;
        }
        return found.Region != null && LocalizerCall.MayBeLookup(node) ? "lookup" : null;
    }

    private static bool HoldsWanted(SyntaxNode node) => node.ToString().Any(c => c >= 0x80 || c == '\\');

    /// <summary>The literal's text is not ASCII, or has an escape that may spell a character beyond it (\u, \U, \x).</summary>
    private static bool MayHoldNonAscii(LiteralExpressionSyntax literal)
    {
        var text = literal.Token.Text;
        for (var i = 0; i < text.Length; i++)
            if (text[i] >= 0x80 || text[i] == '\\' && i + 1 < text.Length && text[i + 1] is 'u' or 'U' or 'x') return true;
        return false;
    }

    /// <summary>The values of Razor's HTML chunks (<see cref="MarkupKind.Html"/>, outside the mapped regions) in text
    /// order, as a walk of every node finds them.</summary>
    private static string[] WalkedHtml(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>()
            .Where(l => RazorFiles.KindOf(l) == MarkupKind.Html && !IsMapped(tree, l.Span)).Select(l => l.Token.ValueText).ToArray();

    /// <summary>The same, as the scan hands them to the HTML reader: a node's value, or a chunk read from the text.</summary>
    private static string[] ScannedHtml(SyntaxTree tree, string code) =>
        RazorTreeScan.Nodes(tree.GetRoot(), code, lookups: true, CancellationToken.None)
            .Select(f => f.AsciiHtml ?? (f.Node is LiteralExpressionSyntax l && f.Region == null && RazorFiles.KindOf(l) == MarkupKind.Html ? l.Token.ValueText : null))
            .OfType<string>().ToArray();

    private static bool IsMapped(SyntaxTree tree, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        if (tree.GetLineVisibility(span.Start) != LineVisibility.Visible) return false;
        var mapped = tree.GetMappedLineSpan(span);
        return mapped.HasMappedPath && RazorFiles.IsRazorPath(mapped.Path);
    }

    private static string Describe(SyntaxNode node, string kind) => $"{node.SpanStart} {kind} {node.Kind()} {node}";

    private static SyntaxTree Parse(string file) =>
        CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(CorpusDirectory, file)), CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest),
            "/project/obj/generated/" + file[..^".txt".Length].Replace('\\', '/'), Encoding.UTF8);
}
