using MedTwin.Physiology.Controllers;
using MedTwin.Physiology.Devices;

namespace MedTwin.Physiology.ClosedLoop;

/// <summary>One control interval of a <see cref="GlucoseClosedLoop"/>: what the patient was, what the sensor read, what the controller proposed and what the pump delivered.</summary>
/// <param name="TimeMinutes">Start of the interval, the decision time (min).</param>
/// <param name="PlasmaGlucoseMgPerDl">The patient's plasma glucose at the decision time (mg/dL), what the sensor measured.</param>
/// <param name="Reading">The CGM reading the controller saw.</param>
/// <param name="AnnouncedCarbsGrams">Carbohydrates of the meals starting in this interval, announced to the controller (g).</param>
/// <param name="Proposal">The controller's proposal.</param>
/// <param name="DeliveredUnits">Insulin the pump delivered over the interval, basal and bolus (U).</param>
public sealed record ClosedLoopStep(double TimeMinutes, double PlasmaGlucoseMgPerDl, CgmReading Reading, double AnnouncedCarbsGrams, InsulinProposal Proposal, double DeliveredUnits);
