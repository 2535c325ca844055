using MedTwin.Data.Csv;

namespace MedTwin.Tests.Data.Csv;

public sealed class CsvRecordReaderTests
{
    [Fact]
    public void Quoted_fields_may_hold_commas_doubled_quotes_and_line_breaks()
    {
        var records = CsvRecordReader.Read("a,\"b,c\",\"say \"\"hi\"\"\"\n\"two\nlines\",x,\n").ToList();

        Assert.Equal(2, records.Count);
        Assert.Equal(["a", "b,c", "say \"hi\""], records[0].Fields);
        Assert.Equal(1, records[0].Line);
        Assert.Equal(["two\nlines", "x", ""], records[1].Fields);
        Assert.Equal(2, records[1].Line);
    }

    [Fact]
    public void Crlf_and_lf_line_ends_give_the_same_records_and_line_numbers()
    {
        var lf = CsvRecordReader.Read("h1,h2\n1,2\n3,4\n").ToList();
        var crlf = CsvRecordReader.Read("h1,h2\r\n1,2\r\n3,4\r\n").ToList();

        Assert.Equal(lf.Select(r => (r.Line, string.Join("|", r.Fields))), crlf.Select(r => (r.Line, string.Join("|", r.Fields))));
    }

    [Fact]
    public void A_missing_final_line_break_loses_nothing()
    {
        var records = CsvRecordReader.Read("h\n1\n2").ToList();

        Assert.Equal(["2"], records[^1].Fields);
        Assert.Equal(3, records[^1].Line);
    }

    [Fact]
    public void A_blank_line_is_a_record_with_one_empty_field_not_skipped()
    {
        var records = CsvRecordReader.Read("h1,h2\n\n1,2\n").ToList();

        Assert.Equal(3, records.Count);
        Assert.Equal([""], records[1].Fields);
        Assert.Equal(2, records[1].Line);
    }

    [Fact]
    public void Spaces_around_values_are_kept_as_written()
    {
        var record = Assert.Single(CsvRecordReader.Read(" a , b\n"));

        Assert.Equal([" a ", " b"], record.Fields);
    }

    [Theory]
    [InlineData("h\n\"open\n", 2, "never closed")]
    [InlineData("h\nab\"c\n", 2, "double quote inside an unquoted field")]
    [InlineData("h\n\"a\"b\n", 2, "after the closing quote")]
    [InlineData("h\na\rb\n", 2, "carriage return")]
    public void Malformed_csv_is_an_error_naming_the_line(string text, int line, string problem)
    {
        var error = Assert.Throws<CsvSyntaxException>(() => CsvRecordReader.Read(text).ToList());

        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
