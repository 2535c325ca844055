using System.Buffers;
using System.Text;
using MedTwin.Twins.Mqtt;
using MedTwin.Twins.Observations;

namespace MedTwin.Tests.Twins.Mqtt;

public sealed class ReceivedObservationMessageTests
{
    private static ReceivedObservationMessage Decode(string topic, byte[] payload, int maximum = ReceivedObservationMessage.DefaultMaximumPayloadBytes) =>
        ReceivedObservationMessage.Decode(topic, new ReadOnlySequence<byte>(payload), isRedelivery: false, maximum);

    private static ReceivedObservationMessage Decode(string topic, string payload) => Decode(topic, Encoding.UTF8.GetBytes(payload));

    [Fact]
    public void A_wire_observation_on_its_patients_topic_is_read()
    {
        var text = ObservationRecorder.Observation("P-001", 4);

        var message = Decode("medtwin/P-001/obs", text);
        var (observation, rejection) = message.Read();

        Assert.Equal(("medtwin/P-001/obs", "P-001", text), (message.Topic, message.PatientId, message.Payload));
        Assert.Null(message.Rejection);
        Assert.Null(rejection);
        Assert.Equal(("P-001", "monitor-1", 4L, 74.0), (observation!.PatientId, observation.DeviceId, observation.Sequence, observation.Value));
    }

    [Fact]
    public void The_brokers_redelivery_flag_is_kept()
    {
        var message = ReceivedObservationMessage.Decode("medtwin/P-001/obs", new ReadOnlySequence<byte>("{}"u8.ToArray()), isRedelivery: true);

        Assert.True(message.IsRedelivery);
    }

    [Fact]
    public void A_payload_over_the_limit_is_a_rejection_without_text()
    {
        var message = Decode("medtwin/P-001/obs", new byte[101], maximum: 100);

        Assert.Null(message.Payload);
        Assert.Equal("P-001", message.PatientId);
        Assert.Equal(new ObservationRejection(RejectionReason.Malformed, "the payload is 101 bytes; an observation message is at most 100"), message.Rejection);
        Assert.Equal((null, message.Rejection), message.Read());
    }

    [Fact]
    public void A_payload_at_the_limit_is_read_as_text()
    {
        Assert.NotNull(Decode("medtwin/P-001/obs", new byte[100], maximum: 100).Payload);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF }, 0)]
    [InlineData(new byte[] { 0x7B, 0xC3 }, 1)]
    [InlineData(new byte[] { 0x7B, 0x22, 0xED, 0xA0, 0x80 }, 2)]
    public void A_payload_that_is_not_UTF8_is_a_rejection_naming_the_first_bad_byte(byte[] payload, int index)
    {
        var message = Decode("medtwin/P-001/obs", payload);

        Assert.Null(message.Payload);
        Assert.Equal($"the payload is not UTF-8 text (invalid byte at {index})", message.Rejection!.Detail);
    }

    [Fact]
    public void A_payload_split_across_buffers_is_read_whole()
    {
        var text = ObservationRecorder.Observation("P-001", 1);
        var bytes = Encoding.UTF8.GetBytes(text);
        var first = new Segment(bytes[..10]);
        var last = first.Append(bytes[10..]);

        var message = ReceivedObservationMessage.Decode("medtwin/P-001/obs", new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length));

        Assert.Equal(text, message.Payload);
    }

    [Fact]
    public void A_message_on_a_topic_without_a_valid_patient_is_a_rejection_with_an_empty_patient()
    {
        var message = Decode("medtwin//obs", ObservationRecorder.Observation("P-001", 1));

        Assert.Equal("", message.PatientId);
        Assert.Null(message.Payload);
        Assert.Equal("topic 'medtwin//obs': the patient id is empty", message.Rejection!.Detail);
    }

    [Fact]
    public void An_observation_for_another_patient_than_the_topics_is_rejected_with_the_observation_kept()
    {
        var (observation, rejection) = Decode("medtwin/P-002/obs", ObservationRecorder.Observation("P-001", 1)).Read();

        Assert.Null(observation);
        Assert.Equal(RejectionReason.Malformed, rejection!.Reason);
        Assert.Equal("the message is for patient 'P-001' but arrived on 'medtwin/P-002/obs'", rejection.Detail);
        Assert.Equal("P-001", rejection.Observation!.PatientId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[1,2]")]
    [InlineData("{\"patient\":\"P-001\"}")]
    public void Text_that_is_not_an_observation_is_rejected_by_the_reader(string payload)
    {
        var message = Decode("medtwin/P-001/obs", payload);
        var (observation, rejection) = message.Read();

        Assert.Equal(payload, message.Payload);
        Assert.Null(observation);
        Assert.Equal(RejectionReason.Malformed, rejection!.Reason);
    }

    [Fact]
    public void A_missing_topic_or_a_limit_below_one_byte_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => ReceivedObservationMessage.Decode(null!, ReadOnlySequence<byte>.Empty));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReceivedObservationMessage.Decode("medtwin/P-001/obs", ReadOnlySequence<byte>.Empty, maximumPayloadBytes: 0));
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(byte[] bytes) => Memory = bytes;

        public Segment Append(byte[] bytes)
        {
            var next = new Segment(bytes) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}
