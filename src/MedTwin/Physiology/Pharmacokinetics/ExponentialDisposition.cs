namespace MedTwin.Physiology.Pharmacokinetics;

/// <summary>
/// A linear disposition written as its unit impulse response, C(t) = Σ cᵢ·e^(−λᵢ·t) per mg put in the central
/// compartment. Bolus, infusion and first-order absorption are then closed-form integrals of it (Gibaldi &amp; Perrier,
/// ch. 1-2): infusion at rate R for T h gives Σ cᵢ·R/λᵢ·(1 − e^(−λᵢ·min(t,T)))·e^(−λᵢ·max(t−T,0)); an oral amount D with
/// bioavailability F and absorption rate ka gives Σ cᵢ·F·D·ka·(e^(−λᵢ·t) − e^(−ka·t))/(ka − λᵢ).
/// </summary>
internal sealed record ExponentialDisposition(double[] Coefficients, double[] Rates)
{
    public double Concentration(Dose dose, double time, double? absorptionRate, double bioavailability, double lagTime)
    {
        var elapsed = time - dose.Time;
        return dose.Route switch
        {
            DoseRoute.IntravenousBolus => elapsed < 0 ? 0 : dose.Amount * Sum(i => Math.Exp(-Rates[i] * elapsed)),
            DoseRoute.Infusion => elapsed <= 0 ? 0 : Infusion(dose, elapsed),
            _ => Oral(dose, elapsed - lagTime, absorptionRate, bioavailability),
        };
    }

    private double Infusion(Dose dose, double elapsed)
    {
        var rate = dose.Amount / dose.InfusionDuration;
        var during = Math.Min(elapsed, dose.InfusionDuration);
        var after = Math.Max(elapsed - dose.InfusionDuration, 0);
        return rate * Sum(i => -ExpMinusOne(-Rates[i] * during) / Rates[i] * Math.Exp(-Rates[i] * after));
    }

    private double Oral(Dose dose, double elapsed, double? absorptionRate, double bioavailability)
    {
        if (absorptionRate is not { } ka)
        {
            throw new InvalidOperationException("An oral dose needs the model's AbsorptionRate (ka); it was not given.");
        }

        return elapsed <= 0 ? 0 : bioavailability * dose.Amount * ka * Sum(i => BatemanKernel(Rates[i], ka, elapsed));
    }

    /// <summary>
    /// (e^(−λt) − e^(−ka·t))/(ka − λ) written as e^(−λt)·(1 − e^(−(ka−λ)t))/(ka − λ), so it stays accurate as ka → λ
    /// and tends to t·e^(−λt) there instead of 0/0.
    /// </summary>
    private static double BatemanKernel(double rate, double ka, double t)
    {
        var difference = ka - rate;
        var x = difference * t;
        var ratio = x == 0 ? t : -ExpMinusOne(-x) / difference;
        return Math.Exp(-rate * t) * ratio;
    }

    private double Sum(Func<int, double> termWithoutCoefficient)
    {
        var total = 0.0;
        for (var i = 0; i < Rates.Length; i++)
        {
            total += Coefficients[i] * termWithoutCoefficient(i);
        }

        return total;
    }

    /// <summary>e^x − 1 without the cancellation of Math.Exp(x) − 1 near 0 (.NET has no expm1).</summary>
    internal static double ExpMinusOne(double x) =>
        Math.Abs(x) < 1e-5 ? x * (1 + (x / 2 * (1 + (x / 3)))) : Math.Exp(x) - 1;
}
