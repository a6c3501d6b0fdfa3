using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using LocalizedContent.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LocalizedContent.CodeFixes.MoveToResource
{
    /// <summary>One literal to move: what goes into the .resx and what replaces it in code.</summary>
    internal sealed class Extraction
    {
        public Extraction(DocumentId document, SyntaxNode node, string message, string keyHint, IReadOnlyList<string> arguments, ResourceSet set, ResourceFile target)
        {
            Document = document;
            Node = node;
            Message = message;
            KeyHint = keyHint;
            Arguments = arguments;
            Set = set;
            Target = target;
        }

        public DocumentId Document { get; }
        public SyntaxNode Node { get; }
        /// <summary>The ICU message (quoted), before XML escaping.</summary>
        public string Message { get; }
        public string KeyHint { get; }
        /// <summary>Argument expressions in placeholder order; empty for a property.</summary>
        public IReadOnlyList<string> Arguments { get; }
        public ResourceSet Set { get; }
        public ResourceFile Target { get; }
        public bool IsMethod { get; set; }
        public string Key { get; set; } = "";
        /// <summary>The generated member: the key, unless the generator renames an existing key (For → For_2).</summary>
        public string Member { get; set; } = "";
    }

    /// <summary>
    /// Moves LC0001 literals into .resx files and replaces them with the generated members, for one literal or for
    /// many at once (Fix All): keys are allocated per resource set, equal texts share one key, and every .resx gets
    /// one insertion.
    /// </summary>
    internal static class MoveToResourcePlanner
    {
        public const string EquivalenceKey = "LC0001.MoveToResource";

        /// <summary>What moving the literal of <paramref name="diagnostic"/> would do, or null when it cannot move.</summary>
        public static Extraction? Analyze(Document document, SyntaxNode root, SemanticModel model, Diagnostic diagnostic,
            IReadOnlyList<ResourceSet> sets, CancellationToken cancellationToken)
        {
            // A table's diagnostic (issue 17) has no fix: see docs/rules/LC0001.md, "Tables".
            if (diagnostic.Properties.ContainsKey(HardCodedRtlTextAnalyzer.TableProperty)) return null;
            var node = TextChangeCodeFixProvider.FindLiteral(root, diagnostic);
            if (node == null || NeedsConstant(node)) return null;

            string message;
            var arguments = new List<string>();
            var isMethod = false;
            if (node is LiteralExpressionSyntax literal)
            {
                // Strings only: a char or a UTF-8 literal has no generated member of its type.
                if (!literal.IsKind(SyntaxKind.StringLiteralExpression)) return null;
                if (model.GetTypeInfo(literal, cancellationToken).Type?.SpecialType != SpecialType.System_String) return null;
            }
            else if (node is InterpolatedStringExpressionSyntax interpolated)
            {
                // A string; not a FormattableString, IFormattable or interpolated string handler, whose callee sees the holes.
                var converted = model.GetTypeInfo(interpolated, cancellationToken).ConvertedType;
                if (converted == null || (converted.SpecialType != SpecialType.System_String && converted.SpecialType != SpecialType.System_Object)) return null;
            }
            else
            {
                return null;
            }

            // The target file is chosen by the text (its language) before the message is written: its MessageFormat
            // option decides how the value is written.
            var plainText = node is InterpolatedStringExpressionSyntax i ? PlainText(i) : ((LiteralExpressionSyntax)node).Token.ValueText;
            var tree = node.SyntaxTree;
            var options = document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider;
            var target = ResourceTarget.Choose(sets, plainText, () => tree.GetText(cancellationToken).ToString(), options.GetOptions(tree), options.GlobalOptions);
            if (target == null) return null;
            var icu = IsIcu(options.GetOptions(target.Text), options.GlobalOptions);
            if (node is InterpolatedStringExpressionSyntax holes)
            {
                if (!BuildMessage(holes, model, cancellationToken, icu, arguments, out message)) return null;
                isMethod = arguments.Count > 0;
            }
            else
            {
                var literalMessage = MessageText.Literal(plainText, icu);
                if (literalMessage == null) return null;
                message = literalMessage;
            }

            if (MessageText.EscapeXml(message) == null) return null;
            var set = sets.First(s => s.Files.Contains(target));
            return new Extraction(document.Id, node, message, ResourceKeys.Derive(node, plainText), arguments, set, target) { IsMethod = isMethod };
        }

        /// <summary>
        /// The message of an interpolated string: text parts escaped, each hole a .NET format item by position
        /// (<c>{0}</c>, <c>{1}</c>); for an ICU target (<paramref name="icu"/>) text parts are quoted and each hole is an
        /// argument named after a simple identifier or member access (<c>{name}</c>, <c>{Count}</c> from
        /// <c>list.Count</c>), else <c>{arg0}</c>, <c>{arg1}</c> by position. The same expression twice is one placeholder. A string hole without alignment or
        /// format is passed as it is; any other hole is passed as <c>$"{hole}"</c> so that it formats exactly as before.
        /// </summary>
        private static bool BuildMessage(InterpolatedStringExpressionSyntax interpolated, SemanticModel model, CancellationToken cancellationToken,
            bool icu, List<string> arguments, out string message)
        {
            var builder = new StringBuilder();
            var byExpression = new Dictionary<string, string>(StringComparer.Ordinal);
            var names = new HashSet<string>(StringComparer.Ordinal);
            var holeIndex = 0;
            message = "";
            foreach (var content in interpolated.Contents)
            {
                if (content is InterpolatedStringTextSyntax text)
                {
                    var value = TextOf(interpolated, text);
                    builder.Append(icu ? MessageText.Quote(value) : MessageText.EscapeComposite(value));
                    continue;
                }
                var hole = (InterpolationSyntax)content;
                var expression = hole.Expression.ToString();
                string argument;
                var type = model.GetTypeInfo(hole.Expression, cancellationToken).Type;
                if (hole.AlignmentClause == null && hole.FormatClause == null && type?.SpecialType == SpecialType.System_String)
                {
                    argument = expression;
                }
                else
                {
                    var format = hole.FormatClause?.FormatStringToken.ValueText;
                    if (format != null && format.IndexOfAny(new[] { '"', '\\', '{', '}', '\r', '\n' }) >= 0) return false;
                    argument = "$\"{" + expression + (hole.AlignmentClause?.ToString() ?? "") + (format == null ? "" : ":" + format) + "}\"";
                }
                var identity = argument;
                if (!byExpression.TryGetValue(identity, out var name))
                {
                    var wanted = PlaceholderName(hole.Expression) ?? "arg" + holeIndex;
                    name = wanted;
                    for (var n = 2; !names.Add(name); n++) name = wanted + "_" + n;
                    byExpression[identity] = name;
                    arguments.Add(argument);
                }
                // A .NET composite format item by default: a value with format items is read as .NET in any set
                // (MessageFormat=auto), where an ICU named argument is literal text in a set without ICU plurals.
                builder.Append('{').Append(icu ? name : arguments.IndexOf(identity).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('}');
                holeIndex++;
            }
            message = builder.ToString();
            return true;
        }

        /// <summary>The interpolated string's text parts only: what the target set and the key are chosen by.</summary>
        private static string PlainText(InterpolatedStringExpressionSyntax interpolated) =>
            string.Concat(interpolated.Contents.OfType<InterpolatedStringTextSyntax>().Select(t => TextOf(interpolated, t)));

        /// <summary>A text part as written: the token's value keeps a regular or verbatim interpolated string's doubled
        /// braces; a raw one has no brace escapes.</summary>
        private static string TextOf(InterpolatedStringExpressionSyntax interpolated, InterpolatedStringTextSyntax text)
        {
            var value = text.TextToken.ValueText;
            var isRaw = interpolated.StringStartToken.IsKind(SyntaxKind.InterpolatedSingleLineRawStringStartToken)
                || interpolated.StringStartToken.IsKind(SyntaxKind.InterpolatedMultiLineRawStringStartToken);
            return isRaw ? value : value.Replace("{{", "{").Replace("}}", "}");
        }

        /// <summary>
        /// True when the target file reads every value as ICU MessageFormat (MessageFormat=icu, as item metadata or
        /// LocalizedContentMessageFormat): the message is then written in ICU's quoting, else in the .NET composite
        /// format a .resx value usually is.
        /// </summary>
        private static bool IsIcu(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions targetOptions, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions globalOptions) =>
            string.Equals(LocalizedContent.Naming.ProjectOptions.Option(targetOptions, globalOptions, "MessageFormat"), "icu", StringComparison.OrdinalIgnoreCase);

        private static string? PlaceholderName(ExpressionSyntax expression)
        {
            var identifier = expression switch
            {
                IdentifierNameSyntax id => id.Identifier.ValueText,
                MemberAccessExpressionSyntax m when m.Name is IdentifierNameSyntax => m.Name.Identifier.ValueText,
                _ => null,
            };
            if (string.IsNullOrEmpty(identifier)) return null;
            // The generated parameter is named after the placeholder: camelCase, like a parameter.
            return char.ToLowerInvariant(identifier![0]) + identifier.Substring(1);
        }

        /// <summary>A constant is required here (attribute argument, case label, pattern, default value, const).</summary>
        private static bool NeedsConstant(SyntaxNode node)
        {
            foreach (var ancestor in node.Ancestors())
            {
                switch (ancestor)
                {
                    case AttributeArgumentSyntax _:
                    case CaseSwitchLabelSyntax _:
                    case PatternSyntax _:
                    case ParameterSyntax _:
                        return true;
                    case LocalDeclarationStatementSyntax local:
                        return local.IsConst;
                    case FieldDeclarationSyntax field:
                        return field.Modifiers.Any(SyntaxKind.ConstKeyword);
                    case StatementSyntax _:
                    case MemberDeclarationSyntax _:
                        return false;
                }
            }
            return false;
        }

        /// <summary>
        /// The new solution after moving the literals of <paramref name="work"/>. Literals that cannot move (no
        /// resource file of their language, a .resx that is not well-formed or has no &lt;/root&gt;) stay as they are.
        /// </summary>
        public static async Task<Solution> ApplyAsync(Solution solution, IEnumerable<(DocumentId Document, ImmutableArray<Diagnostic> Diagnostics)> work, CancellationToken cancellationToken)
        {
            foreach (var project in work.GroupBy(w => w.Document.ProjectId).ToList())
            {
                solution = await ApplyToProjectAsync(solution, project.Key, project.ToList(), cancellationToken).ConfigureAwait(false);
            }
            return solution;
        }

        private static async Task<Solution> ApplyToProjectAsync(Solution solution, ProjectId projectId, List<(DocumentId Document, ImmutableArray<Diagnostic> Diagnostics)> work, CancellationToken cancellationToken)
        {
            var project = solution.GetProject(projectId);
            if (project == null) return solution;
            var sets = ResourceSets.Find(project);
            if (sets.Count == 0) return solution;

            var resources = await ReadResourcesAsync(project, sets, cancellationToken).ConfigureAwait(false);
            var extractions = await FindExtractionsAsync(project, work, sets, resources, cancellationToken).ConfigureAwait(false);
            if (extractions.Count == 0) return solution;

            var added = AssignKeys(extractions, resources);
            solution = InsertEntries(solution, added, resources);
            return await ReplaceLiteralsAsync(solution, extractions, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The project's .resx files as read once: their text and entries, and the sets that can take new keys.</summary>
        private sealed class ResourceTexts
        {
            public Dictionary<DocumentId, SourceText> Texts { get; } = new Dictionary<DocumentId, SourceText>();
            public Dictionary<DocumentId, IReadOnlyList<(string Key, string? Value)>> Entries { get; } = new Dictionary<DocumentId, IReadOnlyList<(string Key, string? Value)>>();
            public HashSet<ResourceSet> UsableSets { get; } = new HashSet<ResourceSet>();
        }

        /// <summary>Each file's text and entries; a set with a file that does not parse is not touched.</summary>
        private static async Task<ResourceTexts> ReadResourcesAsync(Project project, IReadOnlyList<ResourceSet> sets, CancellationToken cancellationToken)
        {
            var resources = new ResourceTexts();
            foreach (var set in sets)
            {
                var ok = true;
                foreach (var file in set.Files)
                {
                    var text = await project.GetAdditionalDocument(file.DocumentId)!.GetTextAsync(cancellationToken).ConfigureAwait(false);
                    resources.Texts[file.DocumentId] = text;
                    var read = ResxText.ReadEntries(text.ToString());
                    if (read == null) ok = false;
                    else resources.Entries[file.DocumentId] = read;
                }
                if (ok) resources.UsableSets.Add(set);
            }
            return resources;
        }

        /// <summary>The literals that can move, in source order per document, each once.</summary>
        private static async Task<List<(Extraction Extraction, SemanticModel Model)>> FindExtractionsAsync(Project project,
            List<(DocumentId Document, ImmutableArray<Diagnostic> Diagnostics)> work, IReadOnlyList<ResourceSet> sets, ResourceTexts resources, CancellationToken cancellationToken)
        {
            var extractions = new List<(Extraction Extraction, SemanticModel Model)>();
            foreach (var (documentId, diagnostics) in work)
            {
                var document = project.GetDocument(documentId);
                if (document == null) continue;
                var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                if (root == null || model == null) continue;
                var found = new List<Extraction>();
                foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
                {
                    var extraction = Analyze(document, root, model, diagnostic, sets, cancellationToken);
                    if (extraction == null || !resources.UsableSets.Contains(extraction.Set)) continue;
                    if (resources.Texts[extraction.Target.DocumentId].ToString().IndexOf("</root>", StringComparison.Ordinal) < 0) continue;
                    if (found.Any(f => f.Node == extraction.Node)) continue; // an interpolated string reported once per text part
                    found.Add(extraction);
                }
                // A literal inside another literal's hole moves with the hole's expression; a later fix moves it.
                found.RemoveAll(e => found.Any(o => o != e && o.Node.Span.Contains(e.Node.Span)));
                extractions.AddRange(found.Select(e => (e, model)));
            }
            return extractions;
        }

        /// <summary>
        /// Sets each extraction's key and member: an equal message already in the target file (or moved just now) is
        /// reused; else a new unique key. Returns the entries to add, per .resx file.
        /// </summary>
        private static Dictionary<DocumentId, List<(string Key, string Value)>> AssignKeys(List<(Extraction Extraction, SemanticModel Model)> extractions, ResourceTexts resources)
        {
            var keys = new Dictionary<ResourceSet, ResourceKeys>();
            var added = new Dictionary<DocumentId, List<(string Key, string Value)>>();
            var byMessage = new Dictionary<(DocumentId, string), string>();
            foreach (var (extraction, _) in extractions)
            {
                var target = extraction.Target.DocumentId;
                if (!keys.TryGetValue(extraction.Set, out var allocator))
                {
                    allocator = new ResourceKeys(extraction.Set.ClassName, extraction.Set.Files.SelectMany(f => resources.Entries[f.DocumentId].Select(e => e.Key)));
                    keys[extraction.Set] = allocator;
                }
                if (!byMessage.TryGetValue((target, extraction.Message), out var key))
                {
                    key = resources.Entries[target].FirstOrDefault(e => e.Value == extraction.Message).Key;
                    if (key == null)
                    {
                        key = allocator.Allocate(extraction.KeyHint);
                        var value = MessageText.EscapeXml(extraction.Message)!;
                        Add(target, key, value);
                        // The neutral file gets the same text: before the move every culture showed it, so the app's output
                        // stays the same for all of them, and no LC1023 (key missing from the neutral file) follows.
                        var neutral = extraction.Set.Files.FirstOrDefault(f => f.Culture == null);
                        if (neutral != null && neutral.DocumentId != target && !resources.Entries[neutral.DocumentId].Any(e => e.Key == key))
                            Add(neutral.DocumentId, key, value);
                    }
                    byMessage[(target, extraction.Message)] = key;
                }
                extraction.Key = key;
                extraction.Member = allocator.MemberOf(key);
            }
            return added;

            void Add(DocumentId file, string key, string value)
            {
                if (!added.TryGetValue(file, out var list)) added[file] = list = new List<(string, string)>();
                list.Add((key, value));
            }
        }

        /// <summary>One insertion per .resx file, before its &lt;/root&gt;.</summary>
        private static Solution InsertEntries(Solution solution, Dictionary<DocumentId, List<(string Key, string Value)>> added, ResourceTexts resources)
        {
            foreach (var pair in added)
            {
                var text = resources.Texts[pair.Key];
                var insertion = ResxText.Insertion(text.ToString(), pair.Value);
                if (insertion == null) continue;
                var (position, insert) = insertion.Value;
                solution = solution.WithAdditionalDocumentText(pair.Key, text.WithChanges(new TextChange(new TextSpan(position, 0), insert)));
            }
            return solution;
        }

        /// <summary>Each literal replaced with its generated member, and a using added where the class is not in scope.</summary>
        private static async Task<Solution> ReplaceLiteralsAsync(Solution solution, List<(Extraction Extraction, SemanticModel Model)> extractions, CancellationToken cancellationToken)
        {
            foreach (var group in extractions.GroupBy(e => e.Extraction.Document))
            {
                var document = solution.GetDocument(group.Key)!;
                var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                var changes = new List<TextChange>();
                var usings = new SortedSet<string>(StringComparer.Ordinal);
                SyntaxNode? anchor = null;
                foreach (var (extraction, model) in group)
                {
                    var access = Qualifier(model, extraction, out var needsUsing) + "." + extraction.Member;
                    if (extraction.IsMethod) access += "(" + string.Join(", ", extraction.Arguments) + ")";
                    changes.Add(new TextChange(extraction.Node.Span, access));
                    if (needsUsing)
                    {
                        usings.Add(extraction.Set.Namespace);
                        anchor ??= extraction.Node;
                    }
                }
                if (anchor != null) changes.Add(UsingInsertion(anchor, usings, text));
                solution = solution.WithDocumentText(group.Key, text.WithChanges(changes.OrderBy(c => c.Span.Start)));
            }
            return solution;
        }

        /// <summary>
        /// How the code names the generated class: <c>Strings</c> when it is in scope (same or enclosing namespace, a
        /// using), or after adding a using; <c>global::Ns.Strings</c> when something else called Strings is in scope.
        /// </summary>
        private static string Qualifier(SemanticModel model, Extraction extraction, out bool needsUsing)
        {
            needsUsing = false;
            var set = extraction.Set;
            var visible = model.LookupSymbols(extraction.Node.SpanStart, name: set.ClassName);
            if (visible.Any(s => !(s is INamedTypeSymbol t && t.ToDisplayString() == set.FullName)))
                return "global::" + set.FullName;
            if (visible.Length > 0 || set.Namespace.Length == 0 || InNamespace(extraction.Node, set.Namespace) || HasUsing(extraction.Node, set.Namespace))
                return set.ClassName;
            needsUsing = true;
            return set.ClassName;
        }

        private static bool InNamespace(SyntaxNode node, string ns)
        {
            var names = node.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Select(n => n.Name.ToString().Replace(" ", "")).Reverse();
            var full = string.Join(".", names);
            return full == ns || full.StartsWith(ns + ".", StringComparison.Ordinal);
        }

        private static bool HasUsing(SyntaxNode node, string ns)
        {
            foreach (var ancestor in node.Ancestors())
            {
                var usings = ancestor is CompilationUnitSyntax cu ? cu.Usings : ancestor is BaseNamespaceDeclarationSyntax n ? n.Usings : default;
                foreach (var u in usings)
                {
                    if (u.Alias == null && u.StaticKeyword.IsKind(SyntaxKind.None) && Normalize(u.Name?.ToString()) == ns) return true;
                }
            }
            return false;
        }

        private static string Normalize(string? name) =>
            (name ?? "").Replace(" ", "").Replace("global::", "");

        /// <summary>
        /// <c>using Ns;</c> among the file's usings (after the System ones, in alphabetical order), or above the first
        /// declaration when there are none. Text, not a syntax rewrite, so nothing else in the file moves.
        /// </summary>
        private static TextChange UsingInsertion(SyntaxNode anchor, IEnumerable<string> namespaces, SourceText text)
        {
            var source = text.ToString();
            var eol = source.Contains("\r\n") ? "\r\n" : "\n";
            var root = (CompilationUnitSyntax)anchor.SyntaxTree.GetRoot();
            SyntaxList<UsingDirectiveSyntax> usings = root.Usings;
            if (usings.Count == 0)
            {
                var ns = anchor.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().LastOrDefault(n => n.Usings.Count > 0);
                if (ns != null) usings = ns.Usings;
            }
            var regular = usings.Where(u => u.Alias == null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.GlobalKeyword.IsKind(SyntaxKind.None)).ToList();
            var lines = namespaces.ToList();
            if (regular.Count == 0 && usings.Count == 0)
            {
                // extern alias directives must stay first.
                if (root.Externs.Count > 0)
                    return new TextChange(new TextSpan(root.Externs.Last().FullSpan.End, 0), string.Concat(lines.Select(n => "using " + n + ";" + eol)));
                var first = root.GetFirstToken(includeZeroWidth: true);
                return new TextChange(new TextSpan(first.SpanStart, 0), string.Concat(lines.Select(n => "using " + n + ";" + eol)) + eol);
            }
            var reference = regular.Count > 0 ? regular : usings.ToList();
            var indent = Indentation(source, reference[0].SpanStart);
            var before = regular.FirstOrDefault(u => !IsSystem(Normalize(u.Name?.ToString())) && string.CompareOrdinal(Normalize(u.Name?.ToString()), lines[0]) > 0);
            if (before != null)
                return new TextChange(new TextSpan(before.SpanStart, 0), string.Concat(lines.Select(n => "using " + n + ";" + eol + indent)));
            var last = reference[reference.Count - 1];
            var end = last.GetTrailingTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) ? last.FullSpan.End : last.Span.End;
            var prefix = end == last.Span.End ? eol : "";
            return new TextChange(new TextSpan(end, 0), prefix + string.Concat(lines.Select(n => indent + "using " + n + ";" + (prefix.Length == 0 ? eol : ""))));
        }

        private static bool IsSystem(string name) => name == "System" || name.StartsWith("System.", StringComparison.Ordinal);

        private static string Indentation(string source, int position)
        {
            var start = position;
            while (start > 0 && (source[start - 1] == ' ' || source[start - 1] == '\t')) start--;
            return source.Substring(start, position - start);
        }
    }
}
