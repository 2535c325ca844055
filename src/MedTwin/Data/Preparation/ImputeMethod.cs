namespace MedTwin.Data.Preparation;

/// <summary>How <see cref="Impute"/> fills missing values.</summary>
public enum ImputeMethod
{
    /// <summary>The mean of the observed training values (numeric columns).</summary>
    Mean,

    /// <summary>The median of the observed training values (numeric columns); an even count averages the two middle values.</summary>
    Median,

    /// <summary>The most frequent observed training value; ties go to the smallest number or the first text in ordinal order.</summary>
    MostFrequent,

    /// <summary>A declared constant: <see cref="Impute.Value"/> for numeric columns, <see cref="Impute.Label"/> for text columns.</summary>
    Constant,
}
