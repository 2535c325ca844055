using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>
/// Answers <c>is_complete_request</c> as a console front end needs: "incomplete" while a block or statement is still
/// open (with the indent for the next line), "invalid" when the code is whole but cannot parse, else "complete".
/// </summary>
internal static class CompletenessChecker
{
    private static readonly CSharpParseOptions ScriptOptions = CSharpParseOptions.Default.WithKind(SourceCodeKind.Script).WithLanguageVersion(LanguageVersion.Latest);

    public static (string Status, string? Indent) Check(string code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return ("complete", null);
        }

        var tree = CSharpSyntaxTree.ParseText(code, ScriptOptions);
        if (!SyntaxFactory.IsCompleteSubmission(tree))
        {
            return ("incomplete", code.TrimEnd().EndsWith('{') ? "    " : string.Empty);
        }

        return tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error) ? ("invalid", null) : ("complete", null);
    }
}
