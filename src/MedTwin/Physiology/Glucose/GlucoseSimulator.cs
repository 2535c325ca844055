using System.Globalization;
using MedTwin.Physiology.Ode;

namespace MedTwin.Physiology.Glucose;

/// <summary>
/// A <see cref="VirtualPatient"/> simulated step by step with the UVA/Padova model (<see cref="UvaPadovaModel"/>), for
/// a closed loop whose insulin rate is decided as time goes on. It starts from the patient's basal state x0 at time 0;
/// each <see cref="Advance"/> holds the insulin rate constant up to a later time. Meals are known in advance and
/// enter as in <see cref="GlucoseSimulation"/>: each meal's start and end is a discontinuity where the solver stops
/// exactly. Deterministic: the same meals and the same calls give bit-identical states.
/// </summary>
public sealed class GlucoseSimulator
{
    private readonly VirtualPatient patient;
    private readonly IReadOnlyList<Meal> meals;
    private readonly GlucoseSimulationOptions options;
    private readonly UvaPadovaModel model;
    private double[] state;

    /// <summary>The patient at time 0 in its basal state, with <paramref name="meals"/> (which must not overlap) to come.</summary>
    /// <exception cref="ArgumentException">Two meals overlap, or the list contains null.</exception>
    public GlucoseSimulator(VirtualPatient patient, IEnumerable<Meal> meals, GlucoseSimulationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(meals);
        var ordered = meals.Select(m => m ?? throw new ArgumentException("A meal is null.", nameof(meals))).OrderBy(m => m.Start).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Start < ordered[i - 1].End)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The meal at {ordered[i].Start} min begins before the meal at {ordered[i - 1].Start} min ends ({ordered[i - 1].End} min); meals must not overlap."), nameof(meals));
            }
        }

        this.patient = patient;
        this.meals = ordered;
        this.options = options ?? new GlucoseSimulationOptions();
        model = new UvaPadovaModel(patient);
        state = [.. patient.InitialState];
    }

    /// <summary>The simulated time (min).</summary>
    public double TimeMinutes { get; private set; }

    /// <summary>Plasma glucose G = Gp/Vg (mg/dL) now.</summary>
    public double PlasmaGlucose => state[(int)UvaPadovaState.PlasmaGlucose] / patient.Vg;

    /// <summary>Subcutaneous glucose Gs/Vg (mg/dL) now.</summary>
    public double SubcutaneousGlucose => state[(int)UvaPadovaState.SubcutaneousGlucose] / patient.Vg;

    /// <summary>All 13 states now, in <see cref="UvaPadovaState"/> order and units.</summary>
    public IReadOnlyList<double> State => state;

    /// <summary>Advances to <paramref name="toMinutes"/> with subcutaneous insulin infused at <paramref name="insulinUnitsPerMinute"/> U/min throughout.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The time is not after <see cref="TimeMinutes"/>, or the rate is negative; either not finite.</exception>
    /// <exception cref="OdeSolverException">The solver failed (it names the time).</exception>
    public void Advance(double toMinutes, double insulinUnitsPerMinute)
    {
        if (!double.IsFinite(toMinutes) || toMinutes <= TimeMinutes)
        {
            throw new ArgumentOutOfRangeException(nameof(toMinutes), toMinutes, string.Create(CultureInfo.InvariantCulture, $"The simulation is at {TimeMinutes} min; it advances only to a later, finite time."));
        }

        model.InsulinRate = InsulinUnits.ToPicomolesPerKilogram(GlucoseInputCheck.NonNegative(insulinUnitsPerMinute, nameof(insulinUnitsPerMinute), "The insulin rate (U/min)"), patient.BodyWeight);
        var from = TimeMinutes;
        foreach (var change in MealChanges(from, toMinutes).Where(c => c.Time == from))
        {
            change.Jump!(from, state);
        }

        var odeOptions = new OdeOptions
        {
            RelativeTolerance = options.RelativeTolerance,
            AbsoluteTolerance = options.AbsoluteTolerance,
            OutputTimes = [toMinutes],
            Discontinuities = [.. MealChanges(from, toMinutes).Where(c => c.Time > from)],
        };
        var solution = options.Solver.Solve(model, from, state, toMinutes, odeOptions);
        state = [.. solution.States[^1]];
        TimeMinutes = toMinutes;
    }

    /// <summary>The meal starts and ends in [from, to), in time order; at a shared time a meal's end comes before the next one's start.</summary>
    private IEnumerable<OdeDiscontinuity> MealChanges(double from, double to)
    {
        var changes = new List<(double Time, int Order, OdeDiscontinuity Change)>();
        foreach (var meal in meals)
        {
            if (meal.Start >= from && meal.Start < to)
            {
                var rate = meal.Carbohydrate * 1000 / meal.Duration;
                var amount = meal.Carbohydrate * 1000;
                changes.Add((meal.Start, 1, new OdeDiscontinuity
                {
                    Time = meal.Start,
                    Jump = (_, x) =>
                    {
                        model.CarbohydrateRate = rate;
                        model.MealAmount = x[(int)UvaPadovaState.StomachSolid] + x[(int)UvaPadovaState.StomachLiquid] + amount;
                    },
                }));
            }

            if (meal.End >= from && meal.End < to)
            {
                changes.Add((meal.End, 0, new OdeDiscontinuity { Time = meal.End, Jump = (_, _) => model.CarbohydrateRate = 0 }));
            }
        }

        return changes.OrderBy(c => c.Time).ThenBy(c => c.Order).Select(c => c.Change);
    }
}
