using System;
using System.Linq;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.Documents.Model;
using LocalizedContent.Naming;
using Microsoft.CodeAnalysis;

namespace LocalizedContent.Generator.Documents
{
    /// <summary>
    /// Turns LocalizedContent .txt files into static partial classes with Title, Paragraphs and Text per
    /// culture. Pipeline: <see cref="DocumentFileParser"/> parses each file on its own (an edit re-parses that file
    /// only), <see cref="DocumentClassBuilder"/> groups the parsed files into classes and names them, then
    /// <see cref="DocumentEmitter"/> writes each class on its own (an edit re-emits only the class that changed).
    /// This class only wires the stages to the compiler's inputs (files, metadata, language version).
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class DocumentGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var files = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, cancellationToken) =>
                {
                    var (file, options) = pair;
                    // Cheap test first: most additional files in a project are not documents.
                    if (!file.Path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) return null;
                    var fileOptions = options.GetOptions(file);
                    var item = LocalizedItemReader.Read(file, fileOptions, options.GlobalOptions);
                    if (item is null || item.Extension != ".txt") return null;
                    return DocumentFileParser.Parse(item, file.GetText(cancellationToken), ProjectOptions.Metadata(fileOptions, "TitleLine"), cancellationToken);
                })
                .WithTrackingName(TrackingNames.DocumentsParse);

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

            var grouped = files
                .Collect()
                .Combine(messageClasses)
                .Select((all, cancellationToken) => DocumentClassBuilder.Build(all.Left, all.Right, cancellationToken))
                .WithTrackingName(TrackingNames.DocumentsGroup);

            // Source and diagnostics flow apart (the System.Text.Json and Logging generators' pattern): a change
            // that only moves a diagnostic leaves the classes equal, so their source outputs are not run again.
            var classes = grouped.SelectMany((all, _) => all.Classes).WithTrackingName(TrackingNames.DocumentsClass);
            var diagnostics = grouped.Select((all, _) => all.Diagnostics).WithTrackingName(TrackingNames.DocumentsDiagnostics);
            context.RegisterSourceOutput(diagnostics, static (context, list) =>
            {
                foreach (var diagnostic in list) context.ReportDiagnostic(diagnostic.ToDiagnostic());
            });

            // A consumer below C# 8 (netstandard2.0, net472 defaults) gets the source without nullable annotations.
            var nullable = context.ParseOptionsProvider.Select(static (options, _) => TargetLanguage.HasNullableAnnotations(options));

            context.RegisterSourceOutput(classes.Combine(nullable), static (context, pair) =>
            {
                var (model, nullableAnnotations) = pair;
                context.AddSource(model.HintName, DocumentEmitter.Emit(model, nullableAnnotations));
            });
        }
    }
}
