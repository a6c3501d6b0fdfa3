using LocalizedContent.Generator.Tests.Infrastructure;
using static LocalizedContent.Generator.Tests.Messages.MessageTestSupport;

namespace LocalizedContent.Generator.Tests.Messages;

/// <summary>Inserted values in right-to-left messages are wrapped in FSI (U+2068) … PDI (U+2069), as Fluent does.</summary>
public sealed class BidiIsolationTests
{
    // {app} is an ICU named argument: a set without typed ICU arguments reads it as literal text (LC1034) unless
    // MessageFormat=icu says so. .NET format items are isolated the same way (MessageDialectTests).
    private static GeneratorHarness Harness(IDictionary<string, string>? arMetadata = null) => new GeneratorHarness()
        .WithProperty("LocalizedContentMessageFormat", "icu")
        .AddFile("Resources/Strings.resx", Resx(("Greeting", "Welcome to {app}!")))
        .AddFile("Resources/Strings.ar.resx", Resx(("Greeting", "مرحباً بك في {app}!")), arMetadata);

    [Fact]
    public void Latin_value_in_an_Arabic_message_is_isolated()
    {
        var assembly = CompileAndLoad(Harness());
        var text = Call(assembly, "ar", "Greeting", "WeChat");
        Assert.Equal("مرحباً بك في \u2068WeChat\u2069!", text);
    }

    [Fact]
    public void Left_to_right_messages_are_not_isolated()
    {
        var assembly = CompileAndLoad(Harness());
        Assert.Equal("Welcome to WeChat!", Call(assembly, "en", "Greeting", "WeChat"));
    }

    [Fact]
    public void Item_metadata_turns_isolation_off()
    {
        var assembly = CompileAndLoad(Harness(new Dictionary<string, string> { ["BidiIsolation"] = "false" }));
        Assert.Equal("مرحباً بك في WeChat!", Call(assembly, "ar", "Greeting", "WeChat"));
    }

    [Fact]
    public void Project_property_turns_isolation_off()
    {
        var assembly = CompileAndLoad(Harness().WithProperty("LocalizedContentBidiIsolation", "false"));
        var text = Call(assembly, "ar", "Greeting", "WeChat");
        Assert.DoesNotContain('\u2068', text);
        Assert.DoesNotContain('\u2069', text);
    }

    [Fact]
    public void Null_value_inserts_nothing_but_keeps_the_isolates_balanced()
    {
        var assembly = CompileAndLoad(Harness());
        Assert.Equal("مرحباً بك في \u2068\u2069!", Call(assembly, "ar", "Greeting", new object?[] { null }));
    }
}
