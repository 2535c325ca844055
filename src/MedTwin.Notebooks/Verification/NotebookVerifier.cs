using System.Text.Json.Nodes;
using MedTwin.Notebooks.Documents;
using MedTwin.Notebooks.Execution;

namespace MedTwin.Notebooks.Verification;

/// <summary>
/// Re-executes a committed notebook in memory and compares every cell's outputs with the committed ones, and every file
/// it writes with the committed file (<see cref="WrittenFileVerification"/>). Unless the caller says otherwise, the run
/// repeats the committed run's parameters and, if it overrode the notebook's seed, that seed, as its manifest records them.
/// </summary>
public static class NotebookVerifier
{
    /// <summary>
    /// Verifies the notebook at <paramref name="path"/>; neither it nor the files it writes are changed: the run writes
    /// them to a staging folder, and those that differ are left as received copies beside the committed ones.
    /// </summary>
    /// <exception cref="NotebookFormatException">The notebook or its MedTwin settings are malformed.</exception>
    /// <exception cref="VerificationSettingsException">The notebook's verification settings are invalid.</exception>
    public static async Task<VerificationRun> VerifyAsync(string path, RunOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var committed = NotebookReader.Read(path);
        var received = NotebookReader.Read(path);
        var settings = VerificationSettings.Read(committed, path);
        var committedRun = committed.GetMetadata(NotebookSettings.MetadataKey)?[RunManifest.MetadataKey] as JsonObject;
        var staging = Directory.CreateTempSubdirectory("medtwin-verify-");
        try
        {
            var run = await NotebookRunner.RunAsync(received, path, options with
            {
                Seed = options.Seed ?? SeedOf(committedRun),
                Parameters = options.Parameters.Count > 0 ? options.Parameters : ParametersOf(committedRun),
                OutputDirectory = staging.FullName,
            }, cancellationToken);
            var files = WrittenFileVerification.Verify(path, committedRun, run.Manifest.FilesWritten, options.BaseDirectory, staging.FullName);
            return new VerificationRun(path, committed, received, run, NotebookComparison.Compare(committed, received, settings, files));
        }
        finally
        {
            staging.Delete(recursive: true);
        }
    }

    private static int? SeedOf(JsonObject? manifest) =>
        manifest?[RunManifest.SeedOverriddenByKey] is not null && manifest["seed"] is JsonValue seed && seed.TryGetValue<int>(out var value) ? value : null;

    private static IReadOnlyList<KeyValuePair<string, string>> ParametersOf(JsonObject? manifest) =>
        manifest?["parameters"] is JsonObject parameters
            ? [.. parameters.Select(p => KeyValuePair.Create(p.Key, p.Value is JsonValue v && v.TryGetValue<string>(out var text) ? text : p.Value?.ToJsonString() ?? string.Empty))]
            : [];
}
