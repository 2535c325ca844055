namespace MedTwin.Data.Quality;

/// <summary>How many values of one column are missing.</summary>
/// <param name="Column">The column.</param>
/// <param name="Rows">The number of rows.</param>
/// <param name="Missing">Values missing in all: empty plus declared sentinels.</param>
/// <param name="Empty">Values that are empty (null, or NaN in a floating-point column).</param>
/// <param name="Sentinel">Values equal to a declared "not measured" sentinel.</param>
/// <param name="Share">Missing as a share of the rows (0 to 1).</param>
public sealed record ColumnMissingness(string Column, int Rows, int Missing, int Empty, int Sentinel, double Share);
