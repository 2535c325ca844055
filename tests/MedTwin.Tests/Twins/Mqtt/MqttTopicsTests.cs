using MedTwin.Twins.Mqtt;

namespace MedTwin.Tests.Twins.Mqtt;

public sealed class MqttTopicsTests
{
    [Fact]
    public void A_patient_has_an_observation_an_alert_and_an_action_topic()
    {
        Assert.Equal("medtwin/P-001/obs", MqttTopics.Observations("P-001"));
        Assert.Equal("medtwin/P-001/alerts", MqttTopics.Alerts("P-001"));
        Assert.Equal("medtwin/P-001/actions", MqttTopics.Actions("P-001"));
        Assert.Equal("medtwin/+/obs", MqttTopics.ObservationSubscription);
    }

    [Fact]
    public void The_patient_is_read_back_from_its_observation_topic()
    {
        Assert.Equal(("Ünal 7", null), MqttTopics.ReadObservationTopic(MqttTopics.Observations("Ünal 7")));
        Assert.Equal((new string('p', 128), null), MqttTopics.ReadObservationTopic($"medtwin/{new string('p', 128)}/obs"));
    }

    [Theory]
    [InlineData("medtwin/P-001/alerts")]
    [InlineData("medtwin/P-001/obs/extra")]
    [InlineData("medtwin/P-001")]
    [InlineData("MedTwin/P-001/obs")]
    [InlineData("/medtwin/P-001/obs")]
    [InlineData("")]
    public void A_topic_that_is_not_an_observation_topic_is_reported_not_read(string topic)
    {
        var (patient, problem) = MqttTopics.ReadObservationTopic(topic);

        Assert.Null(patient);
        Assert.Equal($"topic '{topic}' is not an observation topic; expected medtwin/{{patient}}/obs", problem);
    }

    [Theory]
    [InlineData("medtwin//obs", "topic 'medtwin//obs': the patient id is empty")]
    [InlineData("medtwin/a+b/obs", "topic 'medtwin/a+b/obs': the patient id 'a+b' contains '+' at 1, which MQTT reserves")]
    [InlineData("medtwin/#/obs", "topic 'medtwin/#/obs': the patient id '#' contains '#' at 0, which MQTT reserves")]
    [InlineData("medtwin/p\u0000q/obs", "topic 'medtwin/p\u0000q/obs': the patient id contains the control character U+0000")]
    public void A_topic_with_a_patient_id_that_cannot_be_one_is_reported_with_the_reason(string topic, string expected)
    {
        Assert.Equal((null, expected), MqttTopics.ReadObservationTopic(topic));
    }

    [Fact]
    public void A_long_topic_is_shortened_in_the_report()
    {
        var (_, problem) = MqttTopics.ReadObservationTopic($"medtwin/{new string('p', 129)}/obs");

        Assert.Equal($"topic 'medtwin/{new string('p', 56)}…': the patient id is 129 characters long; at most 128", problem);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ward/7")]
    [InlineData("+")]
    [InlineData("#")]
    [InlineData("tab\there")]
    public void A_topic_is_not_made_for_a_patient_id_that_cannot_be_a_topic_level(string patientId)
    {
        var error = Assert.Throws<ArgumentException>(() => MqttTopics.Alerts(patientId));

        Assert.Equal("patientId", error.ParamName);
        Assert.StartsWith("Cannot make an MQTT topic: the patient id", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => MqttTopics.Observations(patientId));
        Assert.Throws<ArgumentException>(() => MqttTopics.Actions(patientId));
    }

    [Fact]
    public void A_patient_id_longer_than_the_limit_is_refused()
    {
        Assert.Null(MqttTopics.PatientIdProblem(new string('p', MqttTopics.MaximumPatientIdLength)));
        Assert.Equal("the patient id is 129 characters long; at most 128", MqttTopics.PatientIdProblem(new string('p', 129)));
    }

    [Fact]
    public void Missing_topics_and_patient_ids_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => MqttTopics.ReadObservationTopic(null!));
        Assert.Throws<ArgumentNullException>(() => MqttTopics.PatientIdProblem(null!));
        Assert.Throws<ArgumentNullException>(() => MqttTopics.Alerts(null!));
    }
}
