using System.Text;

namespace MedTwin.Notebooks.Tests.Support;

/// <summary>The notebook files beside the document tests, copied to the output folder byte for byte.</summary>
internal static class Fixtures
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Documents", "Fixtures");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static string Text(string name) => Encoding.UTF8.GetString(Bytes(name));
}
