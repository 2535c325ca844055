namespace MedTwin.Twins.Simulation;

/// <summary>
/// A sensor fault a simulation injects on purpose, so that a study can show the twin noticing it. Times are from the
/// start of the simulation. A fault changes only the readings it covers: the noise of every other reading is the same
/// with and without it.
/// </summary>
public abstract record InjectedFault;
