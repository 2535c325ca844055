using System.Globalization;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace MedTwin.Notebooks.Execution;

/// <summary>
/// The XML documentation file the build writes beside an assembly, read when first asked, so that a symbol's
/// documentation comment is there for the Jupyter kernel's inspection.
/// </summary>
internal sealed class XmlDocumentationFile(string path) : DocumentationProvider
{
    private readonly Lazy<Dictionary<string, string>> members = new(() => Load(path));

    protected override string? GetDocumentationForSymbol(string documentationMemberID, CultureInfo preferredCulture, CancellationToken cancellationToken = default) =>
        members.Value.GetValueOrDefault(documentationMemberID);

    public override bool Equals(object? obj) => obj is XmlDocumentationFile other && other.Path == Path;

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path);

    private string Path => path;

    private static Dictionary<string, string> Load(string path)
    {
        try
        {
            return XDocument.Load(path).Descendants("member")
                .Where(m => m.Attribute("name") is not null)
                .GroupBy(m => (string)m.Attribute("name")!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().ToString(), StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Xml.XmlException)
        {
            // Documentation is a help, never a reason a cell cannot compile.
            return [];
        }
    }
}
