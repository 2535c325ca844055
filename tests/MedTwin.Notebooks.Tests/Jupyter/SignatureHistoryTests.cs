using System.Globalization;
using MedTwin.Notebooks.Jupyter;

namespace MedTwin.Notebooks.Tests.Jupyter;

public sealed class SignatureHistoryTests
{
    [Fact]
    public void A_signature_is_new_once()
    {
        var history = new SignatureHistory();

        Assert.True(history.Add("ab12"));
        Assert.False(history.Add("ab12"));
        Assert.False(history.Add("AB12"));
        Assert.True(history.Add("ab13"));
    }

    [Fact]
    public void Past_its_capacity_the_history_forgets_a_tenth_as_jupyter_client_does()
    {
        var history = new SignatureHistory(capacity: 100);
        for (var i = 0; i < 100; i++)
        {
            history.Add(i.ToString(CultureInfo.InvariantCulture));
        }

        Assert.Equal(100, history.Count);
        history.Add("one more");

        // 101 remembered is past 100: max(101 / 10, 101 - 100) = 10 forgotten.
        Assert.Equal(91, history.Count);
    }

    [Fact]
    public void Memory_stays_bounded_however_many_signatures_come()
    {
        var history = new SignatureHistory(capacity: 1000);
        for (var i = 0; i < 50_000; i++)
        {
            Assert.True(history.Add(i.ToString(CultureInfo.InvariantCulture)));
            Assert.InRange(history.Count, 1, 1000);
        }
    }

    [Fact]
    public void A_history_of_capacity_zero_remembers_nothing_as_in_jupyter_client()
    {
        var history = new SignatureHistory(capacity: 0);

        Assert.True(history.Add("ab12"));
        Assert.True(history.Add("ab12"));
        Assert.Equal(0, history.Count);
    }

    [Fact]
    public void The_default_capacity_is_jupyter_clients_digest_history_size()
    {
        Assert.Equal(65536, new SignatureHistory().Capacity);
    }
}
