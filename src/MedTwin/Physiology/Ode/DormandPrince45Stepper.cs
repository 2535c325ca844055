using static MedTwin.Physiology.Ode.DormandPrinceTableau;

namespace MedTwin.Physiology.Ode;

/// <summary>The Dormand–Prince 5(4) step (<see cref="DormandPrinceTableau"/>), advancing the fifth-order solution.</summary>
internal sealed class DormandPrince45Stepper : IOdeStepper
{
    private readonly DerivativeEvaluator evaluator;
    private readonly double[][] k;
    private readonly double[] stage;
    private readonly double[] error;
    private double[] state;
    private double[] proposed;
    private double stepStart;
    private double stepEnd;

    public DormandPrince45Stepper(DerivativeEvaluator evaluator)
    {
        this.evaluator = evaluator;
        var n = evaluator.Dimension;
        k = [.. Enumerable.Range(0, Stages).Select(_ => new double[n])];
        stage = new double[n];
        error = new double[n];
        state = new double[n];
        proposed = new double[n];
    }

    public int ErrorEstimatorOrder => 4;

    public int JacobianEvaluations => 0;

    public int LuDecompositions => 0;

    public ReadOnlySpan<double> State => state;

    public ReadOnlySpan<double> Derivative => k[0];

    public ReadOnlySpan<double> ProposedState => proposed;

    public void Start(double time, ReadOnlySpan<double> initial)
    {
        initial.CopyTo(state);
        evaluator.Evaluate(time, state, k[0]);
    }

    public double Attempt(double time, double nextTime, double relativeTolerance, double absoluteTolerance)
    {
        var step = nextTime - time;
        stepStart = time;
        stepEnd = nextTime;
        var n = state.Length;
        for (var s = 1; s < Stages; s++)
        {
            var target = s == Stages - 1 ? proposed : stage;
            var a = A[s];
            for (var i = 0; i < n; i++)
            {
                var sum = 0.0;
                for (var j = 0; j < s; j++)
                {
                    sum += a[j] * k[j][i];
                }

                target[i] = state[i] + (step * sum);
            }

            evaluator.Evaluate(s == Stages - 1 ? nextTime : time + (C[s] * step), target, k[s]);
        }

        for (var i = 0; i < n; i++)
        {
            var sum = 0.0;
            for (var j = 0; j < Stages; j++)
            {
                sum += E[j] * k[j][i];
            }

            error[i] = step * sum;
        }

        return ErrorNorm.Of(error, state, proposed, relativeTolerance, absoluteTolerance);
    }

    public void Interpolate(double time, Span<double> output)
    {
        if (time == stepEnd)
        {
            proposed.CopyTo(output);
            return;
        }

        var stepSize = stepEnd - stepStart;
        var theta = (time - stepStart) / stepSize;
        Span<double> weights = stackalloc double[Stages];
        for (var j = 0; j < Stages; j++)
        {
            var p = P[j];
            weights[j] = theta * (p[0] + (theta * (p[1] + (theta * (p[2] + (theta * p[3]))))));
        }

        for (var i = 0; i < state.Length; i++)
        {
            var sum = 0.0;
            for (var j = 0; j < Stages; j++)
            {
                sum += weights[j] * k[j][i];
            }

            output[i] = state[i] + (stepSize * sum);
        }
    }

    public void Advance()
    {
        (state, proposed) = (proposed, state);
        (k[0], k[Stages - 1]) = (k[Stages - 1], k[0]);
    }
}
