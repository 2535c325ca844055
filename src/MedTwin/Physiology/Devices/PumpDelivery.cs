namespace MedTwin.Physiology.Devices;

/// <summary>One request to the pump and what the pump made of it.</summary>
/// <param name="TimeMinutes">When the request took effect (min).</param>
/// <param name="Kind">What was asked for.</param>
/// <param name="Requested">The request: U for a bolus, U/h for a temporary basal, NaN for a return to the schedule.</param>
/// <param name="Delivered">What the pump delivers: U for a bolus, U/h for a temporary basal, NaN for a return to the schedule.</param>
/// <param name="WasCapped">True when the request exceeded the pump's maximum and was capped to it.</param>
/// <param name="WasRounded">True when the (capped) request was rounded down to the pump's increment.</param>
public sealed record PumpDelivery(double TimeMinutes, PumpDeliveryKind Kind, double Requested, double Delivered, bool WasCapped, bool WasRounded);
