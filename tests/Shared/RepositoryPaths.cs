namespace MedTwin.Tests.Support;

/// <summary>Folders of the repository the tests were built from.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data => Path.Combine(Root, "data");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MedTwin.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No MedTwin.slnx above '{AppContext.BaseDirectory}'.");
    }
}
