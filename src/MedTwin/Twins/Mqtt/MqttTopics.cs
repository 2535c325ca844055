namespace MedTwin.Twins.Mqtt;

/// <summary>
/// The MQTT topics of patient twins: a twin reads observations from <c>medtwin/{patient}/obs</c> and publishes alerts to
/// <c>medtwin/{patient}/alerts</c> and control actions to <c>medtwin/{patient}/actions</c>. A patient id is one topic level:
/// not empty, at most <see cref="MaximumPatientIdLength"/> characters, without <c>/</c>, <c>+</c>, <c>#</c> or control characters.
/// </summary>
public static class MqttTopics
{
    /// <summary>The subscription that receives every patient's observations.</summary>
    public const string ObservationSubscription = Root + "/+/" + ObservationLevel;

    /// <summary>The longest patient id a topic carries.</summary>
    public const int MaximumPatientIdLength = 128;

    private const string Root = "medtwin";
    private const string ObservationLevel = "obs";

    /// <summary>The topic a patient's observations arrive on.</summary>
    /// <exception cref="ArgumentException">The patient id cannot be a topic level.</exception>
    public static string Observations(string patientId) => Topic(patientId, ObservationLevel);

    /// <summary>The topic a patient's alerts are published to.</summary>
    /// <exception cref="ArgumentException">The patient id cannot be a topic level.</exception>
    public static string Alerts(string patientId) => Topic(patientId, "alerts");

    /// <summary>The topic a patient's control actions are published to.</summary>
    /// <exception cref="ArgumentException">The patient id cannot be a topic level.</exception>
    public static string Actions(string patientId) => Topic(patientId, "actions");

    /// <summary>The patient of an observation topic (<c>medtwin/{patient}/obs</c>), or why the topic is not one.</summary>
    public static (string? PatientId, string? Problem) ReadObservationTopic(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var levels = topic.Split('/');
        if (levels.Length != 3 || levels[0] != Root || levels[2] != ObservationLevel)
        {
            return (null, $"topic '{Shorten(topic)}' is not an observation topic; expected {Root}/{{patient}}/{ObservationLevel}");
        }

        return PatientIdProblem(levels[1]) is { } problem ? (null, $"topic '{Shorten(topic)}': {problem}") : (levels[1], null);
    }

    /// <summary>Why <paramref name="patientId"/> cannot be a topic level, or null when it can.</summary>
    public static string? PatientIdProblem(string patientId)
    {
        ArgumentNullException.ThrowIfNull(patientId);
        if (patientId.Length == 0)
        {
            return "the patient id is empty";
        }

        if (patientId.Length > MaximumPatientIdLength)
        {
            return $"the patient id is {patientId.Length} characters long; at most {MaximumPatientIdLength}";
        }

        var index = patientId.AsSpan().IndexOfAny("/+#");
        if (index >= 0)
        {
            return $"the patient id '{Shorten(patientId)}' contains '{patientId[index]}' at {index}, which MQTT reserves";
        }

        foreach (var character in patientId)
        {
            if (char.IsControl(character))
            {
                return $"the patient id contains the control character U+{(int)character:X4}";
            }
        }

        return null;
    }

    private static string Topic(string patientId, string level)
    {
        if (PatientIdProblem(patientId) is { } problem)
        {
            throw new ArgumentException($"Cannot make an MQTT topic: {problem}.", nameof(patientId));
        }

        return $"{Root}/{patientId}/{level}";
    }

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
