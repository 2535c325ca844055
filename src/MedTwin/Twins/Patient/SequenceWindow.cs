namespace MedTwin.Twins.Patient;

/// <summary>
/// Which sequence numbers one device has delivered, remembered for the device's latest <see cref="Size"/> numbers:
/// enough to recognise a broker's redelivery or a restarted replay, in fixed memory however long the stream runs.
/// </summary>
internal sealed class SequenceWindow
{
    public const int Size = 1024;

    private readonly bool[] seen = new bool[Size];
    private long latest = -1;

    public SequenceVerdict Check(long sequence)
    {
        if (sequence > latest)
        {
            return SequenceVerdict.New;
        }

        if (sequence <= latest - Size)
        {
            return SequenceVerdict.Stale;
        }

        return seen[Slot(sequence)] ? SequenceVerdict.Duplicate : SequenceVerdict.New;
    }

    /// <summary>Records <paramref name="sequence"/>, which <see cref="Check"/> called new.</summary>
    public void Record(long sequence)
    {
        if (sequence > latest)
        {
            // Slots between the old latest and the new one now stand for numbers not yet seen.
            var cleared = Math.Min(sequence - latest, Size);
            for (var offset = 0L; offset < cleared; offset++)
            {
                seen[Slot(sequence - offset)] = false;
            }

            latest = sequence;
        }

        seen[Slot(sequence)] = true;
    }

    private static int Slot(long sequence) => (int)(sequence % Size);
}

internal enum SequenceVerdict
{
    New,
    Duplicate,
    Stale,
}
