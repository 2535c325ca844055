namespace MedTwin.Data.Preparation;

/// <summary>How <see cref="JoinSources"/> chooses between sources that disagree on a patient's value.</summary>
public enum ConflictResolution
{
    /// <summary>Disagreement is an error naming key, column and the values (the default for every column).</summary>
    Error,

    /// <summary>The value of the first source in <see cref="ConflictRule.Sources"/> that has one.</summary>
    PreferSource,

    /// <summary>The value with the latest time in <see cref="ConflictRule.TimeColumn"/>; a tie between different values is an error.</summary>
    Latest,

    /// <summary>The mean of the sources' values (numeric columns).</summary>
    Mean,
}
