using System.Text.Json;

namespace MedTwin.Charts.Static;

/// <summary>A trace's (position, value) pairs on its two axes, read the same way for scatter and bar traces.</summary>
internal static class TracePairs
{
    /// <summary>
    /// Pairs <paramref name="positions"/> (0, 1, 2, … when absent) with <paramref name="values"/>. A pair either axis cannot
    /// place keeps its position, gets a NaN value and is counted in <paramref name="notes"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Positions are given but not as many as values; the message names the trace.</exception>
    public static List<(double Position, double Value)> Read(
        IReadOnlyList<JsonElement> positions, IReadOnlyList<JsonElement> values, FigureAxis positionAxis, FigureAxis valueAxis, TraceStyle style, RenderNotes notes)
    {
        if (positions.Count > 0 && positions.Count != values.Count)
        {
            throw new ArgumentException($"{style.Where}: {positions.Count} positions and {values.Count} values; a {style.Type} trace pairs them.");
        }

        var pairs = new List<(double, double)>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var position = positions.Count == 0 ? i : positionAxis.Coordinate(positions[i]);
            var value = valueAxis.Coordinate(values[i]);
            var refusal = positionAxis.Refusal(position) ?? valueAxis.Refusal(value);
            if (refusal is not null)
            {
                notes.LeftOut(style.Index, style.Name, refusal);
            }

            pairs.Add((position, refusal is null ? value : double.NaN));
        }

        return pairs;
    }
}
