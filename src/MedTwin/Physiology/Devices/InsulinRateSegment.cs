namespace MedTwin.Physiology.Devices;

/// <summary>A span over which the pump delivers insulin at a constant rate.</summary>
/// <param name="StartMinutes">Start of the span (min), inclusive.</param>
/// <param name="EndMinutes">End of the span (min), exclusive.</param>
/// <param name="UnitsPerMinute">Delivery rate, basal and bolus together (U/min).</param>
public sealed record InsulinRateSegment(double StartMinutes, double EndMinutes, double UnitsPerMinute);
