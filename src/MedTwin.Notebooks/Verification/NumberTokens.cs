using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MedTwin.Notebooks.Verification;

/// <summary>
/// Compares texts with a <see cref="NumericTolerance"/>: both are cut into numbers and the text between them; the text between
/// must be identical, and each pair of numbers must agree within the tolerance. A number is an integer or decimal with an
/// optional sign and exponent (<c>-1.5e-3</c>) that is not part of a word or a dotted version: in <c>x1</c>, <c>3fa9</c>,
/// <c>12px</c> or <c>1.2.3</c> the digits are text, compared exactly.
/// </summary>
internal static partial class NumberTokens
{
    /// <summary>
    /// Whether the texts agree within <paramref name="tolerance"/>. When only numbers differ, <paramref name="alignedReceived"/> is the
    /// received text with every number that is within tolerance written as committed, so that a diff shows only the numbers at fault;
    /// otherwise it is <paramref name="received"/>.
    /// </summary>
    public static bool Agree(string committed, string received, NumericTolerance tolerance, out string alignedReceived)
    {
        alignedReceived = received;
        if (string.Equals(committed, received, StringComparison.Ordinal))
        {
            return true;
        }

        if (tolerance.IsExact)
        {
            return false;
        }

        var committedNumbers = Number().Matches(committed);
        var receivedNumbers = Number().Matches(received);
        if (committedNumbers.Count != receivedNumbers.Count)
        {
            return false;
        }

        var aligned = new StringBuilder(received.Length);
        int committedEnd = 0, receivedEnd = 0;
        var agree = true;
        for (var index = 0; index < committedNumbers.Count; index++)
        {
            var c = committedNumbers[index];
            var r = receivedNumbers[index];
            if (!committed.AsSpan(committedEnd, c.Index - committedEnd).SequenceEqual(received.AsSpan(receivedEnd, r.Index - receivedEnd)))
            {
                return false;
            }

            aligned.Append(received, receivedEnd, r.Index - receivedEnd);
            if (Within(c.Value, r.Value, tolerance))
            {
                aligned.Append(c.Value);
            }
            else
            {
                aligned.Append(r.Value);
                agree = false;
            }

            committedEnd = c.Index + c.Length;
            receivedEnd = r.Index + r.Length;
        }

        if (!committed.AsSpan(committedEnd).SequenceEqual(received.AsSpan(receivedEnd)))
        {
            return false;
        }

        aligned.Append(received, receivedEnd, received.Length - receivedEnd);
        alignedReceived = aligned.ToString();
        return agree;
    }

    private static bool Within(string committed, string received, NumericTolerance tolerance) =>
        string.Equals(committed, received, StringComparison.Ordinal)
        || (double.TryParse(committed, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            && double.TryParse(received, NumberStyles.Float, CultureInfo.InvariantCulture, out var b)
            && tolerance.Accepts(a, b));

    [GeneratedRegex(@"(?<![\w.])[-+]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?(?!\w|\.\w)", RegexOptions.None, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Number();
}
