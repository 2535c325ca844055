namespace MedTwin.Notebooks.Verification;

/// <summary>Where verification leaves what a new run produced beside what is committed: <c>name.received.ext</c>.</summary>
public static class ReceivedFiles
{
    /// <summary>The received copy's path for the committed file at <paramref name="committedPath"/>, e.g. <c>fig.svg</c> → <c>fig.received.svg</c>.</summary>
    public static string PathOf(string committedPath) =>
        Path.ChangeExtension(committedPath, ".received" + Path.GetExtension(committedPath));
}
