using MedTwin.Physiology.Ode;

namespace MedTwin.Physiology.Glucose;

/// <summary>
/// The minimal model of glucose kinetics of Bergman, Ider, Bowden &amp; Cobelli (1979), Am J Physiol 236(6):E667–E677,
/// driven by measured plasma insulin I(t), as used to read an intravenous glucose tolerance test (IVGTT):
/// <code>
/// dG/dt = −(p1 + X)·G + p1·Gb,     G(0) = G0
/// dX/dt = −p2·X + p3·(I(t) − Ib),  X(0) = 0
/// </code>
/// G plasma glucose (mg/dL), X remote insulin action (1/min), I plasma insulin (µU/mL); Gb and Ib basal values.
/// p1 (1/min) is glucose effectiveness SG, p2 (1/min) the rate of decay of insulin action, p3 (1/min² per µU/mL) its
/// gain; insulin sensitivity SI = p3/p2 (1/min per µU/mL). For teaching and for <see cref="BergmanIvgttFit"/>.
/// </summary>
public sealed record BergmanMinimalModel
{
    /// <summary>Glucose effectiveness p1 = SG (1/min).</summary>
    public required double P1 { get; init => field = GlucoseInputCheck.Positive(value, nameof(P1), "p1 (1/min)"); }

    /// <summary>Rate constant p2 of the decay of insulin action (1/min).</summary>
    public required double P2 { get; init => field = GlucoseInputCheck.Positive(value, nameof(P2), "p2 (1/min)"); }

    /// <summary>Gain p3 of insulin action (1/min² per µU/mL).</summary>
    public required double P3 { get; init => field = GlucoseInputCheck.Positive(value, nameof(P3), "p3 (1/min² per µU/mL)"); }

    /// <summary>Basal plasma glucose Gb (mg/dL).</summary>
    public required double Gb { get; init => field = GlucoseInputCheck.Positive(value, nameof(Gb), "Gb (mg/dL)"); }

    /// <summary>Basal plasma insulin Ib (µU/mL).</summary>
    public required double Ib { get; init => field = GlucoseInputCheck.NonNegative(value, nameof(Ib), "Ib (µU/mL)"); }

    /// <summary>Glucose effectiveness SG = p1 (1/min).</summary>
    public double GlucoseEffectiveness => P1;

    /// <summary>Insulin sensitivity SI = p3/p2 (1/min per µU/mL).</summary>
    public double InsulinSensitivity => P3 / P2;

    /// <summary>
    /// Plasma glucose (mg/dL) at <paramref name="times"/> (strictly increasing, ≥ 0) from G(0) = <paramref name="initialGlucose"/>
    /// under <paramref name="insulin"/>, by <see cref="DormandPrince45"/> at rtol 1e-8, atol 1e-10, stopping at each insulin sample.
    /// </summary>
    /// <exception cref="ArgumentException">A time is negative, not finite or out of order, or the initial glucose is not positive.</exception>
    public double[] Glucose(double initialGlucose, InsulinProfile insulin, IReadOnlyList<double> times)
    {
        ArgumentNullException.ThrowIfNull(insulin);
        ArgumentNullException.ThrowIfNull(times);
        GlucoseInputCheck.Positive(initialGlucose, nameof(initialGlucose), "The initial glucose G0 (mg/dL)");
        if (times.Count == 0)
        {
            return [];
        }

        var end = times[^1] > 0 ? times[^1] : 1;
        var options = new OdeOptions
        {
            RelativeTolerance = 1e-8,
            AbsoluteTolerance = 1e-10,
            OutputTimes = times,
            Discontinuities = [.. insulin.SampleTimes.Where(t => t > 0 && t < end).Select(t => new OdeDiscontinuity { Time = t })],
        };
        var solution = new DormandPrince45().Solve(new Equations(this, insulin), 0, [initialGlucose, 0.0], end, options);
        return solution.Component(0);
    }

    private sealed class Equations(BergmanMinimalModel model, InsulinProfile insulin) : IOdeSystem
    {
        public int Dimension => 2;

        public void Derivatives(double time, ReadOnlySpan<double> state, Span<double> derivatives)
        {
            derivatives[0] = (-(model.P1 + state[1]) * state[0]) + (model.P1 * model.Gb);
            derivatives[1] = (-model.P2 * state[1]) + (model.P3 * (insulin.At(time) - model.Ib));
        }
    }
}
