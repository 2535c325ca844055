namespace MedTwin.Physiology.Pharmacokinetics;

/// <summary>Concentrations under a regimen as the sum of every dose's contribution (the models are linear).</summary>
public static class Superposition
{
    /// <summary>The concentration (mg/L) at <paramref name="time"/> (h) under <paramref name="regimen"/>.</summary>
    public static double Concentration(this IPharmacokineticModel model, DosingRegimen regimen, double time)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(regimen);
        var total = 0.0;
        foreach (var dose in regimen.Doses)
        {
            total += model.Concentration(dose, time);
        }

        return total;
    }

    /// <summary>The concentrations (mg/L) at each of <paramref name="times"/> (h) under <paramref name="regimen"/>.</summary>
    public static double[] Concentrations(this IPharmacokineticModel model, DosingRegimen regimen, IEnumerable<double> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        return [.. times.Select(t => model.Concentration(regimen, t))];
    }
}
