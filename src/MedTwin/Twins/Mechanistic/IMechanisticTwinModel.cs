using MedTwin.Twins.Actions;

namespace MedTwin.Twins.Mechanistic;

/// <summary>
/// A mechanistic model of the patient that a twin runs forward in time beside the observations: it predicts one
/// observed quantity and takes the twin's control actions as its inputs.
/// </summary>
public interface IMechanisticTwinModel
{
    /// <summary>The model's name, for alerts and the state.</summary>
    string Name { get; }

    /// <summary>The observation code it predicts, in that code's unit.</summary>
    string PredictedCode { get; }

    /// <summary>Runs the model forward to <paramref name="time"/> (never backward) and returns its prediction there.</summary>
    double PredictAt(DateTimeOffset time);

    /// <summary>Takes an action the twin proposed as delivered from its time on.</summary>
    void Apply(ControlAction action);

    /// <summary>The model's state variables now, by name, in a fixed order.</summary>
    IReadOnlyList<KeyValuePair<string, double>> State { get; }
}
