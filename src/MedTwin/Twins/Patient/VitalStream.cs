using MedTwin.Twins.Faults;
using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Patient;

/// <summary>One observation code's stream within a twin: its latest trusted reading, recent readings for the trend, and its fault detector.</summary>
internal sealed class VitalStream(ObservationCode code, TimeSpan trendWindow)
{
    private readonly Queue<Observation> recent = new();
    private readonly SensorFaultDetector detector = new(code.Faults);

    public ObservationCode Code { get; } = code;

    /// <summary>The latest reading taken as the patient's value (an impossible value is not).</summary>
    public Observation? Latest { get; private set; }

    /// <summary>The time of the latest reading in time order, trusted or not: an earlier one arriving later is late.</summary>
    public DateTimeOffset? LatestTime { get; private set; }

    public long Count { get; private set; }

    /// <summary>How long a reading stays current: until its sensor would be called dropped out.</summary>
    public TimeSpan FreshFor => Code.Faults.ExpectedInterval * Code.Faults.DropoutIntervals;

    public bool IsLate(Observation observation) => observation.Time < LatestTime;

    public bool IsFresh(DateTimeOffset now) => Latest is { } latest && now - latest.Time <= FreshFor;

    /// <summary>Takes a reading in time order and returns the faults it reveals.</summary>
    public IReadOnlyList<SensorFault> Take(Observation observation)
    {
        var faults = detector.Observe(observation.Time, observation.Value);
        Count++;
        LatestTime = observation.Time;
        if (faults.Any(f => f.Kind == SensorFaultKind.ImpossibleValue))
        {
            return faults;
        }

        Latest = observation;
        recent.Enqueue(observation);
        while (recent.Peek().Time < observation.Time - trendWindow)
        {
            recent.Dequeue();
        }

        return faults;
    }

    public IReadOnlyList<SensorFault> Check(DateTimeOffset now) => detector.Check(now);

    /// <summary>The least-squares slope of the readings in the trend window, per hour; null with fewer than two distinct times.</summary>
    public double? TrendPerHour()
    {
        if (recent.Count < 2)
        {
            return null;
        }

        var origin = recent.Peek().Time;
        double n = recent.Count, sumX = 0, sumY = 0, sumXX = 0, sumXY = 0;
        foreach (var reading in recent)
        {
            var x = (reading.Time - origin).TotalHours;
            sumX += x;
            sumY += reading.Value;
            sumXX += x * x;
            sumXY += x * reading.Value;
        }

        var spread = (n * sumXX) - (sumX * sumX);
        return spread <= 0 ? null : ((n * sumXY) - (sumX * sumY)) / spread;
    }
}
