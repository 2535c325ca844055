using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MedTwin.Notebooks.Documents;
using MedTwin.Reproducibility;

namespace MedTwin.Notebooks.Execution;

/// <summary>
/// What a notebook states about its own runs in <c>metadata.medtwin</c>: <c>seed</c> (an integer) and
/// <c>clockStart</c> (an ISO 8601 instant with offset). Both are optional.
/// </summary>
/// <param name="Seed">The study seed.</param>
/// <param name="ClockStart">Where the run's virtual clock starts.</param>
public sealed partial record NotebookSettings(int Seed, DateTimeOffset ClockStart)
{
    /// <summary>The notebook metadata key MedTwin owns.</summary>
    public const string MetadataKey = "medtwin";

    /// <summary>The seed of a notebook that states none.</summary>
    public const int DefaultSeed = 0;

    /// <summary>Reads the settings.</summary>
    /// <exception cref="NotebookFormatException">A setting is of the wrong type or unreadable; the message names it.</exception>
    public static NotebookSettings Read(NotebookDocument notebook, string notebookName)
    {
        if (notebook.GetMetadata(MetadataKey) is not { } node)
        {
            return new NotebookSettings(DefaultSeed, VirtualClock.DefaultStart);
        }

        if (node is not JsonObject medtwin)
        {
            throw Invalid(notebookName, MetadataKey, "an object");
        }

        return new NotebookSettings(ReadSeed(medtwin, notebookName), ReadClockStart(medtwin, notebookName));
    }

    private static int ReadSeed(JsonObject medtwin, string notebookName) => medtwin["seed"] switch
    {
        null => DefaultSeed,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var seed) => seed,
        _ => throw Invalid(notebookName, "medtwin.seed", "a whole number between -2147483648 and 2147483647"),
    };

    private static DateTimeOffset ReadClockStart(JsonObject medtwin, string notebookName) => medtwin["clockStart"] switch
    {
        null => VirtualClock.DefaultStart,
        JsonValue value when value.TryGetValue<string>(out var text) && IsoInstant().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start) => start,
        _ => throw Invalid(notebookName, "medtwin.clockStart", "an ISO 8601 instant with a UTC offset, e.g. \"2024-01-01T00:00:00Z\""),
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex IsoInstant();

    private static NotebookFormatException Invalid(string notebookName, string key, string expected) =>
        new(notebookName, $"metadata '{key}' must be {expected}.");
}
