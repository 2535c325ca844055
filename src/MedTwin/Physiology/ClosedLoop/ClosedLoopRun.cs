using MedTwin.Physiology.Devices;
using MedTwin.Physiology.Glucose;

namespace MedTwin.Physiology.ClosedLoop;

/// <summary>The record of a <see cref="GlucoseClosedLoop"/> run: every control interval, the pump's log and the patient's final state.</summary>
public sealed class ClosedLoopRun
{
    internal ClosedLoopRun(VirtualPatient patient, IReadOnlyList<ClosedLoopStep> steps, IReadOnlyList<PumpDelivery> deliveries, double endMinutes, double endPlasmaGlucose)
    {
        Patient = patient;
        Steps = steps;
        Deliveries = deliveries;
        EndMinutes = endMinutes;
        EndPlasmaGlucoseMgPerDl = endPlasmaGlucose;
    }

    /// <summary>The patient simulated.</summary>
    public VirtualPatient Patient { get; }

    /// <summary>The control intervals, in time order.</summary>
    public IReadOnlyList<ClosedLoopStep> Steps { get; }

    /// <summary>The pump's requests and what it made of them, in time order.</summary>
    public IReadOnlyList<PumpDelivery> Deliveries { get; }

    /// <summary>The end of the run (min).</summary>
    public double EndMinutes { get; }

    /// <summary>Plasma glucose at <see cref="EndMinutes"/> (mg/dL).</summary>
    public double EndPlasmaGlucoseMgPerDl { get; }

    /// <summary>The decision times (min).</summary>
    public double[] Times => [.. Steps.Select(s => s.TimeMinutes)];

    /// <summary>Plasma glucose at each decision time (mg/dL).</summary>
    public double[] PlasmaGlucose => [.. Steps.Select(s => s.PlasmaGlucoseMgPerDl)];

    /// <summary>The CGM's reported value at each decision time (mg/dL).</summary>
    public double[] Cgm => [.. Steps.Select(s => s.Reading.ReportedMgPerDl)];

    /// <summary>All insulin delivered (U).</summary>
    public double TotalInsulinUnits => Steps.Sum(s => s.DeliveredUnits);
}
