namespace MedTwin.Learning.SupportVectorMachines;

/// <summary>
/// Platt's sigmoid P(y = 1 | f) = 1 / (1 + exp(A f + B)) fitted to decision values f by maximum likelihood with
/// Platt's smoothed targets, using the Newton method with backtracking of Lin, Lin and Weng (2007), as libsvm's
/// <c>sigmoid_train</c> and <c>sigmoid_predict</c>.
/// </summary>
internal static class PlattScaling
{
    private const int MaxIterations = 100;
    private const double MinStep = 1e-10;
    private const double HessianRidge = 1e-12;
    private const double GradientTolerance = 1e-5;

    public static (double A, double B) Fit(IReadOnlyList<double> decisions, IReadOnlyList<double> labels)
    {
        var positives = labels.Count(label => label == 1);
        var negatives = labels.Count - positives;
        var high = (positives + 1.0) / (positives + 2.0);
        var low = 1.0 / (negatives + 2.0);
        var targets = labels.Select(label => label == 1 ? high : low).ToArray();
        var a = 0.0;
        var b = Math.Log((negatives + 1.0) / (positives + 1.0));
        var loss = Loss(decisions, targets, a, b);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            double h11 = HessianRidge, h22 = HessianRidge, h21 = 0, g1 = 0, g2 = 0;
            for (var i = 0; i < decisions.Count; i++)
            {
                var p = Probability(decisions[i], a, b);
                var d2 = p * (1 - p);
                h11 += decisions[i] * decisions[i] * d2;
                h22 += d2;
                h21 += decisions[i] * d2;
                var d1 = targets[i] - p;
                g1 += decisions[i] * d1;
                g2 += d1;
            }

            if (Math.Abs(g1) < GradientTolerance && Math.Abs(g2) < GradientTolerance)
            {
                break;
            }

            var determinant = (h11 * h22) - (h21 * h21);
            var stepA = -((h22 * g1) - (h21 * g2)) / determinant;
            var stepB = -((-h21 * g1) + (h11 * g2)) / determinant;
            var slope = (g1 * stepA) + (g2 * stepB);
            var step = 1.0;
            while (step >= MinStep)
            {
                var newLoss = Loss(decisions, targets, a + (step * stepA), b + (step * stepB));
                if (newLoss < loss + (0.0001 * step * slope))
                {
                    (a, b, loss) = (a + (step * stepA), b + (step * stepB), newLoss);
                    break;
                }

                step /= 2;
            }

            if (step < MinStep)
            {
                // libsvm stops here too: the line search cannot improve the fit any further.
                break;
            }
        }

        return (a, b);
    }

    /// <summary>The sigmoid, in the form that cannot overflow.</summary>
    public static double Probability(double decision, double a, double b)
    {
        var fApB = (decision * a) + b;
        return fApB >= 0 ? Math.Exp(-fApB) / (1.0 + Math.Exp(-fApB)) : 1.0 / (1 + Math.Exp(fApB));
    }

    private static double Loss(IReadOnlyList<double> decisions, double[] targets, double a, double b)
    {
        var loss = 0.0;
        for (var i = 0; i < decisions.Count; i++)
        {
            var fApB = (decisions[i] * a) + b;
            loss += fApB >= 0 ? (targets[i] * fApB) + Math.Log(1 + Math.Exp(-fApB)) : ((targets[i] - 1) * fApB) + Math.Log(1 + Math.Exp(fApB));
        }

        return loss;
    }
}
