using System.Reflection;
using System.Runtime.Loader;

namespace LocalizedContent.TestSupport;

/// <summary>Loads an assembly the tests compiled from generated code, so that its members can run.</summary>
public static class CompiledAssemblies
{
    /// <summary>
    /// Each assembly in a context of its own (two compiled outputs may share a name), never unloaded. Not collectible:
    /// the generated code has [ThreadStatic] fields, and with collectible contexts the test host crashed now and then
    /// in the runtime's GC ("Test host process crashed", no test failing), as unloading assemblies with thread statics
    /// has crashed .NET before (dotnet/runtime#102797). The assemblies are small; the process ends with the run.
    /// </summary>
    public static Assembly Load(Stream image) => new AssemblyLoadContext(name: null, isCollectible: false).LoadFromStream(image);
}
