using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>Period ends as users type them: one binder turns years and months into the inclusive ISO dates the ties carry.</summary>
public sealed class PeriodParameterTests
{
    [Theory]
    [InlineData("2007", false, "2007-01-01")]
    [InlineData("2007", true, "2007-12-31")]
    [InlineData("2008-02", true, "2008-02-29")]
    [InlineData("2007-02", true, "2007-02-28")]
    [InlineData("9999-12", true, "9999-12-31")]
    [InlineData("2007-03", false, "2007-03-01")]
    [InlineData(" 2010-06-15 ", true, "2010-06-15")]
    [InlineData("2010-06-15", false, "2010-06-15")]
    public void Rounds_years_and_months_to_the_first_or_last_day(string text, bool atEnd, string expected) =>
        Assert.Equal(expected, PeriodDate.Parse(text, atEnd));

    [Theory]
    [InlineData("")]
    [InlineData("07")]
    [InlineData("0000")]
    [InlineData("20070")]
    [InlineData("2007-1")]
    [InlineData("2007-13")]
    [InlineData("2007-02-30")]
    [InlineData("2007-1-01")]
    [InlineData("2007/01/01")]
    [InlineData("٢٠٠٧")]
    [InlineData("2007-01-01T00:00")]
    [InlineData("' OR 1=1 //")]
    public void Refuses_what_is_not_a_date(string text)
    {
        Assert.Null(PeriodDate.Parse(text, atEnd: false));
        Assert.Null(PeriodDate.Parse(text, atEnd: true));
    }

    [Fact]
    public void Header_declares_optional_parameters_that_default_to_null()
    {
        var query = QueryHeaderParser.Parse("q", "// A query.\n// @param from date = null  Start\n// @param to date-end = null  End\n// @param wave string = null  Wave\nRETURN 1");
        Assert.All(query.Parameters, p => Assert.False(p.IsRequired));
        Assert.Equal([QueryParameterType.Date, QueryParameterType.DateEnd, QueryParameterType.String], query.Parameters.Select(p => p.Type));
        Assert.All(query.DefaultParameters().Values, Assert.Null);
        Assert.Equal(["from", "to", "wave"], query.DefaultParameters().Keys.Order());
    }

    [Fact]
    public void Binder_turns_typed_years_into_dates_and_reports_bad_ones()
    {
        var overlap = QueryCatalog.Embedded.Get("layer-overlap");
        var (bound, errors) = QueryParameterBinder.Bind(overlap, new Dictionary<string, string> { ["dataset"] = "d", ["from"] = "2007", ["to"] = "2010" });
        Assert.Empty(errors);
        Assert.Equal(("2007-01-01", "2010-12-31"), ((string?)bound["from"], (string?)bound["to"]));
        Assert.Null(bound["wave"]);

        var (_, bad) = QueryParameterBinder.Bind(overlap, new Dictionary<string, string> { ["dataset"] = "d", ["to"] = "2010-02-30" });
        Assert.Single(bad);
        Assert.Contains("parameter to of query 'layer-overlap' must be a date", bad[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("layer-overlap")]
    [InlineData("multiplex-participation")]
    [InlineData("brokers")]
    [InlineData("regional-typology")]
    public void Analyses_by_period_take_from_to_and_wave(string name)
    {
        var parameters = QueryCatalog.Embedded.Get(name).Parameters.ToDictionary(p => p.Name);
        Assert.Equal(QueryParameterType.Date, parameters["from"].Type);
        Assert.Equal(QueryParameterType.DateEnd, parameters["to"].Type);
        Assert.Equal(QueryParameterType.String, parameters["wave"].Type);
        Assert.All(new[] { "from", "to", "wave" }, p => Assert.True(parameters[p].DefaultsToNull));
    }
}
