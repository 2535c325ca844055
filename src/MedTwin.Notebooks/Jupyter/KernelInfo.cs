using System.Text.Json.Nodes;
using MedTwin.Reproducibility;
using Microsoft.CodeAnalysis.CSharp;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>The content of <c>kernel_info_reply</c>: the protocol version, MedTwin's version and the C# it runs.</summary>
internal static class KernelInfo
{
    public static JsonObject Content() => new()
    {
        ["status"] = "ok",
        ["protocol_version"] = MessageHeaders.ProtocolVersion,
        ["implementation"] = "medtwin",
        ["implementation_version"] = LibraryInfo.Version,
        ["language_info"] = LanguageInfo(),
        ["banner"] = $"MedTwin {LibraryInfo.Version}: C# for reproducible digital-twin studies",
        ["help_links"] = new JsonArray(),
        ["debugger"] = false,
    };

    /// <summary>The language the kernel runs, as <c>kernel_info_reply</c> and a notebook's <c>metadata.language_info</c> state it.</summary>
    public static JsonObject LanguageInfo() => new()
    {
        ["codemirror_mode"] = "text/x-csharp",
        ["file_extension"] = ".cs",
        ["mimetype"] = "text/x-csharp",
        ["name"] = "C#",
        ["pygments_lexer"] = "csharp",
        ["version"] = LanguageVersion.Latest.MapSpecifiedToEffectiveVersion().ToDisplayString(),
    };
}
