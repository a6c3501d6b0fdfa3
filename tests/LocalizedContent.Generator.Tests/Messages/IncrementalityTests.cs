using LocalizedContent.Generator.Common;
using LocalizedContent.Generator.Messages.Model;
using LocalizedContent.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>Editing one .resx re-emits only its class; editing C# re-emits nothing.</summary>
public sealed class IncrementalityTests
{
    private static GeneratorRun FirstRun(bool stringLocalizer = false) => Run(WithLocalization(new GeneratorHarness(), stringLocalizer)
        .AddFile("Resources/Strings.resx", Resx(("Title", "News"), ("Count", "{n, plural, one {# item} other {# items}}")))
        .AddFile("Resources/Strings.ar.resx", Resx(("Title", "أخبار"), ("Count", "{n, plural, zero {لا شيء} one {واحد} two {اثنان} few {#} many {#} other {#}}")))
        .AddFile("Resources/Errors.resx", Resx(("NotFound", "Not found")))
        .AddFile("Content/Notes.txt", "not ours: a .txt file"));

    /// <summary>References Microsoft.Extensions.Localization and DI (the compiled IStringLocalizer is generated).</summary>
    private static GeneratorHarness WithLocalization(GeneratorHarness harness, bool stringLocalizer)
    {
        if (stringLocalizer) foreach (var reference in StringLocalizerTests.ExtensionsReferences) harness.WithReference(reference);
        return harness;
    }

    private static IReadOnlyList<IncrementalStepRunReason> OutputReasonsOf(GeneratorRun run) => IncrementalAssert.OutputReasons(run);

    [Fact]
    public void Second_run_is_fully_cached_and_models_hold_no_compiler_objects() =>
        IncrementalAssert.SecondRunIsCached(FirstRun(), TrackingNames.MessagesFile, TrackingNames.MessagesGroup, TrackingNames.MessagesBuild, TrackingNames.MessagesClass, TrackingNames.MessagesDiagnostics,
            TrackingNames.MessagesRuntime, TrackingNames.MessagesTarget);

    [Fact]
    public void Editing_one_resx_reparses_only_it_and_re_emits_only_its_class()
    {
        var first = FirstRun();
        var second = first.RunAgainWithEditedFile("Resources/Strings.ar.resx",
            Resx(("Title", "الأخبار"), ("Count", "{n, plural, zero {لا شيء} one {واحد} two {اثنان} few {#} many {#} other {#}}")));

        var fileReasons = IncrementalAssert.Reasons(second, TrackingNames.MessagesFile);
        Assert.Equal(1, fileReasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(fileReasons.Where(r => r != IncrementalStepRunReason.Modified), r => Assert.Equal(IncrementalStepRunReason.Cached, r));

        // One node per class: the edited class's group changes and only it is built again; Errors is not rebuilt.
        var groupReasons = IncrementalAssert.Reasons(second, TrackingNames.MessagesGroup);
        Assert.Equal(2, groupReasons.Count);
        Assert.Contains(IncrementalStepRunReason.Modified, groupReasons);
        Assert.Contains(IncrementalStepRunReason.Unchanged, groupReasons);
        var classReasons = IncrementalAssert.Reasons(second, TrackingNames.MessagesClass);
        Assert.Equal(2, classReasons.Count);
        Assert.Contains(IncrementalStepRunReason.Modified, classReasons);
        Assert.Contains(IncrementalStepRunReason.Cached, classReasons);

        var outputs = OutputReasonsOf(second);
        Assert.Equal(1, outputs.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(outputs.Where(r => r != IncrementalStepRunReason.Modified), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains("الأخبار", second.Source("Strings.Messages.g.cs"));
    }

    [Fact]
    public void Editing_the_other_resource_set_leaves_Strings_unbuilt_and_unemitted()
    {
        var first = FirstRun();
        var second = first.RunAgainWithEditedFile("Resources/Errors.resx", Resx(("NotFound", "Nothing here")));

        var built = ClassModels(second, TrackingNames.MessagesClass);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(built, b => b.ClassName == "Errors").Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(built, b => b.ClassName == "Strings").Reason);

        var outputs = OutputReasonsOf(second);
        Assert.Equal(1, outputs.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Contains("Nothing here", second.Source("Errors.Messages.g.cs"));
    }

    /// <summary>Each output of a tracked step that produced a class model, with the class it is for.</summary>
    private static List<(string ClassName, IncrementalStepRunReason Reason)> ClassModels(GeneratorRun run, string trackingName) =>
        run.Result.Results
            .SelectMany(r => r.TrackedSteps.TryGetValue(trackingName, out var steps) ? steps : [])
            .SelectMany(s => s.Outputs)
            .Select(o => (((MessageClassModel)o.Value).ClassName, o.Reason))
            .ToList();

    [Fact]
    public void A_line_inserted_above_a_diagnostic_moves_it_and_re_emits_no_source()
    {
        var entries = new[] { ("Ok", "fine"), ("Broken", "{count, plural, one {x}") };
        var first = Run(new GeneratorHarness()
            .AddFile("Resources/Strings.resx", Resx(entries))
            .AddFile("Resources/Errors.resx", Resx(("NotFound", "Not found"))));
        Assert.Equal(ValueLine(1), LineOf(Assert.Single(first.GeneratorDiagnostics, d => d.Id == "LC1020")));

        var second = first.RunAgainWithEditedFile("Resources/Strings.resx", Resx(entries).Replace("<root>\n", "<root>\n  <!-- a note -->\n", StringComparison.Ordinal));

        Assert.Contains(IncrementalStepRunReason.Modified, IncrementalAssert.Reasons(second, TrackingNames.MessagesBuild));
        Assert.All(IncrementalAssert.Reasons(second, TrackingNames.MessagesClass), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        var outputs = OutputReasonsOf(second);
        Assert.Equal(3, outputs.Count); // Strings, Errors and the shared runtime class
        Assert.All(outputs, r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains(IncrementalStepRunReason.Modified, IncrementalAssert.DiagnosticOutputReasons(second));
        Assert.Equal(ValueLine(1) + 1, LineOf(Assert.Single(second.GeneratorDiagnostics, d => d.Id == "LC1020")));
        Assert.Equal(first.Source("Strings.Messages.g.cs"), second.Source("Strings.Messages.g.cs"));
    }

    private static int LineOf(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;

    [Fact]
    public void Editing_a_CSharp_file_re_emits_nothing()
    {
        var first = FirstRun();
        var second = first.RunAgainWithAddedSource("namespace TestApp; public class Added { }");

        Assert.All(IncrementalAssert.Reasons(second, TrackingNames.MessagesFile), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(IncrementalAssert.Reasons(second, TrackingNames.MessagesGroup), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.All(IncrementalAssert.Reasons(second, TrackingNames.MessagesClass), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.NotEmpty(OutputReasonsOf(second));
        Assert.All(OutputReasonsOf(second), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void With_the_localizer_a_second_run_is_fully_cached() =>
        IncrementalAssert.SecondRunIsCached(FirstRun(stringLocalizer: true), TrackingNames.MessagesClass, TrackingNames.MessagesTarget,
            TrackingNames.MessagesLocalizer, TrackingNames.MessagesLocalizerClasses, TrackingNames.MessagesLocalizerStatic);

    [Fact]
    public void With_the_localizer_a_CSharp_edit_stops_at_the_references_and_re_emits_nothing()
    {
        var first = FirstRun(stringLocalizer: true);
        Assert.Contains(first.GeneratedSources.Keys, k => k.EndsWith("Strings.StringLocalizer.g.cs", StringComparison.Ordinal));
        var second = first.RunAgainWithAddedSource("namespace TestApp; public class Added { }");

        // The compilation changed, so the step reading it ran, and found the same three booleans.
        Assert.All(IncrementalAssert.Reasons(second, TrackingNames.MessagesLocalizer), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.All(IncrementalAssert.Reasons(second, TrackingNames.MessagesLocalizerStatic), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.All(IncrementalAssert.Reasons(second, TrackingNames.MessagesLocalizerClasses), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.NotEmpty(OutputReasonsOf(second));
        Assert.All(OutputReasonsOf(second), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void With_the_localizer_editing_one_resx_re_emits_only_its_class_and_not_the_registration()
    {
        var first = FirstRun(stringLocalizer: true);
        var second = first.RunAgainWithEditedFile("Resources/Strings.ar.resx",
            Resx(("Title", "الأخبار"), ("Count", "{n, plural, zero {لا شيء} one {واحد} two {اثنان} few {#} many {#} other {#}}")));

        Assert.All(IncrementalAssert.Reasons(second, TrackingNames.MessagesLocalizerClasses), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        var outputs = OutputReasonsOf(second);
        Assert.Equal(1, outputs.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(outputs.Where(r => r != IncrementalStepRunReason.Modified), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains("الأخبار", second.Source("Strings.Messages.g.cs"));
    }

    [Fact]
    public void Files_that_are_not_LocalizedContent_items_are_ignored()
    {
        var run = Run(new GeneratorHarness().AddForeignFile("Properties/Resources.resx", Resx(("Title", "{broken"))));
        Assert.Empty(run.GeneratedSources);
        Assert.Empty(run.GeneratorDiagnostics);
    }
}
