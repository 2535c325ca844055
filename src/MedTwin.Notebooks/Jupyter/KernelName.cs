using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MedTwin.Notebooks.Jupyter;

/// <summary>
/// Which names a kernelspec may have: jupyter_client's rule (<c>NAME_PAT</c> in kernelspec.py: ASCII letters, digits,
/// '-', '.' and '_'), and not dots alone, because the name is a folder under <c>kernels/</c> and "." and ".." are that
/// folder and its parent.
/// </summary>
public static partial class KernelName
{
    /// <summary>The rule, as errors state it.</summary>
    public const string Rule = "a kernel name is ASCII letters, digits, '-', '.' and '_' (Jupyter's rule) and not dots alone";

    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Whether <paramref name="name"/> follows <see cref="Rule"/>.</summary>
    public static bool IsValid(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Pattern().IsMatch(name) && name.Trim('.').Length > 0;
    }

    /// <summary>Returns <paramref name="name"/> when it follows <see cref="Rule"/>.</summary>
    /// <exception cref="ArgumentException">It does not; the message quotes it, control characters escaped, and states the rule.</exception>
    public static string Checked(string name) =>
        IsValid(name) ? name : throw new ArgumentException($"The kernel name {JsonSerializer.Serialize(name, Quoting)} is refused: {Rule}.", nameof(name));

    // \A and \z, not ^ and $: $ also matches before a final line break, which would let "name\n" through.
    [GeneratedRegex(@"\A[A-Za-z0-9._-]+\z")]
    private static partial Regex Pattern();
}
