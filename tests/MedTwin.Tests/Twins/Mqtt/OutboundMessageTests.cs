using MedTwin.Twins.Actions;
using MedTwin.Twins.Alerts;
using MedTwin.Twins.Messages;
using MedTwin.Twins.Mqtt;

namespace MedTwin.Tests.Twins.Mqtt;

public sealed class OutboundMessageTests
{
    [Fact]
    public void Alerts_and_actions_go_to_their_patients_topics()
    {
        Assert.Equal("medtwin/P-001/alerts", new OutboundMessage(OutboundMessageKind.Alert, "P-001", "{}").Topic);
        Assert.Equal("medtwin/P-001/actions", new OutboundMessage(OutboundMessageKind.Action, "P-001", "{}").Topic);
    }

    [Fact]
    public void An_alert_or_an_action_is_published_as_its_canonical_json()
    {
        var time = new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);
        var alert = new TwinAlert("P-001", AlertKind.News2, "NEWS2", AlertTransition.Raised, AlertSeverity.High, time, "score 7", []);
        var action = new ControlAction("P-002", time, "basal", 1.2, 0, "glucose rising", false, []);

        Assert.Equal(new OutboundMessage(OutboundMessageKind.Alert, "P-001", TwinJson.Write(alert)), OutboundMessage.For(alert));
        Assert.Equal(new OutboundMessage(OutboundMessageKind.Action, "P-002", TwinJson.Write(action)), OutboundMessage.For(action));
        Assert.Throws<ArgumentNullException>(() => OutboundMessage.For((TwinAlert)null!));
        Assert.Throws<ArgumentNullException>(() => OutboundMessage.For((ControlAction)null!));
    }

    [Fact]
    public void A_message_for_a_patient_id_that_cannot_be_a_topic_has_no_topic()
    {
        var error = Assert.Throws<ArgumentException>(() => new OutboundMessage(OutboundMessageKind.Alert, "ward/7", "{}").Topic);

        Assert.Contains("the patient id 'ward/7' contains '/' at 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_of_an_unknown_kind_has_no_topic()
    {
        var error = Assert.Throws<ArgumentException>(() => new OutboundMessage((OutboundMessageKind)5, "P-001", "{}").Topic);

        Assert.Equal("An outbound message of kind 5 has no topic; expected Alert or Action.", error.Message);
    }
}
