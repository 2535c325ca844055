using System.Text.Json;
using System.Text.Json.Nodes;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>Reads the fields of a request's content; a missing or mistyped required field is an <see cref="InvalidMessageException"/> naming it.</summary>
internal static class RequestContent
{
    public static string RequiredString(JupyterMessage request, string name) =>
        request.Content[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : throw new InvalidMessageException($"{request.MessageType}: content '{name}' must be a string; found {request.Content[name]?.ToJsonString() ?? "nothing"}.");

    public static int RequiredInteger(JupyterMessage request, string name) =>
        request.Content[name] is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number) && number >= 0
            ? number
            : throw new InvalidMessageException($"{request.MessageType}: content '{name}' must be a whole number from 0; found {request.Content[name]?.ToJsonString() ?? "nothing"}.");

    public static bool Flag(JupyterMessage request, string name, bool defaultValue) => request.Content[name] switch
    {
        null => defaultValue,
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
        var other => throw new InvalidMessageException($"{request.MessageType}: content '{name}' must be true or false; found {other.ToJsonString()}."),
    };
}
