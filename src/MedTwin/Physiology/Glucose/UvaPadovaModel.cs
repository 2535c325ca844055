using MedTwin.Physiology.Ode;

namespace MedTwin.Physiology.Glucose;

/// <summary>
/// The UVA/Padova 2008 type 1 diabetes model (Dalla Man, Rizza &amp; Cobelli 2007, IEEE TBME 54(10):1740–1749;
/// Dalla Man et al. 2007, J Diabetes Sci Technol 1(3):323–330, "GIM"; Kovatchev et al. 2009, JDST 3(1):44–55), with
/// the equations of simglucose's T1DPatient. States in <see cref="UvaPadovaState"/> order; time in min; glucose in
/// mg/kg (stomach and gut in mg), insulin in pmol/kg (X, I1, Id in pmol/L). Inputs, piecewise constant: carbohydrate
/// intake CHO (mg/min; g × 1000) and subcutaneous insulin u (pmol/kg/min; U/min × 6000/BW).
/// <code>
/// Qsto1' = −kmax·Qsto1 + CHO
/// Qsto2' = kmax·Qsto1 − kempt·Qsto2
/// Qgut'  = kempt·Qsto2 − kabs·Qgut
///   kempt = kmin + (kmax − kmin)/2·[tanh(α(Qsto − b·D̄)) − tanh(β(Qsto − d·D̄)) + 2],  Qsto = Qsto1 + Qsto2,
///   α = 5/(2·D̄·(1 − b)), β = 5/(2·D̄·d); kempt = kmax while D̄ = 0 (before any meal).
///   D̄ (mg) = Qsto when the current meal began + the meal's carbohydrate (simglucose adds the carbohydrate
///   minute by minute as it is eaten, so its D̄ is smaller during the meal; once the meal is eaten the two agree).
/// Gp' = max(EGP, 0) + Ra − Fsnc − E − k1·Gp + k2·Gt
///   EGP = kp1 − kp2·Gp − kp3·Id,  Ra = f·kabs·Qgut/BW,  E = ke1·(Gp − ke2) if Gp &gt; ke2, else 0
/// Gt' = −(Vm0 + Vmx·X)·Gt/(Km0 + Gt) + k1·Gp − k2·Gt
/// Ip' = −(m2 + m4)·Ip + m1·Il + ka1·Isc1 + ka2·Isc2,   I = Ip/Vi (pmol/L)
/// X'  = −p2u·X + p2u·(I − Ib)
/// I1' = −ki·(I1 − I),   Id' = −ki·(Id − I1)
/// Il' = −(m1 + m30)·Il + m2·Ip
/// Isc1' = u − (kd + ka1)·Isc1,   Isc2' = kd·Isc1 − ka2·Isc2
/// Gs' = −ksc·(Gs − Gp)
/// </code>
/// Plasma glucose G = Gp/Vg (mg/dL); a sensor reads Gs/Vg. simglucose additionally zeroes the derivative of a state
/// that has become negative; physiological inputs never make one negative, so that guard is left out here.
/// </summary>
internal sealed class UvaPadovaModel(VirtualPatient patient) : IOdeSystem
{
    private const int Qsto1 = 0, Qsto2 = 1, Qgut = 2, Gp = 3, Gt = 4, Ip = 5, X = 6, I1 = 7, Id = 8, Il = 9, Isc1 = 10, Isc2 = 11, Gs = 12;

    private readonly VirtualPatient p = patient;

    /// <summary>Carbohydrate intake (mg/min).</summary>
    public double CarbohydrateRate { get; set; }

    /// <summary>Subcutaneous insulin infusion (pmol/kg/min).</summary>
    public double InsulinRate { get; set; }

    /// <summary>D̄, the amount (mg) the gastric emptying of the current meal is scaled to; 0 before any meal.</summary>
    public double MealAmount { get; set; }

    public int Dimension => 13;

    public void Derivatives(double time, ReadOnlySpan<double> x, Span<double> dx)
    {
        var kempt = GastricEmptying(x[Qsto1] + x[Qsto2]);
        dx[Qsto1] = (-p.Kmax * x[Qsto1]) + CarbohydrateRate;
        dx[Qsto2] = (p.Kmax * x[Qsto1]) - (kempt * x[Qsto2]);
        dx[Qgut] = (kempt * x[Qsto2]) - (p.Kabs * x[Qgut]);

        var appearance = p.F * p.Kabs * x[Qgut] / p.BodyWeight;
        var production = Math.Max(p.Kp1 - (p.Kp2 * x[Gp]) - (p.Kp3 * x[Id]), 0);
        var excretion = x[Gp] > p.Ke2 ? p.Ke1 * (x[Gp] - p.Ke2) : 0;
        dx[Gp] = production + appearance - p.Fsnc - excretion - (p.K1 * x[Gp]) + (p.K2 * x[Gt]);

        var utilisation = (p.Vm0 + (p.Vmx * x[X])) * x[Gt] / (p.Km0 + x[Gt]);
        dx[Gt] = -utilisation + (p.K1 * x[Gp]) - (p.K2 * x[Gt]);

        dx[Ip] = (-(p.M2 + p.M4) * x[Ip]) + (p.M1 * x[Il]) + (p.Ka1 * x[Isc1]) + (p.Ka2 * x[Isc2]);
        var insulin = x[Ip] / p.Vi;
        dx[X] = (-p.P2u * x[X]) + (p.P2u * (insulin - p.Ib));
        dx[I1] = -p.Ki * (x[I1] - insulin);
        dx[Id] = -p.Ki * (x[Id] - x[I1]);
        dx[Il] = (-(p.M1 + p.M30) * x[Il]) + (p.M2 * x[Ip]);

        dx[Isc1] = InsulinRate - ((p.Kd + p.Ka1) * x[Isc1]);
        dx[Isc2] = (p.Kd * x[Isc1]) - (p.Ka2 * x[Isc2]);
        dx[Gs] = -p.Ksc * (x[Gs] - x[Gp]);
    }

    private double GastricEmptying(double stomach)
    {
        if (MealAmount <= 0)
        {
            return p.Kmax;
        }

        var alpha = 5 / (2 * MealAmount * (1 - p.B));
        var beta = 5 / (2 * MealAmount * p.D);
        return p.Kmin + ((p.Kmax - p.Kmin) / 2 * (Math.Tanh(alpha * (stomach - (p.B * MealAmount))) - Math.Tanh(beta * (stomach - (p.D * MealAmount))) + 2));
    }
}
