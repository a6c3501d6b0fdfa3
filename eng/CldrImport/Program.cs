using System.Reflection;
using LocalizedContent.CldrImport;

// dotnet run --project eng/CldrImport -- <node_modules>: refreshes extract/ from the npm CLDR JSON, then the C#.
// Without an argument: regenerates the C# from the committed extract.
var root = typeof(Transform).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!;
var extractFolder = Path.Combine(root, "eng", "CldrImport", "extract");
if (args.Length > 0)
{
    Extract.Write(args[0], extractFolder);
    Console.WriteLine("extract written: " + extractFolder);
}
var output = Path.Combine(root, Transform.OutputFolder);
Directory.CreateDirectory(output);
foreach (var (name, text) in Transform.Run(File.ReadAllText(Path.Combine(extractFolder, Transform.ExtractFile))))
{
    File.WriteAllText(Path.Combine(output, name), text);
    Console.WriteLine("written: " + Path.Combine(Transform.OutputFolder, name));
}
