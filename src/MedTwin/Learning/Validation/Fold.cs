namespace MedTwin.Learning.Validation;

/// <summary>One split of the rows: fit on <see cref="TrainingRows"/>, score on <see cref="TestRows"/>.</summary>
/// <param name="Repeat">The 0-based repeat (repeated cross-validation); 0 otherwise.</param>
/// <param name="Index">The 0-based fold within its repeat.</param>
/// <param name="TrainingRows">0-based row indices to fit on, ascending.</param>
/// <param name="TestRows">0-based row indices held out, ascending.</param>
public sealed record Fold(int Repeat, int Index, IReadOnlyList<int> TrainingRows, IReadOnlyList<int> TestRows)
{
    /// <summary>True when both folds hold the same rows in the same roles.</summary>
    public bool Equals(Fold? other) =>
        other is not null && Repeat == other.Repeat && Index == other.Index
        && TrainingRows.SequenceEqual(other.TrainingRows) && TestRows.SequenceEqual(other.TestRows);

    /// <summary>A hash of the position and the rows.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Repeat);
        hash.Add(Index);
        foreach (var row in TestRows)
        {
            hash.Add(row);
        }

        return hash.ToHashCode();
    }
}
