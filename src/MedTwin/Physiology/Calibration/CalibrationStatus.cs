namespace MedTwin.Physiology.Calibration;

/// <summary>How a fit ended.</summary>
public enum CalibrationStatus
{
    /// <summary>The relative-offset criterion was met and JᵀJ is invertible: estimates and standard errors are valid.</summary>
    Converged,

    /// <summary>The iteration limit was reached before the criterion was met.</summary>
    IterationLimit,

    /// <summary>No step, however damped, reduced the residual sum of squares before the criterion was met.</summary>
    NoDescent,

    /// <summary>JᵀJ at the final point is singular: some parameters are not identifiable from these data.</summary>
    SingularJacobian,

    /// <summary>The model returned NaN or infinity at every point tried from the start.</summary>
    NonFinitePrediction,
}
