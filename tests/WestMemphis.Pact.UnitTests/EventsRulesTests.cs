using System.Text;
using WestMemphis.Pact.Csv;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Text;

namespace WestMemphis.Pact.UnitTests;

public sealed class CentralTimeInputTests
{
    [Fact]
    public void The_spring_forward_gap_does_not_exist()
    {
        Assert.Null(CentralTimeInput.ToUtc(new DateOnly(2026, 3, 8), new TimeOnly(2, 30)));
        Assert.Contains("does not exist in Central time", CentralTimeInput.GapMessage(new DateOnly(2026, 3, 8), new TimeOnly(2, 30)));
    }

    [Fact]
    public void The_fall_back_hour_is_taken_as_its_first_daylight_occurrence()
    {
        // 1:30 AM on 1 Nov 2026 happens at 06:30 UTC (CDT) and again at 07:30 UTC (CST).
        Assert.Equal(new DateTime(2026, 11, 1, 6, 30, 0, DateTimeKind.Utc), CentralTimeInput.ToUtc(new DateOnly(2026, 11, 1), new TimeOnly(1, 30)));
    }

    [Fact]
    public void Ordinary_times_convert_with_the_offset_of_their_season()
    {
        Assert.Equal(new DateTime(2026, 7, 4, 23, 0, 0, DateTimeKind.Utc), CentralTimeInput.ToUtc(new DateOnly(2026, 7, 4), new TimeOnly(18, 0)));
        Assert.Equal(new DateTime(2026, 12, 4, 0, 0, 0, DateTimeKind.Utc), CentralTimeInput.ToUtc(new DateOnly(2026, 12, 3), new TimeOnly(18, 0)));
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("9999-01-01")]
    [InlineData("26-1-1")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2026-01-01\0")]
    public void Impossible_dates_are_refused(string? value) => Assert.False(CentralTimeInput.TryParseDate(value, out _));

    [Theory]
    [InlineData("24:00")]
    [InlineData("7pm")]
    [InlineData("-1:00")]
    public void Impossible_times_are_refused(string value) => Assert.False(CentralTimeInput.TryParseTime(value, out _));
}

public sealed class CsvExportTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")", "'=HYPERLINK(\"http://evil.example\")")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("Ward 2", "Ward 2")]
    [InlineData("", "")]
    public void Cells_a_spreadsheet_would_run_as_formulas_become_text(string value, string expected) =>
        Assert.Equal(expected, CsvExport.Neutralise(value));

    [Fact]
    public void Commas_quotes_and_line_breaks_are_quoted_per_rfc_4180()
    {
        var bytes = CsvExport.Write(["Name", "Notes"], [["Lee, Pat", "said \"hi\"\nthen left"]]);
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        Assert.Equal("Name,Notes\r\n\"Lee, Pat\",\"said \"\"hi\"\"\nthen left\"\r\n", text);
    }

    [Fact]
    public async Task A_download_starts_with_a_bom_so_spreadsheets_read_accents()
    {
        using var body = new MemoryStream();
        await CsvExport.WriteAsync(body, ["Name"], [["=1+1"]], CancellationToken.None);
        var text = Encoding.UTF8.GetString(body.ToArray());
        Assert.Equal("\uFEFFName\r\n'=1+1\r\n", text);
    }
}

public sealed class SlugTests
{
    [Theory]
    [InlineData("National Night Out 2026!", "national-night-out-2026")]
    [InlineData("Faith & Blue", "faith-blue")]
    [InlineData("\"><svg onload=alert(1)>", "svg-onload-alert-1")]
    [InlineData("", "event")]
    public void Titles_become_readable_url_parts(string title, string slug) => Assert.Equal(slug, Slug.From(title));
}
