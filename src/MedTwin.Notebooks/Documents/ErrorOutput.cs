using System.Text.Json.Nodes;

namespace MedTwin.Notebooks.Documents;

/// <summary>An exception a cell raised (<c>"output_type": "error"</c>): its name, its message and the traceback lines.</summary>
public sealed class ErrorOutput : NotebookOutput
{
    internal const string Type = "error";

    /// <summary>A new error output.</summary>
    /// <param name="errorName">The exception's name (<c>ename</c>), e.g. "System.InvalidOperationException".</param>
    /// <param name="errorValue">The exception's message (<c>evalue</c>).</param>
    /// <param name="traceback">The traceback, one entry per line.</param>
    public ErrorOutput(string errorName, string errorValue, IEnumerable<string> traceback)
        : base(new JsonObject
        {
            ["ename"] = errorName ?? throw new ArgumentNullException(nameof(errorName)),
            ["evalue"] = errorValue ?? throw new ArgumentNullException(nameof(errorValue)),
            ["output_type"] = Type,
            ["traceback"] = new JsonArray([.. (traceback ?? throw new ArgumentNullException(nameof(traceback))).Select(line => JsonValue.Create(line))]),
        })
    {
    }

    internal ErrorOutput(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The exception's name (<c>ename</c>).</summary>
    public string ErrorName => Json["ename"]!.GetValue<string>();

    /// <summary>The exception's message (<c>evalue</c>).</summary>
    public string ErrorValue => Json["evalue"]!.GetValue<string>();

    /// <summary>The traceback lines.</summary>
    public IReadOnlyList<string> Traceback => [.. Json["traceback"]!.AsArray().Select(line => line!.GetValue<string>())];
}
