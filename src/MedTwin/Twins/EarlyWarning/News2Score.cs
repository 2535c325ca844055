namespace MedTwin.Twins.EarlyWarning;

/// <summary>A NEWS2 score: each parameter's score, the aggregate, the risk band and the response it calls for.</summary>
public sealed record News2Score
{
    /// <summary>The seven parameters' scores, in the order of the NEWS2 chart.</summary>
    public required IReadOnlyList<News2ParameterScore> Parameters { get; init; }

    /// <summary>The aggregate score, 0 to 20.</summary>
    public int Total => Parameters.Sum(p => p.Score);

    /// <summary>Whether any single parameter scores 3 (a "red score").</summary>
    public bool HasRedScore => Parameters.Any(p => p.Score == 3);

    /// <summary>The clinical risk band.</summary>
    public News2Risk Risk => Total switch
    {
        >= 7 => News2Risk.High,
        >= 5 => News2Risk.Medium,
        _ when HasRedScore => News2Risk.LowMedium,
        _ => News2Risk.Low,
    };

    /// <summary>The clinical response the band calls for, from the RCP's NEWS2 chart 4.</summary>
    public News2Response Response => News2Response.For(Risk, Total);

    /// <inheritdoc />
    public override string ToString() =>
        $"NEWS2 {Total} ({Risk}): " + string.Join(", ", Parameters.Select(p => $"{p.Parameter} {p.Value} → {p.Score}"));
}
