using System.Globalization;
using System.Text;
using System.Xml;
using MedTwin.Reproducibility;

namespace MedTwin.Notebooks.Verification;

/// <summary>
/// Writes verification results as JUnit XML, which CI servers show as test results: one <c>testsuite</c> per notebook (named
/// by its relative path), one <c>testcase</c> per verified cell ("cell 3", with the notebook's path as <c>classname</c>), one
/// "file PATH" case per file the notebook writes, one "run manifest" case per notebook, and a "notebook" case when the
/// notebook could not be compared. A mismatch is a <c>failure</c> whose message is one sentence and whose text is the diff;
/// a cell not run is <c>skipped</c>; a notebook that could not be verified is an <c>error</c>. The output is UTF-8 and depends only on the results, apart from the times (seconds).
/// </summary>
public static class JUnitReport
{
    private const string ManifestCase = "run manifest";
    private const string NotebookCase = "notebook";

    /// <summary>Writes the report to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, IEnumerable<NotebookVerification> notebooks)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(notebooks);
        var suites = notebooks.Select(Suite.Of).ToList();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var xml = XmlWriter.Create(stream, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "medtwin verify");
        WriteCounts(xml, suites.SelectMany(suite => suite.Cases).ToList());
        foreach (var suite in suites)
        {
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", suite.Name);
            WriteCounts(xml, suite.Cases);
            foreach (var testCase in suite.Cases)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("name", testCase.Name);
                xml.WriteAttributeString("classname", suite.Name);
                xml.WriteAttributeString("time", Seconds(testCase.Time));
                if (testCase.Outcome is not null)
                {
                    xml.WriteStartElement(testCase.Outcome);
                    xml.WriteAttributeString("message", XmlSafe(testCase.Message));
                    if (testCase.Type is not null)
                    {
                        xml.WriteAttributeString("type", testCase.Type);
                    }

                    if (testCase.Text.Length > 0)
                    {
                        xml.WriteString(XmlSafe(testCase.Text));
                    }

                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>The report as text.</summary>
    public static string ToXml(IEnumerable<NotebookVerification> notebooks)
    {
        using var stream = new MemoryStream();
        Write(stream, notebooks);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the report to the file at <paramref name="path"/>, replacing it whole or not at all.</summary>
    public static void WriteFile(string path, IEnumerable<NotebookVerification> notebooks)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFile.Write(path, stream => Write(stream, notebooks));
    }

    private static void WriteCounts(XmlWriter xml, IReadOnlyList<Case> cases)
    {
        xml.WriteAttributeString("tests", Count(cases.Count));
        xml.WriteAttributeString("failures", Count(cases.Count(c => c.Outcome == "failure")));
        xml.WriteAttributeString("errors", Count(cases.Count(c => c.Outcome == "error")));
        xml.WriteAttributeString("skipped", Count(cases.Count(c => c.Outcome == "skipped")));
        xml.WriteAttributeString("time", Seconds(cases.Aggregate(TimeSpan.Zero, (total, c) => total + c.Time)));
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>The text with characters XML 1.0 cannot hold (control characters such as the escape of terminal colours) written as <c>\u001B</c>.</summary>
    private static string XmlSafe(string text)
    {
        if (text.All(c => XmlConvert.IsXmlChar(c)))
        {
            return text;
        }

        var safe = new StringBuilder(text.Length + 16);
        for (var index = 0; index < text.Length; index++)
        {
            var c = text[index];
            if (XmlConvert.IsXmlChar(c))
            {
                safe.Append(c);
            }
            else if (index + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[index + 1], c))
            {
                safe.Append(c).Append(text[index + 1]);
                index++;
            }
            else
            {
                safe.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return safe.ToString();
    }

    private sealed record Case(string Name, TimeSpan Time, string? Outcome = null, string Message = "", string? Type = null, string Text = "");

    private sealed record Suite(string Name, IReadOnlyList<Case> Cases)
    {
        public static Suite Of(NotebookVerification notebook)
        {
            var name = notebook.RelativePath.Replace('\\', '/');
            if (notebook.Result is not { } result)
            {
                return new Suite(name, [new Case(NotebookCase, TimeSpan.Zero, "error", notebook.Error ?? "", "error", notebook.Error ?? "")]);
            }

            var cases = new List<Case>();
            if (result.StructureProblem is { } problem)
            {
                cases.Add(new Case(NotebookCase, TimeSpan.Zero, "failure", problem, "code-changed"));
            }

            foreach (var cell in result.Cells)
            {
                var time = notebook.CellDurations.GetValueOrDefault(cell.CellNumber);
                var caseName = string.Create(CultureInfo.InvariantCulture, $"cell {cell.CellNumber}");
                cases.Add(cell.Status switch
                {
                    CellVerificationStatus.Match => new Case(caseName, time),
                    CellVerificationStatus.NotRun => new Case(caseName, time, "skipped", cell.Message),
                    CellVerificationStatus.CodeChanged => new Case(caseName, time, "failure", cell.Message, "code-changed", cell.Diff),
                    _ => new Case(caseName, time, "failure", cell.Message, "mismatch", cell.Diff),
                });
            }

            foreach (var file in result.Files)
            {
                var caseName = $"file {file.Path}";
                cases.Add(file.IsMatch ? new Case(caseName, TimeSpan.Zero) : new Case(caseName, TimeSpan.Zero, "failure", file.Message, "file"));
            }

            cases.Add(result.ManifestDifferences.Count == 0
                ? new Case(ManifestCase, TimeSpan.Zero)
                : new Case(
                    ManifestCase,
                    TimeSpan.Zero,
                    "failure",
                    "The run manifest differs from the committed one in what must match (MedTwin version, snapshots).",
                    "manifest",
                    string.Join('\n', result.ManifestDifferences) + "\n"));
            return new Suite(name, cases);
        }
    }
}
