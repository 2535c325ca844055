namespace MedTwin.Physiology.Calibration;

/// <summary>Settings of <see cref="LevenbergMarquardt"/>; every random draw comes from <see cref="Seed"/>.</summary>
public sealed record LevenbergMarquardtOptions
{
    /// <summary>Seed of the <see cref="Random"/> that draws the extra starting points.</summary>
    public required int Seed { get; init; }

    /// <summary>How many starts: the initial guess, then <c>Starts − 1</c> points drawn around it.</summary>
    public int Starts { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Starts), value, "At least one start is needed."); } = 8;

    /// <summary>Standard deviation of the normal perturbation of each log parameter for the extra starts (0.5 ≈ a factor 1.6).</summary>
    public double StartSpread { get; init => field = double.IsFinite(value) && value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(StartSpread), value, "The spread must be zero or positive."); } = 0.5;

    /// <summary>Most Levenberg–Marquardt iterations per start.</summary>
    public int MaximumIterations { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaximumIterations), value, "At least one iteration is needed."); } = 200;

    /// <summary>
    /// Convergence: the relative offset of Bates &amp; Watts (1981), ‖P·r‖/‖(I − P)·r‖ with P the projection on the
    /// columns of the Jacobian, at or below this. R's nls uses the same criterion at 1e-5.
    /// </summary>
    public double RelativeOffsetTolerance { get; init => field = double.IsFinite(value) && value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(RelativeOffsetTolerance), value, "The tolerance must be positive."); } = 1e-8;

    /// <summary>JᵀJ (scaled to unit diagonal) counts as singular when its smallest over largest eigenvalue is below this.</summary>
    public double SingularityThreshold { get; init => field = double.IsFinite(value) && value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(SingularityThreshold), value, "The threshold must be positive."); } = 1e-12;

    /// <summary>Coverage of the confidence intervals.</summary>
    public double ConfidenceLevel { get; init => field = value is > 0 and < 1 ? value : throw new ArgumentOutOfRangeException(nameof(ConfidenceLevel), value, "The level must lie in (0, 1)."); } = 0.95;
}
