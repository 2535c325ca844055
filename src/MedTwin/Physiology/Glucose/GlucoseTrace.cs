using MedTwin.Physiology.Ode;

namespace MedTwin.Physiology.Glucose;

/// <summary>A simulated patient on the output grid: plasma and subcutaneous glucose, plasma insulin and all 13 states.</summary>
public sealed class GlucoseTrace
{
    private readonly OdeSolution solution;

    internal GlucoseTrace(VirtualPatient patient, OdeSolution solution)
    {
        Patient = patient;
        this.solution = solution;
        Times = solution.Times;
        PlasmaGlucose = [.. solution.States.Select(s => s[(int)UvaPadovaState.PlasmaGlucose] / patient.Vg)];
        SubcutaneousGlucose = [.. solution.States.Select(s => s[(int)UvaPadovaState.SubcutaneousGlucose] / patient.Vg)];
        PlasmaInsulin = [.. solution.States.Select(s => s[(int)UvaPadovaState.PlasmaInsulin] / patient.Vi)];
    }

    /// <summary>The patient simulated.</summary>
    public VirtualPatient Patient { get; }

    /// <summary>The output times (min).</summary>
    public IReadOnlyList<double> Times { get; }

    /// <summary>Plasma glucose G = Gp/Vg (mg/dL) at each time.</summary>
    public IReadOnlyList<double> PlasmaGlucose { get; }

    /// <summary>Subcutaneous glucose Gs/Vg (mg/dL), what a noise-free sensor reads, at each time.</summary>
    public IReadOnlyList<double> SubcutaneousGlucose { get; }

    /// <summary>Plasma insulin I = Ip/Vi (pmol/L) at each time.</summary>
    public IReadOnlyList<double> PlasmaInsulin { get; }

    /// <summary>All 13 states at each time, in <see cref="UvaPadovaState"/> order and units.</summary>
    public IReadOnlyList<IReadOnlyList<double>> States => solution.States;

    /// <summary>The solver's work.</summary>
    public OdeStatistics Statistics => solution.Statistics;

    /// <summary>One state at every output time.</summary>
    public double[] State(UvaPadovaState state) => solution.Component((int)state);
}
