using System;
using LocalizedContent.Generator.Common;
using Microsoft.CodeAnalysis;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>
    /// Generates a typed message class from each group of .resx LocalizedContent items (Strings.resx,
    /// Strings.ar.resx, Strings.fa.resx → Strings). Pipeline: each file is parsed on its own into an equatable model
    /// (so editing one file re-parses only it); the file models are grouped by class (cheap: references only), one
    /// incremental node per class, and only a group whose files changed is built into a class model (cross-culture
    /// checks), compared and emitted. Building every class on any .resx edit cost ~1 s for 30,000 messages; now an
    /// edit builds one class. C# edits touch none of these inputs, so they re-run nothing.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class MessageGenerator : IIncrementalGenerator
    {
        public const string FileStep = "LocalizedContent.Messages.File";
        public const string GroupStep = "LocalizedContent.Messages.Group";
        public const string ClassStep = "LocalizedContent.Messages.Class";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var files = context.AdditionalTextsProvider
                .Where(static f => f.Path.EndsWith(".resx", StringComparison.OrdinalIgnoreCase))
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, cancellationToken) =>
                {
                    var (file, options) = pair;
                    var item = LocalizedItemReader.Read(file, options.GetOptions(file), options.GlobalOptions);
                    if (item is null) return null;
                    var text = file.GetText(cancellationToken);
                    if (text is null) return null;
                    options.GlobalOptions.TryGetValue("build_property.NeutralLanguage", out var neutralLanguage);
                    return MessageFileParser.Parse(item, text, string.IsNullOrWhiteSpace(neutralLanguage) ? null : neutralLanguage);
                })
                .WithTrackingName(FileStep)
                .Where(static m => m is not null)
                .Select(static (m, _) => m!);

            var classes = files
                .Collect()
                .Combine(LocalizedItemReader.Namespaces(context))
                .SelectMany(static (all, _) => MessageClassBuilder.Group(all.Left, all.Right))
                .WithTrackingName(GroupStep)
                .Select(static (group, _) => MessageClassBuilder.Build(group))
                .WithTrackingName(ClassStep);

            // A consumer below C# 8 (netstandard2.0, net472 defaults) gets the source without nullable syntax.
            var nullable = context.ParseOptionsProvider.Select(static (options, _) => NullableSyntax.IsSupported(options));

            context.RegisterSourceOutput(classes.Combine(nullable), static (spc, pair) =>
            {
                var (model, nullableSyntax) = pair;
                foreach (var diagnostic in model.Diagnostics) spc.ReportDiagnostic(diagnostic.ToDiagnostic());
                spc.AddSource(model.HintName, NullableSyntax.For(MessageEmitter.Emit(model), nullableSyntax));
            });
        }
    }
}
