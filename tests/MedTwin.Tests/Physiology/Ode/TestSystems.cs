using MathNet.Numerics.LinearAlgebra;
using MedTwin.Physiology.Ode;

namespace MedTwin.Tests.Physiology.Ode;

/// <summary>f(t, y) written as a lambda, for systems that exist only in a test.</summary>
internal delegate void DerivativeFunction(double time, ReadOnlySpan<double> state, Span<double> derivatives);

internal sealed class FunctionSystem(int dimension, DerivativeFunction function) : IOdeSystem
{
    public int Dimension => dimension;

    public void Derivatives(double time, ReadOnlySpan<double> state, Span<double> derivatives) => function(time, state, derivatives);
}

/// <summary>Closed-form problems and Robertson's stiff kinetics.</summary>
internal static class TestSystems
{
    /// <summary>y' = −k·y: y(t) = y0·e^(−kt).</summary>
    public static IOdeSystem Decay(double rate) => new FunctionSystem(1, (_, y, dy) => dy[0] = -rate * y[0]);

    /// <summary>Gut and central amounts of a one-compartment model with first-order absorption; the central amount is the Bateman function.</summary>
    public static IOdeSystem OralAbsorption(double absorption, double elimination) => new FunctionSystem(2, (_, y, dy) =>
    {
        dy[0] = -absorption * y[0];
        dy[1] = (absorption * y[0]) - (elimination * y[1]);
    });

    public static double Bateman(double dose, double absorption, double elimination, double time) =>
        dose * absorption / (absorption - elimination) * (Math.Exp(-elimination * time) - Math.Exp(-absorption * time));

    /// <summary>x'' = −ω²x as (x, x'): x = cos ωt, x' = −ω sin ωt from (1, 0).</summary>
    public static IOdeSystem HarmonicOscillator(double omega) => new FunctionSystem(2, (_, y, dy) =>
    {
        dy[0] = y[1];
        dy[1] = -omega * omega * y[0];
    });

    /// <summary>Predator and prey: x' = 1.5x − xy, y' = −3y + xy.</summary>
    public static IOdeSystem LotkaVolterra() => new FunctionSystem(2, (_, z, dz) =>
    {
        dz[0] = (1.5 * z[0]) - (z[0] * z[1]);
        dz[1] = (-3 * z[1]) + (z[0] * z[1]);
    });
}

/// <summary>Robertson's chemical kinetics (Hairer &amp; Wanner, "Solving ODEs II", section IV.1), a classic stiff test.</summary>
internal class Robertson : IOdeSystem
{
    protected const double K1 = 0.04;
    protected const double K2 = 3e7;
    protected const double K3 = 1e4;

    public int Dimension => 3;

    public void Derivatives(double time, ReadOnlySpan<double> state, Span<double> derivatives)
    {
        var (y1, y2, y3) = (state[0], state[1], state[2]);
        derivatives[0] = (-K1 * y1) + (K3 * y2 * y3);
        derivatives[1] = (K1 * y1) - (K2 * y2 * y2) - (K3 * y2 * y3);
        derivatives[2] = K2 * y2 * y2;
    }
}

/// <summary>Robertson with its exact Jacobian.</summary>
internal sealed class RobertsonWithJacobian : Robertson, IOdeJacobian
{
    public void Jacobian(double time, ReadOnlySpan<double> state, Matrix<double> jacobian)
    {
        var (y2, y3) = (state[1], state[2]);
        jacobian[0, 0] = -K1;
        jacobian[0, 1] = K3 * y3;
        jacobian[0, 2] = K3 * y2;
        jacobian[1, 0] = K1;
        jacobian[1, 1] = (-2 * K2 * y2) - (K3 * y3);
        jacobian[1, 2] = -K3 * y2;
        jacobian[2, 0] = 0;
        jacobian[2, 1] = 2 * K2 * y2;
        jacobian[2, 2] = 0;
    }
}
