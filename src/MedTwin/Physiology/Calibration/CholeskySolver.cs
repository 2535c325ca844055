namespace MedTwin.Physiology.Calibration;

/// <summary>Solves small symmetric positive-definite systems, reporting failure instead of throwing.</summary>
internal static class CholeskySolver
{
    /// <summary>Solves a·x = b; false when a is not numerically positive definite.</summary>
    public static bool TrySolve(double[,] a, double[] b, out double[] x)
    {
        var n = b.Length;
        var lower = new double[n, n];
        x = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = a[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= lower[i, k] * lower[j, k];
                }

                if (i == j)
                {
                    if (!(sum > 0))
                    {
                        return false;
                    }

                    lower[i, i] = Math.Sqrt(sum);
                }
                else
                {
                    lower[i, j] = sum / lower[j, j];
                }
            }
        }

        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = b[i];
            for (var k = 0; k < i; k++)
            {
                sum -= lower[i, k] * y[k];
            }

            y[i] = sum / lower[i, i];
        }

        for (var i = n - 1; i >= 0; i--)
        {
            var sum = y[i];
            for (var k = i + 1; k < n; k++)
            {
                sum -= lower[k, i] * x[k];
            }

            x[i] = sum / lower[i, i];
        }

        return true;
    }
}
