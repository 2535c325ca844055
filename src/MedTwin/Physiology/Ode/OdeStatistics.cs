namespace MedTwin.Physiology.Ode;

/// <summary>The work a solve took.</summary>
/// <param name="Steps">Accepted steps.</param>
/// <param name="RejectedSteps">Steps rejected by the error test and retried smaller.</param>
/// <param name="FunctionEvaluations">Evaluations of f(t, y), finite-difference Jacobians included.</param>
/// <param name="JacobianEvaluations">Jacobians formed, analytically or by finite differences (stiff solvers only).</param>
/// <param name="LuDecompositions">LU factorisations of the iteration matrix (stiff solvers only).</param>
public sealed record OdeStatistics(int Steps, int RejectedSteps, int FunctionEvaluations, int JacobianEvaluations, int LuDecompositions);
