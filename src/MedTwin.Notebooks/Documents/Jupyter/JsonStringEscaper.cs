using System.Globalization;
using System.Text;

namespace MedTwin.Notebooks.Documents.Jupyter;

/// <summary>
/// Writes JSON strings as Python's json.dumps and JavaScript's JSON.stringify do: only the quote, the backslash and control
/// characters are escaped, with the short forms \b \f \n \r \t and lower-case \u00xx otherwise; text beyond ASCII stays as it is
/// unless the layout asks for ASCII only (ensure_ascii=True), and lone surrogates become \udxxx as JSON.stringify writes them.
/// </summary>
internal static class JsonStringEscaper
{
    public static void Append(StringBuilder target, string value, bool asciiOnly)
    {
        target.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': target.Append("\\\""); break;
                case '\\': target.Append("\\\\"); break;
                case '\b': target.Append("\\b"); break;
                case '\f': target.Append("\\f"); break;
                case '\n': target.Append("\\n"); break;
                case '\r': target.Append("\\r"); break;
                case '\t': target.Append("\\t"); break;
                default:
                    if (c < ' ' || (asciiOnly && c > '~') || (char.IsSurrogate(c) && !IsPaired(value, i)))
                    {
                        AppendUnicodeEscape(target, c);
                    }
                    else if (char.IsHighSurrogate(c))
                    {
                        target.Append(c).Append(value[++i]);
                    }
                    else
                    {
                        target.Append(c);
                    }

                    break;
            }
        }

        target.Append('"');
    }

    private static bool IsPaired(string value, int i)
        => char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);

    private static void AppendUnicodeEscape(StringBuilder target, char c)
        => target.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
}
