using System.Diagnostics;

namespace MedTwin.Tests.Twins.Mqtt;

/// <summary>Waits, boundedly, for something that happens on another thread or process.</summary>
internal static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Polls <paramref name="condition"/> until it holds; fails naming <paramref name="what"/> after the time-out.</summary>
    public static async Task HoldsAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > limit)
            {
                Assert.Fail($"Waited {limit.TotalSeconds} s for {what}.");
            }

            await Task.Delay(20);
        }
    }
}
