using System.Text.Json;
using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents;
using MedTwin.Reproducibility;

namespace MedTwin.Notebooks.Execution;

/// <summary>
/// What a notebook states about its own runs in <c>metadata.medtwin</c>: <c>seed</c> (an integer) and
/// <c>clockStart</c> (an ISO 8601 instant with offset). Both are optional.
/// </summary>
/// <param name="Seed">The study seed, or <c>null</c> if the notebook states none.</param>
/// <param name="ClockStart">Where the run's virtual clock starts.</param>
public sealed record NotebookSettings(int? Seed, DateTimeOffset ClockStart)
{
    /// <summary>The notebook metadata key MedTwin owns.</summary>
    public const string MetadataKey = "medtwin";

    /// <summary>The seed of a notebook that states none.</summary>
    public const int DefaultSeed = 0;

    /// <summary>The command-line option that overrides a notebook's seed, as run manifests name it.</summary>
    public const string SeedOption = "--seed";

    /// <summary>The settings of a notebook that states nothing, or that the host cannot read.</summary>
    public static readonly NotebookSettings Unstated = new(null, VirtualClock.DefaultStart);

    /// <summary>Reads the settings.</summary>
    /// <exception cref="NotebookFormatException">A setting is of the wrong type or unreadable; the message names it.</exception>
    public static NotebookSettings Read(NotebookDocument notebook, string notebookName)
    {
        if (notebook.GetMetadata(MetadataKey) is not { } node)
        {
            return Unstated;
        }

        if (node is not JsonObject medtwin)
        {
            throw Invalid(notebookName, MetadataKey, "an object");
        }

        return new NotebookSettings(ReadSeed(medtwin, notebookName), ReadClockStart(medtwin, notebookName));
    }

    /// <summary>
    /// The study these settings give. A seed the notebook states in its metadata is stated there, so the notebook's
    /// <c>Study.Declare</c> must agree with it; without one, the default seed and clock start are assumed until
    /// <c>Study.Declare</c> states them.
    /// </summary>
    /// <param name="seedOverride">The seed given with <c>--seed</c>: it wins over the notebook's, and the manifest says so.</param>
    public StudyOptions Study(int? seedOverride) => new()
    {
        Seed = seedOverride ?? Seed ?? DefaultSeed,
        ClockStart = ClockStart,
        StatedBy = Seed is null ? null : $"the notebook's metadata '{MetadataKey}'",
        SeedOverriddenBy = seedOverride is null ? null : SeedOption,
    };

    private static int? ReadSeed(JsonObject medtwin, string notebookName) => medtwin["seed"] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var seed) => seed,
        _ => throw Invalid(notebookName, "medtwin.seed", "a whole number between -2147483648 and 2147483647"),
    };

    private static DateTimeOffset ReadClockStart(JsonObject medtwin, string notebookName) => medtwin["clockStart"] switch
    {
        null => VirtualClock.DefaultStart,
        JsonValue value when value.TryGetValue<string>(out var text) && VirtualClock.TryParseStart(text, out var start) => start,
        _ => throw Invalid(notebookName, "medtwin.clockStart", "an ISO 8601 instant with a UTC offset, e.g. \"2024-01-01T00:00:00Z\""),
    };

    private static NotebookFormatException Invalid(string notebookName, string key, string expected) =>
        new(notebookName, $"metadata '{key}' must be {expected}.");
}
