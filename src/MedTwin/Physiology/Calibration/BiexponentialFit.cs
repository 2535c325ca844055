using MedTwin.Physiology.Pharmacokinetics;

namespace MedTwin.Physiology.Calibration;

/// <summary>
/// Calibration of a two-compartment model after one IV bolus at time 0 through its macro-constants,
/// C(t) = A·e^(−α·t) + B·e^(−β·t) (R's SSbiexp with A1 = A, lrc1 = ln α, A2 = B, lrc2 = ln β). Parameters, in order:
/// <c>A</c> (mg/L), <c>alpha</c> (1/h), <c>B</c> (mg/L), <c>beta</c> (1/h). Swapping the two phases gives the same
/// curve; the fit reports α ≥ β (the fast phase first), as SSbiexp does. With a known dose,
/// <see cref="TwoCompartmentModel.FromBolusMacroConstants"/> turns the estimates into CL, V1, Q and V2.
/// </summary>
public static class BiexponentialFit
{
    /// <summary>The parameter names, in order.</summary>
    public static IReadOnlyList<string> ParameterNames { get; } = ["A", "alpha", "B", "beta"];

    /// <summary>The problem for one subject's profile, from the given guess.</summary>
    public static CalibrationProblem Problem(
        IReadOnlyList<double> times, IReadOnlyList<double> concentrations, TwoCompartmentMacroConstants guess, string name = "biexponential fit")
    {
        ArgumentNullException.ThrowIfNull(guess);
        return new CalibrationProblem
        {
            Name = name,
            ParameterNames = ParameterNames,
            InitialGuess = [guess.A, guess.Alpha, guess.B, guess.Beta],
            Times = times,
            Observations = concentrations,
            Model = (parameters, time) => new TwoCompartmentMacroConstants(parameters[0], parameters[1], parameters[2], parameters[3]).Concentration(time),
            Canonicalise = point =>
            {
                if (point[1] < point[3])
                {
                    (point[0], point[1], point[2], point[3]) = (point[2], point[3], point[0], point[1]);
                }
            },
        };
    }
}
