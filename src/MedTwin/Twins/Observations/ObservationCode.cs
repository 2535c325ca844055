using MedTwin.Data.Units;
using MedTwin.Twins.Faults;

namespace MedTwin.Twins.Observations;

/// <summary>
/// What the twin knows about one kind of observation: its LOINC code and name, the UCUM unit it keeps values in (any
/// compatible unit is converted to it on arrival), and what its sensor is expected to do.
/// </summary>
/// <param name="Code">The LOINC code.</param>
/// <param name="Name">A short name for charts and alerts ("Pulse").</param>
/// <param name="Unit">The UCUM unit values are normalised to.</param>
/// <param name="Faults">The sensor's expected interval, plausible range (in <paramref name="Unit"/>) and fastest physiological change.</param>
/// <param name="Analyte">The analyte, when a conversion between mass and amount of substance needs its molar mass (glucose in mmol/L).</param>
/// <param name="WholeNumbers">The values are codes (ACVPU 0–4): a fractional value is malformed.</param>
public sealed record ObservationCode(string Code, string Name, string Unit, SensorFaultOptions Faults, Analyte? Analyte = null, bool WholeNumbers = false);
