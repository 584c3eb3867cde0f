using CsCheck;
using TimKnowledgeGraph.Domain.Content.Networks;

namespace TimKnowledgeGraph.Tests.Content;

/// <summary>The date parser of network data: never throws, accepts exactly the real dates (checked against the calendar rule, not DateOnly).</summary>
public sealed class TimeValueTests
{
    [Theory]
    [InlineData("2007", false, "2007-01-01")]
    [InlineData("2007", true, "2007-12-31")]
    [InlineData("2007-05-14", false, "2007-05-14")]
    [InlineData("2008-02-29", true, "2008-02-29")]
    [InlineData("2000-02-29", false, "2000-02-29")]
    public void Reads_years_and_ISO_dates(string text, bool end, string iso)
    {
        Assert.True(TimeValue.TryParse(text, end, out var parsed));
        Assert.Equal(iso, parsed);
    }

    [Theory]
    [InlineData("2007-13-01")]
    [InlineData("20x7")]
    [InlineData("1900-02-29")]
    [InlineData("2007-02-30")]
    [InlineData("07")]
    [InlineData("0000")]
    [InlineData("2007-5-14")]
    [InlineData(" 2007")]
    [InlineData("٢٠٠٧")] // Arabic-Indic digits: char.IsDigit, but not a year as written
    [InlineData("2007-05-14T00:00")]
    [InlineData("")]
    public void Refuses_what_is_not_a_date(string text) => Assert.False(TimeValue.TryParse(text, false, out _));

    [Fact]
    public void Accepts_exactly_the_days_of_the_calendar()
    {
        Gen.Select(Gen.Int[-5, 10005], Gen.Int[-1, 14], Gen.Int[-1, 33]).Sample((y, m, d) =>
        {
            var text = $"{Pad(y, 4)}-{Pad(m, 2)}-{Pad(d, 2)}";
            var valid = y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DaysIn(y, m);
            Assert.Equal(valid, TimeValue.TryParse(text, false, out var iso));
            if (valid) Assert.Equal(text, iso);
        });
    }

    [Fact]
    public void Never_throws_and_accepts_only_the_two_shapes()
    {
        var chars = Gen.Frequency((6, Gen.Char['0', '9']), (2, Gen.Const('-')), (1, Gen.Char));
        Gen.Frequency((3, chars.Array[0, 12].Select(c => new string(c))), (1, Gen.String)).Sample(text =>
        {
            if (!TimeValue.TryParse(text, true, out var iso)) return;
            Assert.Equal(10, iso.Length);
            Assert.True(text.Length == 4 ? iso == text + "-12-31" : iso == text, $"'{text}' read as '{iso}'");
        });
    }

    private static string Pad(int value, int width) => value < 0 ? value.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : value.ToString(new string('0', width), System.Globalization.CultureInfo.InvariantCulture);

    // The Gregorian rule, written out: every 4th year, but not every 100th, but every 400th.
    private static int DaysIn(int year, int month) => month switch
    {
        2 => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
