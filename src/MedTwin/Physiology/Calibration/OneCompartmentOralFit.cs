using MedTwin.Physiology.Pharmacokinetics;

namespace MedTwin.Physiology.Calibration;

/// <summary>
/// Calibration of a one-compartment model with first-order absorption after one oral dose at time 0, parameterised as
/// R's SSfol: C(t) = Dose·ke·ka/(CL·(ka − ke))·(e^(−ke·t) − e^(−ka·t)), i.e. <see cref="OneCompartmentModel"/> with
/// V = CL/ke and F = 1 (CL is then CL/F). Parameters, in order: <c>ke</c> (1/h), <c>ka</c> (1/h), <c>CL</c> (L/h, or
/// L/h/kg when the dose is in mg/kg). The Bateman function is unchanged when ka and ke are swapped (flip-flop); the
/// fit reports the point with ka ≥ ke, as R's SSfol self-start does.
/// </summary>
public static class OneCompartmentOralFit
{
    /// <summary>The parameter names, in order.</summary>
    public static IReadOnlyList<string> ParameterNames { get; } = ["ke", "ka", "CL"];

    /// <summary>The problem for one subject's profile after <paramref name="dose"/> at time 0, from the given guess.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The dose is not positive.</exception>
    public static CalibrationProblem Problem(
        double dose, IReadOnlyList<double> times, IReadOnlyList<double> concentrations,
        double eliminationRate, double absorptionRate, double clearance, string name = "one-compartment oral fit")
    {
        var oral = Dose.Oral(0, dose > 0 ? dose : throw new ArgumentOutOfRangeException(nameof(dose), dose, "The dose must be positive."));
        return new CalibrationProblem
        {
            Name = name,
            ParameterNames = ParameterNames,
            InitialGuess = [eliminationRate, absorptionRate, clearance],
            Times = times,
            Observations = concentrations,
            Model = (parameters, time) => new OneCompartmentModel
            {
                Clearance = parameters[2],
                Volume = parameters[2] / parameters[0],
                AbsorptionRate = parameters[1],
            }.Concentration(oral, time),
            Canonicalise = point =>
            {
                if (point[0] > point[1])
                {
                    (point[0], point[1]) = (point[1], point[0]);
                }
            },
        };
    }
}
