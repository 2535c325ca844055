using System.Buffers;
using System.Text;
using MedTwin.Twins.Messages;
using MedTwin.Twins.Observations;

namespace MedTwin.Twins.Mqtt;

/// <summary>
/// A message that arrived on an observation topic, as the transport hands it to the twin: the text of its payload, or,
/// when the payload is too large, not UTF-8 or on a topic no patient can be read from, the reason it cannot be an
/// observation. Nothing that arrives is dropped: the twin decides, logs and counts.
/// </summary>
public sealed class ReceivedObservationMessage
{
    /// <summary>The largest payload read by default, in bytes: room for the longest observation text in any UTF-8.</summary>
    public const int DefaultMaximumPayloadBytes = 4 * ObservationMessage.MaximumLength;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private ReceivedObservationMessage(string topic, string patientId, string? payload, ObservationRejection? rejection, bool isRedelivery)
    {
        Topic = topic;
        PatientId = patientId;
        Payload = payload;
        Rejection = rejection;
        IsRedelivery = isRedelivery;
    }

    /// <summary>The topic it arrived on.</summary>
    public string Topic { get; }

    /// <summary>The patient of the topic; empty when the topic names none that is valid.</summary>
    public string PatientId { get; }

    /// <summary>The payload as text; null when <see cref="Rejection"/> says why it could not be read.</summary>
    public string? Payload { get; }

    /// <summary>Why the message cannot be an observation before its text is read; null when <see cref="Payload"/> is set.</summary>
    public ObservationRejection? Rejection { get; }

    /// <summary>The broker says it may have delivered this message before (MQTT's DUP flag): expect a duplicate.</summary>
    public bool IsRedelivery { get; }

    /// <summary>
    /// The message as the transport reads it off <paramref name="topic"/>: a payload longer than
    /// <paramref name="maximumPayloadBytes"/> or not UTF-8 is kept as a <see cref="RejectionReason.Malformed"/> rejection.
    /// </summary>
    public static ReceivedObservationMessage Decode(string topic, ReadOnlySequence<byte> payload, bool isRedelivery = false, int maximumPayloadBytes = DefaultMaximumPayloadBytes)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maximumPayloadBytes);

        var (patientId, topicProblem) = MqttTopics.ReadObservationTopic(topic);
        if (topicProblem is not null)
        {
            return Rejected(topic, "", topicProblem, isRedelivery);
        }

        if (payload.Length > maximumPayloadBytes)
        {
            return Rejected(topic, patientId!, $"the payload is {payload.Length} bytes; an observation message is at most {maximumPayloadBytes}", isRedelivery);
        }

        try
        {
            return new(topic, patientId!, StrictUtf8.GetString(payload), null, isRedelivery);
        }
        catch (DecoderFallbackException exception)
        {
            return Rejected(topic, patientId!, $"the payload is not UTF-8 text (invalid byte at {exception.Index})", isRedelivery);
        }
    }

    /// <summary>
    /// The observation the message carries, or why it is not one: the transport's reason, the reader's
    /// (<see cref="ObservationMessage.Read(string)"/>), or a patient in the payload other than the topic's.
    /// </summary>
    public (Observation? Observation, ObservationRejection? Rejection) Read()
    {
        if (Rejection is not null)
        {
            return (null, Rejection);
        }

        var (observation, rejection) = ObservationMessage.Read(Payload!);
        if (observation is not null && observation.PatientId != PatientId)
        {
            return (null, new ObservationRejection(
                RejectionReason.Malformed,
                $"the message is for patient '{observation.PatientId}' but arrived on '{Topic}'",
                observation));
        }

        return (observation, rejection);
    }

    private static ReceivedObservationMessage Rejected(string topic, string patientId, string detail, bool isRedelivery) =>
        new(topic, patientId, null, new ObservationRejection(RejectionReason.Malformed, detail), isRedelivery);
}
