namespace MedTwin.Physiology.Epidemics;

/// <summary>Records a stochastic trajectory's piecewise-constant state on the grid as the simulation passes each day.</summary>
internal sealed class TrajectoryRecorder(double[] grid)
{
    private readonly int[] susceptible = new int[grid.Length];
    private readonly int[] exposed = new int[grid.Length];
    private readonly int[] infectious = new int[grid.Length];
    private readonly int[] recovered = new int[grid.Length];
    private int next;
    private int infections;

    /// <summary>Records (s, e, i, r) at every grid day before <paramref name="time"/>: it held since the last change.</summary>
    public void RecordBefore(double time, int s, int e, int i, int r)
    {
        while (next < grid.Length && grid[next] < time)
        {
            susceptible[next] = s;
            exposed[next] = e;
            infectious[next] = i;
            recovered[next] = r;
            next++;
        }
    }

    public void CountInfections(int count) => infections += count;

    public StochasticSeirTrajectory Finish(int seed, double? extinctionDay)
    {
        if (next < grid.Length)
        {
            throw new InvalidOperationException("The simulation ended before the last recorded day.");
        }

        return new StochasticSeirTrajectory(seed, grid, susceptible, exposed, infectious, recovered, infections, extinctionDay);
    }
}
