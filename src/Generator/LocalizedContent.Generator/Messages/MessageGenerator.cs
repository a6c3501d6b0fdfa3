using System;
using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.Diagnostics;
using LocalizedContent.Generator.Messages.Model;
using LocalizedContent.Naming;
using Microsoft.CodeAnalysis;

namespace LocalizedContent.Generator.Messages
{
    /// <summary>
    /// Generates a typed message class from each group of .resx LocalizedContent items (Strings.resx,
    /// Strings.ar.resx, Strings.fa.resx → Strings). Pipeline: each file is parsed on its own into an equatable model
    /// (so editing one file re-parses only it); the file models are grouped by class (cheap: references only), one
    /// incremental node per class, and only a group whose files changed is built into a class model (cross-culture
    /// checks), compared and emitted. Building every class on any .resx edit cost ~1 s for 30,000 messages; now an
    /// edit builds one class. C# edits touch none of these inputs but the assembly name, so they re-run nothing.
    /// The helpers all classes use are emitted once per compilation (<see cref="MessageRuntimeEmitter"/>).
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class MessageGenerator : IIncrementalGenerator
    {
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
                    return MessageFileParser.Parse(item, text, ProjectOptions.Property(options.GlobalOptions, "NeutralLanguage"));
                })
                .WithTrackingName(TrackingNames.MessagesFile)
                .Where(static m => m is not null)
                .Select(static (m, _) => m!);

            var built = files
                .Collect()
                .Combine(LocalizedItemReader.Namespaces(context))
                .SelectMany(static (all, _) => MessageClassBuilder.Group(all.Left, all.Right))
                .WithTrackingName(TrackingNames.MessagesGroup)
                .Select(static (group, _) => MessageClassBuilder.Build(group))
                .WithTrackingName(TrackingNames.MessagesBuild);

            // Source and diagnostics flow apart (the System.Text.Json and Logging generators' pattern): a change
            // that only moves a diagnostic leaves the model equal, so its source output is not run again.
            var classes = built.Select(static (result, _) => result.Model).WithTrackingName(TrackingNames.MessagesClass);
            var diagnostics = built.Select(static (result, _) => result.Diagnostics).WithTrackingName(TrackingNames.MessagesDiagnostics);
            context.RegisterSourceOutput(diagnostics, static (spc, list) =>
            {
                foreach (var diagnostic in list) spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            });

            // A consumer below C# 8 (netstandard2.0, net472 defaults) gets the source without nullable annotations, one
            // without string(ReadOnlySpan<char>) the builder on a per-thread array. The runtime class's namespace comes
            // from the assembly name. Plain values, so C# edits stop at this step.
            var target = context.ParseOptionsProvider
                .Combine(context.CompilationProvider)
                .Select(static (pair, _) => MessageTargetReader.Read(TargetLanguage.HasNullableAnnotations(pair.Left), pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.MessagesTarget);

            // With Microsoft.Extensions.Localization.Abstractions referenced, each class also implements
            // IStringLocalizer<itself> (a part of its own) and one file registers them. Read from the compilation into
            // three booleans: a C# edit that keeps the references stops here.
            var localizer = context.CompilationProvider
                .Select(static (compilation, _) => LocalizerReader.Target(compilation))
                .WithTrackingName(TrackingNames.MessagesLocalizer);
            var localizerClasses = classes
                .Select(static (model, _) => new LocalizerClass(LocalizerEmitter.Qualified(model), LocalizerEmitter.FullName(model)))
                .Collect()
                .Select(static (all, _) => new EquatableArray<LocalizerClass>(all))
                .WithTrackingName(TrackingNames.MessagesLocalizerClasses);
            // The classes the consumer's own declaration makes static (LC1036) keep the static shape: a static class
            // cannot be a type argument. Compared by value, so a C# edit that changes none re-emits nothing.
            var staticDeclarations = localizerClasses
                .Combine(localizer)
                .Combine(context.CompilationProvider)
                .Select(static (pair, _) => pair.Left.Right.StringLocalizer
                    ? LocalizerReader.StaticDeclarations(pair.Right, pair.Left.Left)
                    : EquatableArray<StaticDeclaration>.Empty)
                .WithTrackingName(TrackingNames.MessagesLocalizerStatic);
            context.RegisterSourceOutput(staticDeclarations, static (spc, list) =>
            {
                foreach (var declaration in list)
                {
                    spc.ReportDiagnostic(DiagnosticInfo.Create(GeneratorDiagnostics.StaticClassWithoutStringLocalizer, declaration.Location, declaration.ClassName).ToDiagnostic());
                }
            });

            context.RegisterSourceOutput(classes.Combine(target).Combine(localizer).Combine(staticDeclarations), static (spc, pair) =>
            {
                var (((model, target), localizerTarget), statics) = pair;
                var stringLocalizer = localizerTarget.StringLocalizer && LocalizerEmitter.Served(model, statics);
                spc.AddSource(model.HintName, MessageEmitter.Emit(model, target, stringLocalizer));
                if (stringLocalizer) spc.AddSource(LocalizerEmitter.HintName(model), LocalizerEmitter.EmitClass(model, target.NullableAnnotations, target.RuntimeNamespace));
            });
            context.RegisterSourceOutput(localizerClasses.Combine(localizer).Combine(staticDeclarations).Combine(target), static (spc, pair) =>
            {
                var (((all, localizerTarget), statics), target) = pair;
                if (!localizerTarget.StringLocalizer) return;
                spc.AddSource(LocalizerEmitter.SupportHintName, LocalizerEmitter.EmitSupport(LocalizerEmitter.Served(all, statics), localizerTarget, target.NullableAnnotations, target.RuntimeNamespace));
            });

            // The helpers every class uses, once per compilation; re-emitted only when the set of plural rules or
            // the use of dates changes.
            var runtime = classes.Collect().Select(static (all, _) => MessageRuntimeModel.For(all)).WithTrackingName(TrackingNames.MessagesRuntime);
            context.RegisterSourceOutput(runtime.Combine(target), static (spc, pair) =>
            {
                var (model, target) = pair;
                if (model.Needed) spc.AddSource(MessageRuntimeEmitter.HintName, MessageRuntimeEmitter.Emit(model, target));
            });
        }
    }
}
