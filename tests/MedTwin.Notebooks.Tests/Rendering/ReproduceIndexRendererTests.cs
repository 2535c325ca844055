using MedTwin.Notebooks.Rendering;

namespace MedTwin.Notebooks.Tests.Rendering;

public sealed class ReproduceIndexRendererTests
{
    [Fact]
    public void The_index_links_each_notebook_page_with_its_cells_result_and_duration_in_the_given_order()
    {
        var html = ReproduceIndexRenderer.Render(
            [
                new IndexEntry("notebooks/glucose-twin.ipynb", "notebooks/glucose-twin.html", 12, "identical", "4.2 s"),
                new IndexEntry("notebooks/pk.dib", "notebooks/pk.html", 7, "differs (2 cells)", "1.0 s"),
                new IndexEntry("notebooks/broken.ipynb", "notebooks/broken.html", 3, "failed", "0.3 s"),
            ],
            "Reproduction of the paper");

        Assert.Contains("<title>Reproduction of the paper</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Reproduction of the paper</h1>", html, StringComparison.Ordinal);
        Assert.Contains(
            "<tr><td><a href=\"notebooks/glucose-twin.html\">notebooks/glucose-twin.ipynb</a></td><td class=\"number\">12</td><td class=\"result-identical\">identical</td><td class=\"number\">4.2 s</td></tr>",
            html,
            StringComparison.Ordinal);
        Assert.Contains("<td class=\"result-differs\">differs (2 cells)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"result-failed\">failed</td>", html, StringComparison.Ordinal);
        Assert.Contains("3 notebooks run", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("glucose-twin", StringComparison.Ordinal) < html.IndexOf("pk.html", StringComparison.Ordinal));
        Assert.True(html.IndexOf("pk.html", StringComparison.Ordinal) < html.IndexOf("broken.html", StringComparison.Ordinal));
        NotebookHtmlRendererTests.AssertSelfContained(html);
    }

    [Fact]
    public void Hostile_notebook_names_are_escaped_as_text_and_percent_encoded_in_links()
    {
        var html = ReproduceIndexRenderer.Render(
            [
                new IndexEntry("notebooks/<script>alert(1)</script>.ipynb", "notebooks/<script>alert(1)</script>.html", 1, "<b>identical</b>", "1 s"),
                new IndexEntry("x\" onmouseover=\"steal().ipynb", "x\" onmouseover=\"steal().html", 1, "failed", "1 s"),
                new IndexEntry("javascript:alert(1).ipynb", "javascript:alert(1).html", 1, "failed", "1 s"),
                new IndexEntry("a #1 ?.ipynb", "sub\\a #1 ?%.html", 1, "failed", "1 s"),
            ],
            "Index <of> \"all\"");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\" onmouseover", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.Ordinal);
        Assert.Contains("<title>Index &lt;of&gt; &quot;all&quot;</title>", html, StringComparison.Ordinal);
        Assert.Contains(
            "<a href=\"notebooks/%3Cscript%3Ealert%281%29%3C/script%3E.html\">notebooks/&lt;script&gt;alert(1)&lt;/script&gt;.ipynb</a>",
            html,
            StringComparison.Ordinal);
        Assert.Contains("<a href=\"x%22%20onmouseover%3D%22steal%28%29.html\">x&quot; onmouseover=&quot;steal().ipynb</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"javascript%3Aalert%281%29.html\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"sub/a%20%231%20%3F%25.html\">", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"result-differs\">&lt;b&gt;identical&lt;/b&gt;</td>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/etc/page.html")]
    [InlineData("//elsewhere.example/page.html")]
    [InlineData("notebooks//page.html")]
    [InlineData("")]
    public void A_page_path_that_is_not_relative_is_refused(string htmlPath)
    {
        var error = Assert.Throws<ArgumentException>(() => ReproduceIndexRenderer.Render([new IndexEntry("n.ipynb", htmlPath, 1, "identical", "1 s")]));

        Assert.Contains("must be relative", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_entries_give_the_same_bytes()
    {
        IndexEntry[] entries = [new("a.ipynb", "a.html", 2, "identical", "0.5 s")];

        Assert.Equal(ReproduceIndexRenderer.Render(entries), ReproduceIndexRenderer.Render(entries));
        Assert.Contains("1 notebook run", ReproduceIndexRenderer.Render(entries), StringComparison.Ordinal);
    }
}
