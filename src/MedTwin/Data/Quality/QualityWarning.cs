namespace MedTwin.Data.Quality;

/// <summary>Something in the data a reader of the study should know about.</summary>
/// <param name="Subject">What it is about, e.g. "age 70–89" or "column insulin".</param>
/// <param name="Message">The warning, naming the subgroup or column, its size or share and the threshold.</param>
public sealed record QualityWarning(string Subject, string Message);
