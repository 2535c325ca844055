using MedTwin.Physiology.Ode;

namespace MedTwin.Physiology.Glucose;

/// <summary>
/// Simulates a <see cref="VirtualPatient"/> under a <see cref="GlucoseScenario"/> with the UVA/Padova 2008 model
/// (equations, units and sources on <see cref="UvaPadovaModel"/>), from the patient's basal state x0. Every change of
/// an input (a meal's start and end, a bolus) is a discontinuity where the solver stops exactly, so it integrates a
/// smooth system between them. Deterministic: the same inputs give bit-identical traces.
/// </summary>
/// <example>
/// <code>
/// var patients = new VirtualPatientCatalog(catalog.Open("uva-padova-patients", 1));
/// var scenario = new GlucoseScenario(horizon: 24 * 60, meals: [new Meal(start: 60, carbohydrate: 50)], boluses: [new InsulinBolus(60, 5)]);
/// var trace = GlucoseSimulation.Run(patients["adult#001"], scenario);
/// var peak = trace.PlasmaGlucose.Max();
/// </code>
/// </example>
public static class GlucoseSimulation
{
    /// <summary>Simulates <paramref name="patient"/> under <paramref name="scenario"/>; output every <see cref="GlucoseSimulationOptions.OutputInterval"/> min.</summary>
    /// <exception cref="OdeSolverException">The solver failed (it names the time).</exception>
    public static GlucoseTrace Run(VirtualPatient patient, GlucoseScenario scenario, GlucoseSimulationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(scenario);
        options ??= new GlucoseSimulationOptions();
        var model = new UvaPadovaModel(patient)
        {
            InsulinRate = scenario.BasalUnitsPerHour is { } basal
                ? InsulinUnits.ToPicomolesPerKilogram(basal / 60, patient.BodyWeight)
                : patient.U2ss,
        };
        var odeOptions = new OdeOptions
        {
            RelativeTolerance = options.RelativeTolerance,
            AbsoluteTolerance = options.AbsoluteTolerance,
            OutputTimes = Grid(scenario.Horizon, options.OutputInterval),
            Discontinuities = Discontinuities(model, patient, scenario),
            MaxSteps = 1_000_000,
        };
        var solution = options.Solver.Solve(model, 0, [.. patient.InitialState], scenario.Horizon, odeOptions);
        return new GlucoseTrace(patient, solution);
    }

    private static double[] Grid(double horizon, double interval)
    {
        var count = (int)Math.Floor((horizon / interval) + 1e-9) + 1;
        return [.. Enumerable.Range(0, count).Select(i => Math.Min(i * interval, horizon))];
    }

    /// <summary>Meal starts and ends and boluses, in time order; at a shared time a meal's end comes before the next one's start.</summary>
    private static List<OdeDiscontinuity> Discontinuities(UvaPadovaModel model, VirtualPatient patient, GlucoseScenario scenario)
    {
        var changes = new List<(double Time, int Order, OdeDiscontinuity Change)>();
        foreach (var meal in scenario.Meals)
        {
            var rate = meal.Carbohydrate * 1000 / meal.Duration;
            var amount = meal.Carbohydrate * 1000;
            changes.Add((meal.Start, 1, new OdeDiscontinuity
            {
                Time = meal.Start,
                Jump = (_, state) =>
                {
                    model.CarbohydrateRate = rate;
                    model.MealAmount = state[(int)UvaPadovaState.StomachSolid] + state[(int)UvaPadovaState.StomachLiquid] + amount;
                },
            }));
            if (meal.End < scenario.Horizon)
            {
                changes.Add((meal.End, 0, new OdeDiscontinuity { Time = meal.End, Jump = (_, _) => model.CarbohydrateRate = 0 }));
            }
        }

        foreach (var bolus in scenario.Boluses)
        {
            changes.Add((bolus.Time, 2, OdeDiscontinuity.Add(bolus.Time, (int)UvaPadovaState.SubcutaneousInsulin1, InsulinUnits.ToPicomolesPerKilogram(bolus.Units, patient.BodyWeight))));
        }

        return [.. changes.OrderBy(c => c.Time).ThenBy(c => c.Order).Select(c => c.Change)];
    }
}
