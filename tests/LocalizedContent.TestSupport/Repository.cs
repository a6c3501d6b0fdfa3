namespace LocalizedContent.TestSupport;

/// <summary>Finds files of the repository from the test's output directory.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "LocalizedContent.sln"))) return directory.FullName;
        throw new InvalidOperationException("LocalizedContent.sln not found above " + AppContext.BaseDirectory);
    }
}
