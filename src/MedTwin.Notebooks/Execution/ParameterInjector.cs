using System.Text.RegularExpressions;
using MedTwin.Notebooks.Documents;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MedTwin.Notebooks.Execution;

/// <summary>
/// Parameters as papermill applies them: the cell tagged <c>parameters</c> declares the defaults; given values go
/// into a new cell tagged <c>injected-parameters</c> right after it (in name order, so the cell does not depend on the order
/// they were given in), replacing one a previous run injected.
/// </summary>
public static partial class ParameterInjector
{
    /// <summary>The tag of the cell that declares the defaults.</summary>
    public const string ParametersTag = "parameters";

    /// <summary>The tag of the cell the run inserts.</summary>
    public const string InjectedTag = "injected-parameters";

    /// <summary>Applies <paramref name="parameters"/>; with none, only removes a previously injected cell.</summary>
    /// <exception cref="RunParameterException">No parameters cell, an undeclared name, or a value its default's type cannot take.</exception>
    public static void Apply(NotebookDocument notebook, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        foreach (var injected in notebook.Cells.Where(c => c.Tags.Contains(InjectedTag)).ToList())
        {
            notebook.RemoveCell(injected);
        }

        if (parameters.Count == 0)
        {
            return;
        }

        if (parameters.GroupBy(p => p.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new RunParameterException($"Parameter '{repeated.Key}' is given more than once.");
        }

        var anchor = notebook.Cells.FirstOrDefault(c => c.Kind == NotebookCellKind.Code && c.Tags.Contains(ParametersTag))
            ?? throw new RunParameterException(
                $"Parameters were given ({string.Join(", ", parameters.Select(p => p.Key))}) but no cell is tagged '{ParametersTag}' to declare them.");
        var declared = Declarations(anchor.Code);
        var lines = new List<string> { "// Parameters injected by medtwin run" };
        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!declared.TryGetValue(name, out var initializer))
            {
                throw new RunParameterException(
                    $"Parameter '{name}' is not declared in the '{ParametersTag}' cell. Declared: {string.Join(", ", declared.Keys)}.");
            }

            lines.Add($"{name} = {Literal(name, value, initializer)};");
        }

        var cell = notebook.InsertCellAfter(anchor, NotebookCellKind.Code, string.Join('\n', lines), anchor.KernelName);
        cell.AddTag(InjectedTag);
    }

    private static Dictionary<string, ExpressionSyntax?> Declarations(string code)
    {
        var root = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(kind: SourceCodeKind.Script)).GetCompilationUnitRoot();
        var fields = root.Members.OfType<FieldDeclarationSyntax>().Select(field => field.Declaration);
        var locals = root.Members.OfType<GlobalStatementSyntax>()
            .Select(g => g.Statement).OfType<LocalDeclarationStatementSyntax>().Select(local => local.Declaration);
        return fields.Concat(locals)
            .SelectMany(declaration => declaration.Variables)
            .GroupBy(v => v.Identifier.ValueText, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Initializer?.Value, StringComparer.Ordinal);
    }

    private static string Literal(string name, string value, ExpressionSyntax? initializer)
    {
        var kind = (initializer as LiteralExpressionSyntax)?.Kind();
        switch (kind)
        {
            case SyntaxKind.StringLiteralExpression:
                return SymbolDisplay.FormatLiteral(value, quote: true);
            case SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression:
                return value is "true" or "false" ? value : throw Mismatch(name, value, "true or false");
            case SyntaxKind.NumericLiteralExpression:
                return NumberLiteral().IsMatch(value) ? value : throw Mismatch(name, value, "a number written like 12, -0.5 or 1e-3");
            default:
                return value is "true" or "false" || NumberLiteral().IsMatch(value) ? value : SymbolDisplay.FormatLiteral(value, quote: true);
        }
    }

    [GeneratedRegex(@"^-?\d+(\.\d+)?([eE][+-]?\d+)?$")]
    private static partial Regex NumberLiteral();

    private static RunParameterException Mismatch(string name, string value, string expected) =>
        new($"Parameter '{name}' defaults to {expected} in the '{ParametersTag}' cell; \"{value}\" is not one.");
}
