using System.Globalization;

namespace MedTwin.Physiology.Ode;

/// <summary>Evaluates a system's derivatives, counts the evaluations and refuses a NaN or infinite derivative.</summary>
internal sealed class DerivativeEvaluator(IOdeSystem system)
{
    public IOdeSystem System { get; } = system;

    public int Dimension { get; } = system.Dimension;

    public int Evaluations { get; private set; }

    public void Evaluate(double time, ReadOnlySpan<double> state, Span<double> derivatives)
    {
        Evaluations++;
        System.Derivatives(time, state, derivatives);
        for (var i = 0; i < derivatives.Length; i++)
        {
            if (!double.IsFinite(derivatives[i]))
            {
                throw new OdeSolverException(
                    string.Create(CultureInfo.InvariantCulture, $"The derivative of state component {i} is {derivatives[i]} at t = {time:R} (state [{string.Join(", ", state.ToArray().Select(v => v.ToString("R", CultureInfo.InvariantCulture)))}])."),
                    time);
            }
        }
    }
}
