using System.Text.Json.Nodes;

namespace MedTwin.Notebooks.Documents;

/// <summary>Text a cell wrote to standard output or standard error (<c>"output_type": "stream"</c>).</summary>
public sealed class StreamOutput : NotebookOutput
{
    internal const string Type = "stream";

    /// <summary>A new stream output; the text is stored as an array of lines, as nbformat writes it.</summary>
    /// <param name="name">"stdout" or "stderr".</param>
    /// <param name="text">The text written.</param>
    public StreamOutput(string name, string text)
        : base(Create(name, text))
    {
    }

    internal StreamOutput(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The stream: "stdout" or "stderr".</summary>
    public string Name => Json["name"]!.GetValue<string>();

    /// <summary>The text written, lines joined.</summary>
    public string Text => MultilineText.Read(Json["text"]);

    private static JsonObject Create(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (name is not ("stdout" or "stderr"))
        {
            throw new ArgumentException($"A stream is \"stdout\" or \"stderr\"; found \"{name}\".", nameof(name));
        }

        return new JsonObject { ["name"] = name, ["output_type"] = Type, ["text"] = MultilineText.ToLines(text) };
    }
}
