using MedTwin.Data.Snapshots;

namespace MedTwin.Benchmarks.CrossValidationComparison;

/// <summary>What a snapshot's manifest says is predicted, and from what.</summary>
/// <param name="Label">The one category column: the outcome.</param>
/// <param name="PositiveClass">Its level after the reference level, coded 1.</param>
/// <param name="Features">Every integer and real column, in file order.</param>
internal sealed record SnapshotOutcome(string Label, string PositiveClass, IReadOnlyList<string> Features)
{
    /// <summary>Reads the outcome from snapshot.json's columns.</summary>
    /// <exception cref="InvalidOperationException">The manifest has not exactly one category column, or it has not exactly two levels.</exception>
    public static SnapshotOutcome Of(SnapshotManifest manifest)
    {
        var categories = manifest.Columns.Where(c => c.Type == ColumnType.Category).ToArray();
        if (categories is not [{ Levels: [_, var positive] } label])
        {
            throw new InvalidOperationException(
                $"{manifest.Name} v{manifest.Version}: expected one category column with two levels (reference first) as the outcome; found {categories.Length} category columns.");
        }

        return new SnapshotOutcome(
            label.Name,
            positive,
            [.. manifest.Columns.Where(c => c.Type is ColumnType.Integer or ColumnType.Real).Select(c => c.Name)]);
    }
}
