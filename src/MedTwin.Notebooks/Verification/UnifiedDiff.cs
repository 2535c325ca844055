using System.Globalization;
using DiffPlex;
using DiffPlex.Renderer;

namespace MedTwin.Notebooks.Verification;

/// <summary>Unified diffs (as <c>git diff</c> shows them) of two texts, line by line, with three lines of context.</summary>
public static class UnifiedDiff
{
    /// <summary>Lines of unchanged context shown around each change.</summary>
    public const int ContextLines = 3;

    /// <summary>The most characters of one line a diff shows; longer lines are cut, around their first difference if they changed.</summary>
    public const int MaxLineLength = 500;

    private static readonly UnidiffRenderer Renderer = new(Differ.Instance, ContextLines);

    /// <summary>
    /// The unified diff from <paramref name="oldText"/> to <paramref name="newText"/>: <c>--- oldName</c>, <c>+++ newName</c>,
    /// then <c>@@ -a,b +c,d @@</c> hunks. Line breaks are compared as "\n". Empty if the texts are equal. Lines longer than
    /// <see cref="MaxLineLength"/> are shown in part, marked <c>…[n characters]</c> and <c>…[n more characters]</c>.
    /// </summary>
    /// <param name="oldText">The text before, e.g. the committed outputs.</param>
    /// <param name="newText">The text after, e.g. the received outputs.</param>
    /// <param name="oldName">What the <c>---</c> header names, e.g. "committed cell 3".</param>
    /// <param name="newName">What the <c>+++</c> header names, e.g. "received cell 3".</param>
    public static string Render(string oldText, string newText, string oldName, string newName)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        ArgumentNullException.ThrowIfNull(oldName);
        ArgumentNullException.ThrowIfNull(newName);
        oldText = OutputText.NormalizeLineBreaks(oldText);
        newText = OutputText.NormalizeLineBreaks(newText);
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            return "";
        }

        // DiffPlex reads "a\n" as the lines "a" and "": drop final line breaks so that no phantom empty line shows. Only when the
        // texts differ in nothing else is the final break kept, to show where they differ: as an added or removed empty line.
        var oldLines = oldText.EndsWith('\n') ? oldText[..^1] : oldText;
        var newLines = newText.EndsWith('\n') ? newText[..^1] : newText;
        if (!string.Equals(oldLines, newLines, StringComparison.Ordinal))
        {
            (oldText, newText) = (oldLines, newLines);
        }

        var diff = Renderer.Generate(oldText, newText, oldName, newName, ignoreWhitespace: false, ignoreCase: false);

        // DiffPlex numbers an empty side's range "1,0"; diff and git write "0,0". Only an empty text has an empty range.
        if (oldText.Length == 0)
        {
            diff = ReplaceFirst(diff, "\n@@ -1,0 ", "\n@@ -0,0 ");
        }

        if (newText.Length == 0)
        {
            diff = ReplaceFirst(diff, " +1,0 @@", " +0,0 @@");
        }

        return Shorten(diff);
    }

    private static string ReplaceFirst(string text, string oldValue, string newValue)
    {
        var index = text.IndexOf(oldValue, StringComparison.Ordinal);
        return index < 0 ? text : string.Concat(text.AsSpan(0, index), newValue, text.AsSpan(index + oldValue.Length));
    }

    /// <summary>
    /// Lines longer than <see cref="MaxLineLength"/> (minified scripts, embedded data) are cut to that many characters; a removed
    /// line and the added line that replaces it are cut around where they first differ, so the difference stays in view.
    /// </summary>
    private static string Shorten(string diff)
    {
        var lines = diff.Split('\n');
        if (lines.All(line => line.Length <= MaxLineLength + 1))
        {
            return diff;
        }

        // The first two lines are the "---" and "+++" headers.
        var index = 2;
        while (index < lines.Length)
        {
            if (!lines[index].StartsWith('-'))
            {
                lines[index] = Cut(lines[index], 0);
                index++;
                continue;
            }

            var removedStart = index;
            while (index < lines.Length && lines[index].StartsWith('-'))
            {
                index++;
            }

            var addedStart = index;
            while (index < lines.Length && lines[index].StartsWith('+'))
            {
                index++;
            }

            for (var removed = removedStart; removed < addedStart; removed++)
            {
                var added = addedStart + (removed - removedStart);
                if (added < index)
                {
                    var start = Math.Max(0, lines[removed].AsSpan(1).CommonPrefixLength(lines[added].AsSpan(1)) - (MaxLineLength / 4));
                    lines[removed] = Cut(lines[removed], start);
                    lines[added] = Cut(lines[added], start);
                }
                else
                {
                    lines[removed] = Cut(lines[removed], 0);
                }
            }

            for (var added = addedStart + (addedStart - removedStart); added < index; added++)
            {
                lines[added] = Cut(lines[added], 0);
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>A diff line (its marker and its text) with at most <see cref="MaxLineLength"/> characters of text shown from <paramref name="start"/>.</summary>
    private static string Cut(string line, int start)
    {
        var text = line.Length == 0 ? "" : line[1..];
        if (text.Length <= MaxLineLength)
        {
            return line;
        }

        start = Math.Min(start, text.Length - MaxLineLength);
        var rest = text.Length - start - MaxLineLength;
        var before = start > 0 ? string.Create(CultureInfo.InvariantCulture, $"…[{start} characters] ") : "";
        var after = rest > 0 ? string.Create(CultureInfo.InvariantCulture, $" …[{rest} more characters]") : "";
        return string.Concat(line.AsSpan(0, 1), before, text.AsSpan(start, MaxLineLength), after);
    }
}
