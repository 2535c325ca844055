using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>
/// Completions at a cursor, from Roslyn's semantic model of the cell as the next submission (it sees every variable
/// and type earlier cells made): after a dot, the members of what is before it; elsewhere, every name in scope.
/// </summary>
internal static class CompletionProvider
{
    /// <summary>The names that complete the identifier before <paramref name="position"/> (UTF-16), and where that identifier starts.</summary>
    public static (IReadOnlyList<string> Matches, int Start) Complete(Compilation compilation, string code, int position)
    {
        var start = position;
        while (start > 0 && (char.IsLetterOrDigit(code[start - 1]) || code[start - 1] == '_'))
        {
            start--;
        }

        var prefix = code[start..position];
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var symbols = start > 0 && code[start - 1] == '.' ? Members(model, tree, start - 1) : model.LookupSymbols(start);
        IReadOnlyList<string> matches =
        [
            .. symbols
                .Where(s => s.CanBeReferencedByName && s.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(s => s.Name)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal),
        ];
        return (matches, start);
    }

    private static IEnumerable<ISymbol> Members(SemanticModel model, SyntaxTree tree, int dot)
    {
        var token = tree.GetRoot().FindToken(dot);
        var left = token.Parent switch
        {
            MemberAccessExpressionSyntax access => (SyntaxNode)access.Expression,
            QualifiedNameSyntax qualified => qualified.Left,
            _ => null,
        };
        if (left is null)
        {
            return [];
        }

        if (model.GetSymbolInfo(left).Symbol is INamespaceOrTypeSymbol container)
        {
            return container is INamespaceSymbol ? model.LookupNamespacesAndTypes(dot + 1, container) : model.LookupStaticMembers(dot + 1, container);
        }

        return model.GetTypeInfo(left).Type is { } type
            ? model.LookupSymbols(dot + 1, type, includeReducedExtensionMethods: true).Where(s => !s.IsStatic || s is IMethodSymbol { MethodKind: MethodKind.ReducedExtension })
            : [];
    }
}
