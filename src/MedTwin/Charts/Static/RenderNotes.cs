using System.Globalization;

namespace MedTwin.Charts.Static;

/// <summary>
/// What the static rendering could not draw as the figure asks: values left out (counted per trace and reason), trace
/// types and layout items not supported. Shown on the figure itself, under the title, so nothing goes missing silently.
/// </summary>
internal sealed class RenderNotes
{
    private readonly List<string> notes = [];
    private readonly SortedDictionary<(int Trace, string Reason), (string Name, int Count)> leftOut = [];

    public void Add(string note) => notes.Add(note);

    /// <summary>Counts one value of trace <paramref name="trace"/> left out because of <paramref name="reason"/>.</summary>
    public void LeftOut(int trace, string name, string reason)
    {
        leftOut.TryGetValue((trace, reason), out var entry);
        leftOut[(trace, reason)] = (name, entry.Count + 1);
    }

    /// <summary>The notes as one line each, or null when there are none.</summary>
    public string? Text()
    {
        var lines = leftOut
            .Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Value.Name}: {e.Value.Count} {(e.Value.Count == 1 ? "value" : "values")} {e.Key.Reason}, left out"))
            .Concat(notes)
            .ToList();
        return lines.Count == 0 ? null : string.Join("\n", lines);
    }
}
