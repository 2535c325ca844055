using MathNet.Numerics.LinearAlgebra;

namespace MedTwin.Physiology.Ode;

/// <summary>
/// An <see cref="IOdeSystem"/> that also knows its Jacobian ∂f/∂y. Stiff solvers use it instead of finite differences,
/// which saves <see cref="IOdeSystem.Dimension"/> derivative evaluations per Jacobian and is exact.
/// </summary>
public interface IOdeJacobian : IOdeSystem
{
    /// <summary>
    /// Writes ∂f_i/∂y_j at (<paramref name="time"/>, <paramref name="state"/>) into <c>jacobian[i, j]</c>, a
    /// <see cref="IOdeSystem.Dimension"/>-square matrix that may hold values from an earlier call.
    /// </summary>
    void Jacobian(double time, ReadOnlySpan<double> state, Matrix<double> jacobian);
}
