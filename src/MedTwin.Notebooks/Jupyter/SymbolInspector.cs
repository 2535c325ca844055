using System.Text;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>What <c>inspect_request</c> shows: the signature of the symbol at the cursor and the summary of its XML documentation.</summary>
internal static class SymbolInspector
{
    /// <summary>The text about the symbol at <paramref name="position"/> (UTF-16), or null when there is none.</summary>
    public static string? Inspect(Compilation compilation, int position)
    {
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var root = tree.GetRoot();
        foreach (var at in new[] { position, position - 1 })
        {
            if (at < 0 || at >= root.FullSpan.End)
            {
                continue;
            }

            // The identifier's own node first, then what it is part of (a call, a member access, a declaration).
            foreach (var node in root.FindToken(at).Parent?.AncestorsAndSelf().Take(3) ?? [])
            {
                var info = model.GetSymbolInfo(node);
                if ((info.Symbol ?? info.CandidateSymbols.FirstOrDefault() ?? model.GetDeclaredSymbol(node)) is { } symbol)
                {
                    return Describe(symbol);
                }
            }
        }

        return null;
    }

    private static string Describe(ISymbol symbol)
    {
        var text = new StringBuilder(symbol.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat));
        if (symbol is ILocalSymbol or IFieldSymbol or IPropertySymbol && Type(symbol) is { } type)
        {
            text.Append(" : ").Append(type.ToDisplayString());
        }

        var summary = Summary(symbol.GetDocumentationCommentXml(expandIncludes: true)) ?? Summary(symbol.OriginalDefinition.GetDocumentationCommentXml(expandIncludes: true));
        if (summary is not null)
        {
            text.Append("\n\n").Append(summary);
        }

        return text.ToString();
    }

    private static ITypeSymbol? Type(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    private static string? Summary(string? xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            return null;
        }

        try
        {
            var summary = XElement.Parse(xml).Element("summary");
            if (summary is null)
            {
                return null;
            }

            // <see cref="T:X"/> reads as X.
            foreach (var reference in summary.Descendants().Where(e => e.Attribute("cref") is not null || e.Attribute("langword") is not null).ToList())
            {
                var name = (string?)reference.Attribute("cref") ?? (string)reference.Attribute("langword")!;
                reference.ReplaceWith(name.Length > 2 && name[1] == ':' ? name[2..] : name);
            }

            return string.Join(' ', summary.Value.Split((char[])['\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}
