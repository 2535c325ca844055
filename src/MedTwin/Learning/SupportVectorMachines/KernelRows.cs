namespace MedTwin.Learning.SupportVectorMachines;

/// <summary>
/// The rows of Q, Qᵢⱼ = yᵢ yⱼ K(xᵢ, xⱼ), computed when the solver first asks for them and kept. They are stored as
/// 32-bit floats, as libsvm's kernel cache stores them, so that the solver takes libsvm's steps; the diagonal stays double.
/// Unlike libsvm's cache no row is ever evicted: memory grows up to n² floats (400 MB for 10,000 rows).
/// </summary>
internal sealed class KernelRows
{
    private readonly double[][] rows;
    private readonly sbyte[] signs;
    private readonly KernelFunction kernel;
    private readonly float[]?[] cache;

    public KernelRows(double[][] rows, sbyte[] signs, KernelFunction kernel)
    {
        this.rows = rows;
        this.signs = signs;
        this.kernel = kernel;
        cache = new float[]?[rows.Length];
        Diagonal = [.. rows.Select(row => kernel.Value(row, row))];
    }

    /// <summary>K(xᵢ, xᵢ) for every i.</summary>
    public double[] Diagonal { get; }

    public float[] Row(int i)
    {
        if (cache[i] is { } cached)
        {
            return cached;
        }

        var row = new float[rows.Length];
        for (var j = 0; j < row.Length; j++)
        {
            row[j] = (float)(signs[i] * signs[j] * kernel.Value(rows[i], rows[j]));
        }

        return cache[i] = row;
    }
}
