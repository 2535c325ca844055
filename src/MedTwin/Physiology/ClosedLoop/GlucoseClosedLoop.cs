using System.Globalization;
using MedTwin.Physiology.Controllers;
using MedTwin.Physiology.Devices;
using MedTwin.Physiology.Glucose;

namespace MedTwin.Physiology.ClosedLoop;

/// <summary>
/// Runs a virtual patient in a control loop, as simglucose's environment steps: at every control interval the CGM
/// reads the patient's plasma glucose (the sensor applies its own blood-to-interstitium lag and noise), the controller
/// proposes from the reading and the meals that start in the interval (announced; a controller may ignore them), the
/// pump sets the proposed basal as a temporary rate and gives any bolus, and the patient advances through the pump's
/// piecewise-constant delivery. Deterministic: the same patient, meals, fresh devices and controller (and the same
/// sensor seed) give bit-identical runs.
/// </summary>
/// <example>
/// <code>
/// var loop = GlucoseClosedLoop.Run(
///     patients["adult#001"], GlucoseScenario.ThreeMealsADay(3).Meals, 3 * 1440,
///     new PidController(new PidControllerOptions { BasalUnitsPerHour = 1.2 }),
///     new InsulinPump(new InsulinPumpOptions(), BasalSchedule.Constant(0)),
///     new CgmSensor(new CgmSensorOptions(), seed: 42));
/// var lowest = loop.PlasmaGlucose.Min();
/// </code>
/// </example>
public static class GlucoseClosedLoop
{
    /// <summary>
    /// Runs <paramref name="patient"/> with <paramref name="meals"/> from time 0 to <paramref name="horizonMinutes"/>,
    /// a whole number of <paramref name="controlIntervalMinutes"/> (which must equal the sensor's sampling interval).
    /// The pump and sensor must be new: the run makes their first requests and readings.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The interval is not positive, or the horizon not a positive whole number of intervals; or the sensor's sampling interval differs.</exception>
    /// <exception cref="ArgumentException">Meals overlap or start at or after the horizon, or the pump has already been used.</exception>
    public static ClosedLoopRun Run(
        VirtualPatient patient,
        IEnumerable<Meal> meals,
        double horizonMinutes,
        IGlucoseController controller,
        InsulinPump pump,
        CgmSensor sensor,
        double controlIntervalMinutes = 5,
        GlucoseSimulationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(meals);
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(pump);
        ArgumentNullException.ThrowIfNull(sensor);
        var intervals = IntervalCount(horizonMinutes, controlIntervalMinutes);
        var mealList = meals.ToList();
        if (mealList.FirstOrDefault(m => m is not null && m.Start >= horizonMinutes) is { } late)
        {
            throw new ArgumentException(Text($"The meal at {late.Start} min starts at or after the horizon {horizonMinutes} min."), nameof(meals));
        }

        if (pump.Deliveries.Count > 0)
        {
            throw new ArgumentException(Text($"The pump has {pump.Deliveries.Count} requests already; a run needs a new pump."), nameof(pump));
        }

        var simulator = new GlucoseSimulator(patient, mealList, options);
        var steps = new List<ClosedLoopStep>(intervals);
        for (var k = 0; k < intervals; k++)
        {
            var start = k * controlIntervalMinutes;
            var end = (k + 1) * controlIntervalMinutes;
            var glucose = simulator.PlasmaGlucose;
            var reading = sensor.Read(start, glucose);
            var carbs = mealList.Where(m => m.Start >= start && m.Start < end).Sum(m => m.Carbohydrate);
            var proposal = controller.Propose(new ControllerInput(start, reading.ReportedMgPerDl, carbs));
            pump.SetTemporaryBasal(start, proposal.BasalUnitsPerHour);
            if (proposal.BolusUnits > 0)
            {
                pump.Bolus(start, proposal.BolusUnits);
            }

            var delivered = 0.0;
            foreach (var segment in pump.RateSegments(start, end))
            {
                simulator.Advance(segment.EndMinutes, segment.UnitsPerMinute);
                delivered += segment.UnitsPerMinute * (segment.EndMinutes - segment.StartMinutes);
            }

            steps.Add(new ClosedLoopStep(start, glucose, reading, carbs, proposal, delivered));
        }

        return new ClosedLoopRun(patient, steps, [.. pump.Deliveries], simulator.TimeMinutes, simulator.PlasmaGlucose);
    }

    private static int IntervalCount(double horizonMinutes, double controlIntervalMinutes)
    {
        if (!double.IsFinite(controlIntervalMinutes) || controlIntervalMinutes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(controlIntervalMinutes), controlIntervalMinutes, "The control interval (min) must be positive and finite.");
        }

        var count = double.IsFinite(horizonMinutes) ? Math.Round(horizonMinutes / controlIntervalMinutes) : double.NaN;
        return count >= 1 && Math.Abs((count * controlIntervalMinutes) - horizonMinutes) <= 1e-9 * horizonMinutes && count <= int.MaxValue
            ? (int)count
            : throw new ArgumentOutOfRangeException(nameof(horizonMinutes), horizonMinutes, Text($"The horizon must be a positive whole number of control intervals ({controlIntervalMinutes} min)."));
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
