using System.Text.Json.Nodes;

namespace MedTwin.Notebooks.Documents;

/// <summary>The kernel names of Polyglot Notebooks and the other spellings (aliases, Jupyter languages, VS Code language ids) that mean them.</summary>
internal static class KernelNames
{
    /// <summary>Polyglot Notebooks' default when a notebook names no kernel.</summary>
    public const string Default = "csharp";

    public const string Markdown = "markdown";

    /// <summary>The kernels that .NET Interactive starts with, by every alias a <c>#!</c> line may use.</summary>
    private static readonly Dictionary<string, string> BuiltIn = new(StringComparer.Ordinal)
    {
        ["csharp"] = "csharp",
        ["c#"] = "csharp",
        ["C#"] = "csharp",
        ["fsharp"] = "fsharp",
        ["f#"] = "fsharp",
        ["F#"] = "fsharp",
        ["pwsh"] = "pwsh",
        ["powershell"] = "pwsh",
        ["javascript"] = "javascript",
        ["js"] = "javascript",
        ["html"] = "html",
        ["mermaid"] = "mermaid",
        ["value"] = "value",
        ["sql"] = "sql",
        ["kql"] = "kql",
        ["http"] = "http",
        ["markdown"] = Markdown,
        ["md"] = Markdown,
    };

    /// <summary>
    /// Every name a <c>#!</c> line may use to start a cell: the built-in kernels and those the notebook's
    /// <c>kernelInfo</c> (<c>{"defaultKernelName": …, "items": [{"name": …, "aliases": […]}]}</c>) declares.
    /// </summary>
    public static Dictionary<string, string> Aliases(JsonObject? kernelInfo)
    {
        var aliases = new Dictionary<string, string>(BuiltIn, StringComparer.Ordinal);
        if (kernelInfo?["items"] is not JsonArray items)
        {
            return aliases;
        }

        foreach (var item in items.OfType<JsonObject>())
        {
            if (item.StringAt("name") is not { } name)
            {
                continue;
            }

            aliases[name] = name;
            foreach (var alias in (item["aliases"] as JsonArray ?? []).OfType<JsonValue>())
            {
                aliases[alias.GetValue<string>()] = name;
            }
        }

        return aliases;
    }

    /// <summary>
    /// The kernel a language name means: Jupyter's <c>kernelspec.language</c> ("C#", "F#", "PowerShell") or VS Code's
    /// <c>languageId</c> ("csharp"). VS Code's "polyglot-notebook" names no kernel, so it gives null; other names are kept.
    /// </summary>
    public static string? FromLanguage(string? language) => language switch
    {
        null or "" or "polyglot-notebook" or "dotnet-interactive" => null,
        _ => BuiltIn.GetValueOrDefault(language) ?? language switch
        {
            "PowerShell" => "pwsh",
            _ => language,
        },
    };

    /// <summary>The kernel a line such as <c>#!fsharp</c> selects, or null if the line selects none (a magic command such as <c>#!time</c>).</summary>
    public static string? FromMagicLine(string line, IReadOnlyDictionary<string, string> aliases)
        => line.StartsWith("#!", StringComparison.Ordinal) ? aliases.GetValueOrDefault(line[2..]) : null;

    /// <summary>The first line of <paramref name="text"/>, without its line break.</summary>
    public static string FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var line = end < 0 ? text : text[..end];
        return line.EndsWith('\r') ? line[..^1] : line;
    }
}
