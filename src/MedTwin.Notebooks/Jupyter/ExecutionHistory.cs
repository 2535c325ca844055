using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>The inputs this kernel ran with <c>store_history</c>, answered to <c>history_request</c> (tail, range and search).</summary>
internal sealed class ExecutionHistory
{
    // One kernel process is one history session; Jupyter numbers sessions from 1.
    private const int Session = 1;

    private readonly List<(int Line, string Input)> entries = [];

    public void Add(int line, string input) => entries.Add((line, input));

    public JsonObject Reply(JsonObject request)
    {
        var selected = Text(request, "hist_access_type") switch
        {
            "tail" => entries.TakeLast(Number(request, "n") ?? entries.Count),
            "range" => entries.Where(e => e.Line >= (Number(request, "start") ?? 0) && (Number(request, "stop") is not { } stop || e.Line < stop)),
            "search" => Search(request),
            _ => [],
        };
        return new JsonObject
        {
            ["status"] = "ok",
            ["history"] = new JsonArray([.. selected.Select(e => (JsonNode)new JsonArray(Session, e.Line, e.Input))]),
        };
    }

    private IEnumerable<(int Line, string Input)> Search(JsonObject request)
    {
        var pattern = Text(request, "pattern") ?? "*";
        // IPython's search patterns are globs: * for any text, ? for one character.
        var regex = new Regex(
            "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.Singleline,
            TimeSpan.FromSeconds(1));
        var found = entries.Where(e => regex.IsMatch(e.Input));
        if (request["unique"] is JsonValue unique && unique.TryGetValue<bool>(out var isUnique) && isUnique)
        {
            found = found.Reverse().DistinctBy(e => e.Input).Reverse();
        }

        return Number(request, "n") is { } n ? found.TakeLast(n) : found;
    }

    private static string? Text(JsonObject request, string name) => request[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static int? Number(JsonObject request, string name) => request[name] is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;
}
