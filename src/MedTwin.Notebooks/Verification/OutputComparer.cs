using MedTwin.Notebooks.Documents;

namespace MedTwin.Notebooks.Verification;

/// <summary>
/// Compares a cell's committed outputs with the outputs of running it again: both are rendered as <see cref="OutputText"/>,
/// scrubbed (<see cref="OutputScrubber"/>), then compared as text, numbers within the settings' <see cref="NumericTolerance"/>.
/// A mismatch carries a unified diff.
/// </summary>
public sealed class OutputComparer
{
    private readonly OutputScrubber scrubber;
    private readonly NumericTolerance tolerance;

    /// <summary>A comparer with the scrubbers and tolerance of <paramref name="settings"/>.</summary>
    public OutputComparer(VerificationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        scrubber = new OutputScrubber(settings);
        tolerance = settings.Tolerance;
    }

    /// <summary>Compares outputs; the diff's headers are <paramref name="committedName"/> and <paramref name="receivedName"/>.</summary>
    /// <exception cref="ScrubTimeoutException">A scrub pattern took too long.</exception>
    public OutputComparison Compare(
        IEnumerable<NotebookOutput> committed, IEnumerable<NotebookOutput> received, string committedName = "committed", string receivedName = "received")
    {
        ArgumentNullException.ThrowIfNull(committed);
        ArgumentNullException.ThrowIfNull(received);
        var receivedOutputs = received.ToList();
        var chartPngsDrawn = OutputText.ChartPngs(receivedOutputs);
        return CompareText(OutputText.Render(committed, chartPngsDrawn), OutputText.Render(receivedOutputs, chartPngsDrawn), committedName, receivedName);
    }

    /// <summary>Compares two texts as outputs are compared: line breaks read as "\n", scrubbed, numbers within tolerance.</summary>
    /// <exception cref="ScrubTimeoutException">A scrub pattern took too long.</exception>
    public OutputComparison CompareText(string committed, string received, string committedName = "committed", string receivedName = "received")
    {
        ArgumentNullException.ThrowIfNull(committed);
        ArgumentNullException.ThrowIfNull(received);
        var committedText = scrubber.Scrub(OutputText.NormalizeLineBreaks(committed));
        var receivedText = scrubber.Scrub(OutputText.NormalizeLineBreaks(received));
        return NumberTokens.Agree(committedText, receivedText, tolerance, out var aligned)
            ? new OutputComparison(true, committedText, receivedText, "")
            : new OutputComparison(false, committedText, receivedText, UnifiedDiff.Render(committedText, aligned, committedName, receivedName));
    }
}
