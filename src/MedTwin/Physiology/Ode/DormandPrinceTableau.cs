namespace MedTwin.Physiology.Ode;

/// <summary>
/// The Butcher tableau of Dormand &amp; Prince, "A family of embedded Runge–Kutta formulae", J. Comput. Appl. Math. 6
/// (1980) 19–26, as given in Hairer, Nørsett &amp; Wanner I, table II.5.2, with the fourth-order continuous extension
/// used by SciPy's RK45 (its matrix P).
/// </summary>
internal static class DormandPrinceTableau
{
    public const int Stages = 7;

    public static readonly double[] C = [0, 1.0 / 5, 3.0 / 10, 4.0 / 5, 8.0 / 9, 1, 1];

    public static readonly double[][] A =
    [
        [],
        [1.0 / 5],
        [3.0 / 40, 9.0 / 40],
        [44.0 / 45, -56.0 / 15, 32.0 / 9],
        [19372.0 / 6561, -25360.0 / 2187, 64448.0 / 6561, -212.0 / 729],
        [9017.0 / 3168, -355.0 / 33, 46732.0 / 5247, 49.0 / 176, -5103.0 / 18656],
        [35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84],
    ];

    /// <summary>Fifth-order weights; equal to the last row of <see cref="A"/>, which makes the method FSAL.</summary>
    public static readonly double[] B = [35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84, 0];

    /// <summary>Fifth- minus fourth-order weights: the local error estimate is h·Σ E_j k_j.</summary>
    public static readonly double[] E = [-71.0 / 57600, 0, 71.0 / 16695, -71.0 / 1920, 17253.0 / 339200, -22.0 / 525, 1.0 / 40];

    /// <summary>y(t + θh) = y + h·Σ_j k_j·Σ_m P[j][m]·θ^(m+1).</summary>
    public static readonly double[][] P =
    [
        [1, -8048581381.0 / 2820520608, 8663915743.0 / 2820520608, -12715105075.0 / 11282082432],
        [0, 0, 0, 0],
        [0, 131558114200.0 / 32700410799, -68118460800.0 / 10900136933, 87487479700.0 / 32700410799],
        [0, -1754552775.0 / 470086768, 14199869525.0 / 1410260304, -10690763975.0 / 1880347072],
        [0, 127303824393.0 / 49829197408, -318862633887.0 / 49829197408, 701980252875.0 / 199316789632],
        [0, -282668133.0 / 205662961, 2019193451.0 / 616988883, -1453857185.0 / 822651844],
        [0, 40617522.0 / 29380423, -110615467.0 / 29380423, 69997945.0 / 29380423],
    ];
}
