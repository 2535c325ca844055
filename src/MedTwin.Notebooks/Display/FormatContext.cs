using System.Collections;

namespace MedTwin.Notebooks.Display;

/// <summary>
/// What the formatters of one <see cref="DisplayFormatter.Format"/> call share: the options, and the sample of a
/// sequence, so that a lazy sequence is enumerated once even when text and HTML are both made from it.
/// </summary>
internal sealed class FormatContext(FormatterOptions options)
{
    private IEnumerable? sampledSource;
    private SequenceSample? sample;

    public FormatterOptions Options { get; } = options;

    public SequenceSample Sample(IEnumerable source)
    {
        if (sample is null || !ReferenceEquals(sampledSource, source))
        {
            sample = SequenceSample.Take(source, Math.Max(Options.MaxItems, Options.MaxRows));
            sampledSource = source;
        }

        return sample;
    }
}
