using System.Text;

namespace MedTwin.Notebooks.Display;

/// <summary>HTML escaping for text placed in element content or attribute values.</summary>
internal static class Html
{
    // Own encoder rather than WebUtility.HtmlEncode: that one also turns non-ASCII letters into numeric
    // entities, which makes patient names and units unreadable in a committed notebook.
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
