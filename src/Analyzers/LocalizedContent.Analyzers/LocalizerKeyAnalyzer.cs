using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Analyzers
{
    /// <summary>
    /// LC0009: <c>localizer["Key"]</c>, <c>localizer["Key", a, b]</c> or <c>localizer.GetString("Key", …)</c> on an
    /// <c>IStringLocalizer&lt;T&gt;</c> whose resources are a LocalizedContent .resx set (T's full name is the name of the
    /// class the set generates) when the neutral .resx has no such key, or when the key's typed member takes another
    /// number of arguments. A localizer would show the key itself, or the text with its placeholders unfilled.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LocalizerKeyAnalyzer : DiagnosticAnalyzer
    {
        private const string Title = "IStringLocalizer key or arguments do not match the LocalizedContent resources";
        private const string Description = "A lookup on an IStringLocalizer<T> whose T is a class generated from LocalizedContent .resx files is checked against those files at compile time: a key the neutral .resx does not have makes the localizer return the key itself (ResourceNotFound), and a number of arguments other than the message's leaves placeholders unfilled or throws a FormatException.";

        /// <summary>Diagnostic property: the nearest existing key, when one is close.</summary>
        public const string NearestKeyProperty = "NearestKey";

        public static readonly DiagnosticDescriptor MissingKeyRule = Rules.Create(
            Rules.LocalizerKey, Title,
            "'{0}' is not a key of {1}: the localizer returns the key itself{2}",
            DiagnosticSeverity.Warning, Description);

        public static readonly DiagnosticDescriptor ArgumentCountRule = Rules.Create(
            Rules.LocalizerKey, Title,
            "'{0}' of {1} takes {2} argument(s), not {3}",
            DiagnosticSeverity.Warning, Description);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(MissingKeyRule, ArgumentCountRule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated trees are not analyzed: the lookups written in Razor files (@inject IStringLocalizer<Strings> L,
            // then @L["Key"]) are in the Razor generator's trees, which RazorTextAnalyzer reads once for every rule
            // (it calls Check). Analyzing generated code here made Roslyn walk every node and declaration of those trees.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // generated code: GeneratedCode.Report
            LocalizerResources.Register(context, (c, resources) => Check(c.SemanticModel, c.Node, resources, GeneratedCode.Reporter(c), c.CancellationToken));
        }

        /// <summary>The lookup <paramref name="node"/> against the resources (a node that is no lookup reports nothing).</summary>
        internal static void Check(SemanticModel model, SyntaxNode node, LocalizerResources resources, System.Action<Diagnostic> report,
            System.Threading.CancellationToken cancellationToken)
        {
            var call = LocalizerCall.Find(model, node, cancellationToken);
            if (call == null || !resources.TryGet(call.ResourceType, cancellationToken, out var set)) return;
            if (!set.Contains(call.Key))
            {
                var nearest = set.Nearest(call.Key);
                var properties = nearest == null ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary<string, string?>.Empty.Add(NearestKeyProperty, nearest);
                report(Diagnostic.Create(MissingKeyRule, call.KeyExpression.GetLocation(), properties,
                    call.Key, set.FullName, nearest == null ? "" : "; did you mean '" + nearest + "'?"));
                return;
            }
            if (call.ArgumentCount is not { } count) return;
            var typed = LocalizerResources.TypedMember(call.ResourceType, set, call.Key);
            if (typed == null) return;
            var expected = LocalizerCall.ParameterCount(typed);
            if (expected != count)
                report(Diagnostic.Create(ArgumentCountRule, node.GetLocation(), call.Key, set.FullName, expected, count));
        }
    }
}
