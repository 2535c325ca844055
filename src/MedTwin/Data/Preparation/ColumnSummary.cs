namespace MedTwin.Data.Preparation;

/// <summary>
/// One column before and after a step: missing values, and for numeric columns the minimum, maximum and mean of the
/// observed finite values. A side is <c>null</c> where the column did not exist (or is not numeric, for the statistics).
/// </summary>
/// <param name="Step">The step's 1-based position in the recipe.</param>
/// <param name="Column">The column.</param>
/// <param name="MissingBefore">Missing values before the step.</param>
/// <param name="MissingAfter">Missing values after the step.</param>
/// <param name="MinBefore">Smallest observed value before.</param>
/// <param name="MinAfter">Smallest observed value after.</param>
/// <param name="MaxBefore">Largest observed value before.</param>
/// <param name="MaxAfter">Largest observed value after.</param>
/// <param name="MeanBefore">Mean of the observed values before.</param>
/// <param name="MeanAfter">Mean of the observed values after.</param>
public sealed record ColumnSummary(
    int Step,
    string Column,
    long? MissingBefore,
    long? MissingAfter,
    double? MinBefore,
    double? MinAfter,
    double? MaxBefore,
    double? MaxAfter,
    double? MeanBefore,
    double? MeanAfter);
