using MathNet.Numerics.LinearAlgebra.Double;
using MathNet.Numerics.Providers.LinearAlgebra;

namespace MedTwin.Physiology.Ode;

/// <summary>
/// The modified Rosenbrock 2(3) step of Shampine &amp; Reichelt, "The MATLAB ODE Suite", SIAM J. Sci. Comput. 18 (1997)
/// 1–22, section 3 (MATLAB's ode23s): L-stable, second order, with a third-order error estimate that is FSAL, and a
/// free second-order continuous extension. One Jacobian and one LU of W = I − h·d·J per accepted step; a rejected step
/// keeps the Jacobian and factorises W again.
/// </summary>
internal sealed class Rosenbrock23Stepper : IOdeStepper
{
    private static readonly double D = 1 / (2 + Math.Sqrt(2));
    private static readonly double E32 = 6 + Math.Sqrt(2);
    private static readonly double SqrtEpsilon = Math.Sqrt(Math.Pow(2, -52));

    private readonly DerivativeEvaluator evaluator;
    private readonly IOdeJacobian? analytic;
    private readonly DenseMatrix jacobian;
    private readonly double[] iteration;
    private readonly int[] pivots;
    private readonly double[] timeDerivative;
    private readonly double[] f1;
    private readonly double[] k1;
    private readonly double[] k2;
    private readonly double[] k3;
    private readonly double[] work;
    private double[] state;
    private double[] derivative;
    private double[] proposed;
    private double[] proposedDerivative;
    private bool jacobianIsCurrent;
    private double stepStart;
    private double stepEnd;

    public Rosenbrock23Stepper(DerivativeEvaluator evaluator)
    {
        this.evaluator = evaluator;
        analytic = evaluator.System as IOdeJacobian;
        var n = evaluator.Dimension;
        jacobian = new DenseMatrix(n);
        iteration = new double[n * n];
        pivots = new int[n];
        timeDerivative = new double[n];
        f1 = new double[n];
        k1 = new double[n];
        k2 = new double[n];
        k3 = new double[n];
        work = new double[n];
        state = new double[n];
        derivative = new double[n];
        proposed = new double[n];
        proposedDerivative = new double[n];
    }

    public int ErrorEstimatorOrder => 2;

    public int JacobianEvaluations { get; private set; }

    public int LuDecompositions { get; private set; }

    public ReadOnlySpan<double> State => state;

    public ReadOnlySpan<double> Derivative => derivative;

    public ReadOnlySpan<double> ProposedState => proposed;

    public void Start(double time, ReadOnlySpan<double> initial)
    {
        initial.CopyTo(state);
        evaluator.Evaluate(time, state, derivative);
        jacobianIsCurrent = false;
    }

    public double Attempt(double time, double nextTime, double relativeTolerance, double absoluteTolerance)
    {
        var h = nextTime - time;
        var n = state.Length;
        stepStart = time;
        stepEnd = nextTime;
        if (!jacobianIsCurrent)
        {
            FormJacobian(time, h, relativeTolerance, absoluteTolerance);
        }

        FactoriseIteration(h);

        for (var i = 0; i < n; i++)
        {
            k1[i] = derivative[i] + (h * D * timeDerivative[i]);
        }

        Solve(k1);

        for (var i = 0; i < n; i++)
        {
            work[i] = state[i] + (0.5 * h * k1[i]);
        }

        evaluator.Evaluate(time + (0.5 * h), work, f1);
        for (var i = 0; i < n; i++)
        {
            k2[i] = f1[i] - k1[i];
        }

        Solve(k2);
        for (var i = 0; i < n; i++)
        {
            k2[i] += k1[i];
            proposed[i] = state[i] + (h * k2[i]);
        }

        evaluator.Evaluate(nextTime, proposed, proposedDerivative);
        for (var i = 0; i < n; i++)
        {
            k3[i] = proposedDerivative[i] - (E32 * (k2[i] - f1[i])) - (2 * (k1[i] - derivative[i])) + (h * D * timeDerivative[i]);
        }

        Solve(k3);
        for (var i = 0; i < n; i++)
        {
            work[i] = h / 6 * (k1[i] - (2 * k2[i]) + k3[i]);
        }

        return ErrorNorm.Of(work, state, proposed, relativeTolerance, absoluteTolerance);
    }

    public void Interpolate(double time, Span<double> output)
    {
        if (time == stepEnd)
        {
            proposed.CopyTo(output);
            return;
        }

        var h = stepEnd - stepStart;
        var s = (time - stepStart) / h;
        var w1 = s * (1 - s) / (1 - (2 * D));
        var w2 = s * (s - (2 * D)) / (1 - (2 * D));
        for (var i = 0; i < state.Length; i++)
        {
            output[i] = state[i] + (h * ((w1 * k1[i]) + (w2 * k2[i])));
        }
    }

    public void Advance()
    {
        (state, proposed) = (proposed, state);
        (derivative, proposedDerivative) = (proposedDerivative, derivative);
        jacobianIsCurrent = false;
    }

    private void FormJacobian(double time, double h, double relativeTolerance, double absoluteTolerance)
    {
        JacobianEvaluations++;
        var n = state.Length;

        // ∂f/∂t by a forward difference inside the step, as ode23s does: inputs are constant there, but f may still depend on t.
        var dt = Math.Min(SqrtEpsilon * Math.Max(Math.Abs(time), Math.Abs(time + h)), h);
        dt = time + dt - time;
        evaluator.Evaluate(time + dt, state, work);
        for (var i = 0; i < n; i++)
        {
            timeDerivative[i] = (work[i] - derivative[i]) / dt;
        }

        if (analytic is not null)
        {
            analytic.Jacobian(time, state, jacobian);
        }
        else
        {
            FiniteDifferenceJacobian(time, absoluteTolerance / relativeTolerance);
        }

        jacobianIsCurrent = true;
    }

    /// <summary>Forward differences by column; the increment scales with |y_j| but not below the threshold atol/rtol under which a component is noise (MATLAB's numjac).</summary>
    private void FiniteDifferenceJacobian(double time, double threshold)
    {
        var n = state.Length;
        var columns = jacobian.Values;
        var shifted = k3; // free until the step's third stage, so no buffer is allocated for it
        state.CopyTo(shifted, 0);
        for (var j = 0; j < n; j++)
        {
            var original = state[j];
            shifted[j] = original + (SqrtEpsilon * Math.Max(Math.Abs(original), threshold));
            var delta = shifted[j] - original;
            evaluator.Evaluate(time, shifted, work);
            for (var i = 0; i < n; i++)
            {
                columns[i + (j * n)] = (work[i] - derivative[i]) / delta;
            }

            shifted[j] = original;
        }
    }

    private void FactoriseIteration(double h)
    {
        LuDecompositions++;
        var columns = jacobian.Values;
        var n = state.Length;
        for (var index = 0; index < columns.Length; index++)
        {
            iteration[index] = (index % (n + 1) == 0 ? 1 : 0) - (h * D * columns[index]);
        }

        LinearAlgebraControl.Provider.LUFactor(iteration, n, pivots);
    }

    private void Solve(double[] rightHandSide) =>
        LinearAlgebraControl.Provider.LUSolveFactored(1, iteration, state.Length, pivots, rightHandSide);
}
