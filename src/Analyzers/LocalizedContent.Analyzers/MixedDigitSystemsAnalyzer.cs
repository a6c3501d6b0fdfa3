using System;
using System.Collections.Immutable;
using LocalizedContent.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Analyzers
{
    /// <summary>
    /// LC0002: one literal (or the text of one interpolated string, or one line / .resx value of a LocalizedContent
    /// file) holding digits of two or more of Latin 0-9, Arabic-Indic ٠-٩ and Persian ۰-۹. The digits of placeholders
    /// in a .resx value (<see cref="MessagePlaceholders"/>) are not text and do not count.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MixedDigitSystemsAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = Rules.Create(
            Rules.MixedDigitSystems,
            "Text mixes digit systems",
            "Text mixes {0} digits; write every number in one digit system",
            DiagnosticSeverity.Warning,
            "Latin, Arabic-Indic and Persian digits in one text read inconsistently, and some of them (٤ ٥ ٦ against ۴ ۵ ۶) look alike but differ, which breaks search, sorting and parsing.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // generated code: GeneratedCode.Contains
            // Two systems need one that is not ASCII: the scan judges the literals with an Arabic-Indic or Persian digit
            // (or an escape) by IsReported, and only those it reports are looked up again.
            LiteralScan.Register(context, LiteralChars.MixedDigits, includeChars: false,
                (node, report) => CheckText(StringLiterals.Value(node), node.GetLocation(), report));
            context.RegisterAdditionalFileAction(AnalyzeFile);
        }

        /// <summary>Whether <see cref="CheckText"/> reports <paramref name="text"/>.</summary>
        internal static bool IsReported(string text) => DigitSystems.IsMixed(DigitSystems.UsedIn(text));

        /// <summary>The check of one text, shared with Razor markup (<see cref="RazorTextAnalyzer"/>).</summary>
        internal static void CheckText(string text, Location location, Action<Diagnostic> report)
        {
            if (IsReported(text)) report(Diagnostic.Create(Rule, location, TextChecks.DescribeDigitSystems(DigitSystems.UsedIn(text))));
        }

        private static void AnalyzeFile(AdditionalFileAnalysisContext context)
        {
            var file = ContentFile.Read(context);
            if (file == null) return;
            foreach (var unit in file.Units)
            {
                // In a .resx value the digits of {0}, {0:N2}, {1,-10} and of ICU selectors (=1, offset:1) are syntax.
                var placeholders = file.IsResx ? MessagePlaceholders.SyntaxMask(unit.Text) : null;
                var used = DigitSystem.None;
                int first = -1, last = -1; // from the first digit to the last one: the numbers that disagree
                for (var i = 0; i < unit.Text.Length; i++)
                {
                    var system = DigitSystems.Of(unit.Text[i]);
                    if (system == DigitSystem.None || (placeholders != null && placeholders[i])) continue;
                    used |= system;
                    if (first < 0) first = i;
                    last = i;
                }
                if (!DigitSystems.IsMixed(used)) continue;
                context.ReportDiagnostic(Diagnostic.Create(Rule, file.Location(unit, first, last + 1), TextChecks.DescribeDigitSystems(used)));
            }
        }
    }
}
