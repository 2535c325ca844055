namespace MedTwin.Tests.Physiology.Pharmacokinetics;

/// <summary>
/// An independent check of the closed forms: the compartment equations integrated by classical fourth-order Runge–Kutta
/// with a fixed small step. Tests integrate piecewise, one call per interval where the inputs are constant.
/// </summary>
internal static class RungeKutta
{
    public static double[] Integrate(Func<double, double[], double[]> derivatives, double[] initial, double until, double step = 1e-3)
    {
        var state = (double[])initial.Clone();
        var steps = (int)Math.Round(until / step);
        for (var s = 0; s < steps; s++)
        {
            var t = s * step;
            var k1 = derivatives(t, state);
            var k2 = derivatives(t + (step / 2), Add(state, k1, step / 2));
            var k3 = derivatives(t + (step / 2), Add(state, k2, step / 2));
            var k4 = derivatives(t + step, Add(state, k3, step));
            for (var i = 0; i < state.Length; i++)
            {
                state[i] += step / 6 * (k1[i] + (2 * k2[i]) + (2 * k3[i]) + k4[i]);
            }
        }

        return state;
    }

    private static double[] Add(double[] state, double[] slope, double h) => [.. state.Select((y, i) => y + (h * slope[i]))];
}
