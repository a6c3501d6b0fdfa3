using System;
using System.Linq;
using LocalizedContent.Generator.Common;
using Microsoft.CodeAnalysis;

namespace LocalizedContent.Generator.Documents
{
    /// <summary>
    /// Turns LocalizedContent .txt files into static partial classes with Title, Paragraphs and Text per
    /// culture. Pipeline: parse each file on its own (an edit re-parses that file only), group the parsed files
    /// into classes, then emit each class on its own (an edit re-emits only the class that changed).
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class DocumentGenerator : IIncrementalGenerator
    {
        /// <summary>Tracking name of the step that parses one file (its output: the file's model, or null).</summary>
        public const string ParseStep = "LocalizedContent.Documents.Parse";

        /// <summary>Tracking name of the step that groups all parsed files into classes.</summary>
        public const string GroupStep = "LocalizedContent.Documents.Group";

        /// <summary>Tracking name of the step with one output per class; an unchanged class is not re-emitted.</summary>
        public const string ClassStep = "LocalizedContent.Documents.Class";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var files = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select((pair, cancellationToken) => ContentDocumentParser.Parse(pair.Left, pair.Right, cancellationToken))
                .WithTrackingName(ParseStep);

            // The message generator's classes (LocalizedContent .resx items) as their files name them: a document class
            // of the same name would be a second partial class declaring For and Variant. Generators cannot see each
            // other's output, so the rule is fixed: messages keep the name, documents yield (ClassNames).
            var messageClasses = context.AdditionalTextsProvider
                .Where(static f => f.Path.EndsWith(".resx", StringComparison.OrdinalIgnoreCase))
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, _) => LocalizedItemReader.Read(pair.Left, pair.Right.GetOptions(pair.Left), pair.Right.GlobalOptions) is { } item
                    ? new MessageClassKey(item.Namespace, item.ClassName, System.IO.Path.GetFileName(item.FilePath))
                    : null)
                .Where(static key => key is not null)
                .Collect()
                .Select(static (keys, _) => keys.Select(k => k!).OrderBy(k => k.Namespace + "." + k.ClassName + "|" + k.FileName, StringComparer.Ordinal).ToEquatableArray());

            var classes = files
                .Collect()
                .Combine(messageClasses)
                .Combine(LocalizedItemReader.Namespaces(context))
                .Select((all, cancellationToken) => DocumentGrouper.Group(all.Left.Left, all.Left.Right, all.Right, cancellationToken))
                .WithTrackingName(GroupStep)
                .SelectMany((all, _) => all)
                .WithTrackingName(ClassStep);

            // A consumer below C# 8 (netstandard2.0, net472 defaults) gets the source without nullable syntax.
            var nullable = context.ParseOptionsProvider.Select(static (options, _) => NullableSyntax.IsSupported(options));

            context.RegisterSourceOutput(classes.Combine(nullable), static (context, pair) =>
            {
                var (model, nullableSyntax) = pair;
                foreach (var diagnostic in model.Diagnostics) context.ReportDiagnostic(diagnostic.ToDiagnostic());
                context.AddSource(model.HintName, NullableSyntax.For(DocumentEmitter.Emit(model), nullableSyntax));
            });
        }
    }
}
