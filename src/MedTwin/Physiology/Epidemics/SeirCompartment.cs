namespace MedTwin.Physiology.Epidemics;

/// <summary>Indices of the deterministic SEIR state vector (all in persons).</summary>
internal static class SeirCompartment
{
    public const int Susceptible = 0;
    public const int Vaccinated = 1;
    public const int Exposed = 2;
    public const int Infectious = 3;
    public const int Recovered = 4;
    public const int CumulativeInfections = 5;
    public const int Count = 6;
}
