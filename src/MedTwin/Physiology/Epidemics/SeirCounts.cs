namespace MedTwin.Physiology.Epidemics;

/// <summary>Whole persons in each compartment of a stochastic SEIR model.</summary>
public sealed record SeirCounts
{
    /// <summary>Creates the counts, checking each is non-negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative; the message names it.</exception>
    public SeirCounts(int susceptible, int exposed, int infectious, int recovered)
    {
        Susceptible = susceptible >= 0 ? susceptible : throw Negative(nameof(susceptible), susceptible);
        Exposed = exposed >= 0 ? exposed : throw Negative(nameof(exposed), exposed);
        Infectious = infectious >= 0 ? infectious : throw Negative(nameof(infectious), infectious);
        Recovered = recovered >= 0 ? recovered : throw Negative(nameof(recovered), recovered);
    }

    /// <summary>Susceptible persons S.</summary>
    public int Susceptible { get; }

    /// <summary>Latently infected persons E.</summary>
    public int Exposed { get; }

    /// <summary>Infectious persons I.</summary>
    public int Infectious { get; }

    /// <summary>Recovered persons R.</summary>
    public int Recovered { get; }

    /// <summary>Population N = S + E + I + R (persons).</summary>
    public long Population => (long)Susceptible + Exposed + Infectious + Recovered;

    private static ArgumentOutOfRangeException Negative(string name, int value) => new(name, value, $"{name} must be zero or positive.");
}
