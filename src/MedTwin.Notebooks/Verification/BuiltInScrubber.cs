namespace MedTwin.Notebooks.Verification;

/// <summary>
/// The scrubbers MedTwin applies before comparing outputs, in this order; each replaces what it finds by a placeholder.
/// A notebook chooses among them with <c>metadata.medtwin.verify.builtInScrubbers</c> (lower-case names); by default all apply.
/// </summary>
public enum BuiltInScrubber
{
    /// <summary>Absolute paths: Unix ones under a well-known root (<c>/home/…</c>, <c>/tmp/…</c>, <c>/root/…</c>, <c>/Users/…</c>, …), Windows paths with an upper-case drive letter (<c>C:\…</c>, <c>C:/…</c>, as .NET writes them), <c>file://</c> URIs of either → <c>{path}</c>. URLs, relative paths and fractions are kept.</summary>
    Paths,

    /// <summary>GUIDs in their hyphenated form, e.g. <c>3f2504e0-4f89-11d3-9a0c-0305e82c3301</c> → <c>{guid}</c>.</summary>
    Guids,

    /// <summary>Date-times (a date with a time of day): ISO 8601, invariant <c>01/15/2024 10:30:45</c>, <c>15.01.2024 10:30</c>, RFC 1123 → <c>{timestamp}</c>. Dates alone are kept.</summary>
    Timestamps,

    /// <summary>
    /// Durations that are clearly timings: a <see cref="TimeSpan"/> with fractional seconds (<c>00:00:01.2345678</c>), and a number with
    /// a time unit after a timing word (<c>took 1.2 s</c>, <c>Elapsed: 12.3 ms</c>, <c>Wall time: 5ms</c>) → <c>{duration}</c>.
    /// A bare "420 ms" or "6.2 h" is kept: in medicine it is usually a result (a QT interval, a half-life).
    /// </summary>
    Durations,

    /// <summary>Memory addresses: <c>0x</c> with 9 to 16 hex digits, e.g. <c>0x7ffd1234abcd</c> → <c>{address}</c>. Shorter hex numbers (flags, HRESULTs) are kept.</summary>
    Addresses,
}
