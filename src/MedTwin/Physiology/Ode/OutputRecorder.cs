namespace MedTwin.Physiology.Ode;

/// <summary>Collects the reported solution: on the requested grid (read from dense output), or at every step.</summary>
internal sealed class OutputRecorder(IReadOnlyList<double>? grid, int dimension)
{
    private int next;

    public List<double> Times { get; } = new(grid?.Count ?? 64);

    public List<double[]> States { get; } = new(grid?.Count ?? 64);

    public bool EveryStep => grid is null;

    /// <summary>In every-step mode, records this state; on a grid, records the grid points equal to <paramref name="time"/>.</summary>
    public void At(double time, ReadOnlySpan<double> state)
    {
        if (grid is null)
        {
            Add(time, state);
            return;
        }

        while (next < grid.Count && grid[next] <= time)
        {
            Add(grid[next++], state);
        }
    }

    /// <summary>Records the grid points before <paramref name="limit"/> (or up to it, when <paramref name="inclusive"/>) from the last step's dense output.</summary>
    public void FromStep(IOdeStepper stepper, double limit, bool inclusive)
    {
        if (grid is null)
        {
            return;
        }

        while (next < grid.Count && (grid[next] < limit || (inclusive && grid[next] == limit)))
        {
            var state = new double[dimension];
            stepper.Interpolate(grid[next], state);
            Times.Add(grid[next++]);
            States.Add(state);
        }
    }

    private void Add(double time, ReadOnlySpan<double> state)
    {
        Times.Add(time);
        States.Add(state.ToArray());
    }
}
