using System;
using System.Collections.Immutable;
using LocalizedContent.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LocalizedContent.Analyzers
{
    /// <summary>
    /// LC0003: Arabic letter forms ي ى ك in text that is Persian by its letters, or Persian forms ی ک in Arabic text.
    /// In C# the language is judged by the literal's own letters (undecided texts are left alone); in LocalizedContent
    /// files by the file's culture (News.fa.txt, Culture metadata), else by the letters of the whole file.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MismatchedLetterFormsAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = Rules.Create(
            Rules.MismatchedLetterForms,
            "Letter forms of the other language",
            "{0} text uses {1}; {2}",
            DiagnosticSeverity.Warning,
            "Persian and Arabic share letters but write yeh and kaf differently. A Persian text typed on an Arabic keyboard (or the reverse) looks right but breaks search, sorting and spell checking.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // generated code: GeneratedCode.Contains
            // Only literals with a yeh or kaf of either language's form (or an escape) can hold the other's: the scan
            // judges them by IsReported, and only those it reports are looked up again.
            LiteralScan.Register(context, LiteralChars.WrongLetterForms, includeChars: false,
                (node, report) => CheckText(StringLiterals.Value(node), node.GetLocation(), report));
            context.RegisterAdditionalFileAction(AnalyzeFile);
        }

        /// <summary>The language whose letter forms a literal should use, or Unknown when it has no wrong forms.</summary>
        internal static ArabicScriptLanguage FindMismatch(string text)
        {
            var language = TextChecks.LanguageByLetters(text);
            if (language == ArabicScriptLanguage.Unknown) return language;
            foreach (var c in text)
                if (TextChecks.IsWrongLetterForm(c, language)) return language;
            return ArabicScriptLanguage.Unknown;
        }

        /// <summary>Whether <see cref="CheckText"/> reports <paramref name="text"/>.</summary>
        internal static bool IsReported(string text) => FindMismatch(text) != ArabicScriptLanguage.Unknown;

        /// <summary>The check of one text, shared with Razor markup (<see cref="RazorTextAnalyzer"/>).</summary>
        internal static void CheckText(string text, Location location, Action<Diagnostic> report)
        {
            var language = FindMismatch(text);
            if (language == ArabicScriptLanguage.Unknown) return;
            report(Diagnostic.Create(Rule, location,
                TextChecks.LanguageName(language), TextChecks.DescribeWrongLetters(text, language), TextChecks.RightFormsHint(language)));
        }

        private static void AnalyzeFile(AdditionalFileAnalysisContext context)
        {
            var file = ContentFile.Read(context);
            if (file == null) return;
            foreach (var unit in file.Units)
            {
                var language = unit.FileLanguage;
                if (file.IsResx && file.CultureLanguage == ArabicScriptLanguage.Unknown)
                {
                    // In a neutral .resx a value that is clearly of one language is judged by its own letters.
                    var own = TextChecks.LanguageByLetters(unit.Text);
                    if (own != ArabicScriptLanguage.Unknown) language = own;
                }
                if (language == ArabicScriptLanguage.Unknown) continue;
                int first = -1, last = -1;
                for (var i = 0; i < unit.Text.Length; i++)
                {
                    if (!TextChecks.IsWrongLetterForm(unit.Text[i], language)) continue;
                    if (first < 0) first = i;
                    last = i;
                }
                if (first < 0) continue;
                context.ReportDiagnostic(Diagnostic.Create(Rule, file.Location(unit, first, last + 1),
                    TextChecks.LanguageName(language), TextChecks.DescribeWrongLetters(unit.Text, language), TextChecks.RightFormsHint(language)));
            }
        }
    }
}
