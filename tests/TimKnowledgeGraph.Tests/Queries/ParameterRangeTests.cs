using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>
/// An int parameter declares the whole numbers it accepts (<c>// @param maxDepth int 1..6 = 6</c>); the CLI and the API
/// bind through <see cref="QueryParameterBinder"/>, which refuses a value outside them (before, <c>maxDepth=-1</c>
/// answered 200 with no rows).
/// </summary>
public sealed class ParameterRangeTests
{
    private static NamedQuery Query(string parameter) => QueryHeaderParser.Parse("q", $"// A query.\n// @param {parameter}\n// @returns x\nRETURN $n AS x");

    [Theory]
    [InlineData("n int 1..6 = 6  Steps", 1L, 6L, "Steps")]
    [InlineData("n int 0.. = 0  Which part", 0L, null, "Which part")]
    [InlineData("n int ..10  At most ten", null, 10L, "At most ten")]
    [InlineData("n int -3..-1 = -2  Negative", -3L, -1L, "Negative")]
    public void A_range_is_read_after_the_type(string declaration, long? min, long? max, string description)
    {
        var p = Query(declaration).Parameters.Single();

        Assert.Equal(new QueryRange(min, max), p.Range);
        Assert.Equal(description, p.Description);
    }

    [Fact]
    public void A_parameter_without_a_range_accepts_any_whole_number()
    {
        var p = Query("n int = 6  Steps (1 .. 6 in words only)").Parameters.Single();
        Assert.Null(p.Range);
        Assert.Empty(QueryParameterBinder.Bind(Query("n int = 6  Steps"), new Dictionary<string, string> { ["n"] = "-1" }).Errors);
    }

    [Theory]
    [InlineData("n int .. = 1  Open at both ends", "should read <min>..<max>")]
    [InlineData("n int 6..1 = 1  Backwards", "should read <min>..<max>")]
    [InlineData("n int 1..x  Not a number", "should read <min>..<max>")]
    [InlineData("n int 1..2..3  Three ends", "should read <min>..<max>")]
    [InlineData("n string 1..6  Text", "only an int parameter may")]
    [InlineData("n int 1..6 = 7  Default outside", "default of n is not a whole number from 1 to 6")]
    public void A_bad_range_is_an_error_of_the_header(string declaration, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => Query(declaration));
        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("6", true)]
    [InlineData("0", false)]
    [InlineData("7", false)]
    [InlineData("-1", false)]
    [InlineData("9223372036854775807", false)]
    public void The_binder_refuses_a_value_outside_the_range(string value, bool accepted)
    {
        var (parameters, errors) = QueryParameterBinder.Bind(Query("n int 1..6 = 6  Steps"), new Dictionary<string, string> { ["n"] = value });

        if (accepted)
        {
            Assert.Empty(errors);
            Assert.Equal(long.Parse(value, System.Globalization.CultureInfo.InvariantCulture), parameters["n"]);
        }
        else Assert.Equal($"parameter n of query 'q' must be a whole number from 1 to 6, got '{value}'", Assert.Single(errors));
    }

    [Fact]
    public void A_required_parameter_names_its_range_when_missing()
    {
        var (_, errors) = QueryParameterBinder.Bind(Query("n int 1..  How many"), new Dictionary<string, string>());
        Assert.Equal("query 'q' needs parameter 'n' (How many), a whole number of at least 1", Assert.Single(errors));
    }

    /// <summary>
    /// Every int parameter users can set declares its range: a depth, a limit, a threshold or a part count outside it
    /// answers wrongly (an empty lineage, Neo4j's division by zero), so the header must say where it ends.
    /// </summary>
    [Fact]
    public void Every_int_parameter_of_the_catalog_declares_its_range()
    {
        var unbounded = QueryCatalog.Embedded.All
            .SelectMany(q => q.Parameters.Where(p => p.Type == QueryParameterType.Int && p.Range is null).Select(p => $"{q.Name}: {p.Name}"))
            .ToList();
        Assert.Empty(unbounded);
        Assert.Equal(new QueryRange(1, 6), QueryCatalog.Embedded.Get("lineage").Parameters.Single(p => p.Name == "maxDepth").Range);
        Assert.Equal(new QueryRange(0, 6), QueryCatalog.Embedded.Get("critiques").Parameters.Single(p => p.Name == "maxDepth").Range);
    }

    /// <summary>
    /// A limit sets the answer's size, so it has a maximum: <c>search?text=a&amp;limit=100000000</c> answered with every
    /// matching node of the graph, 38 MB in 10.5 s, and three such requests at once took 20 s each.
    /// </summary>
    [Fact]
    public void Every_limit_of_the_catalog_has_a_maximum()
    {
        var open = QueryCatalog.Embedded.All
            .SelectMany(q => q.Parameters.Where(p => p.Name == "limit" && p.Range?.Max is null).Select(p => $"{q.Name}: {p.Name}"))
            .ToList();
        Assert.Empty(open);
        var (_, errors) = QueryParameterBinder.Bind(QueryCatalog.Embedded.Get("search"), new Dictionary<string, string> { ["text"] = "a", ["limit"] = "100000000" });
        Assert.Equal("parameter limit of query 'search' must be a whole number from 1 to 1000, got '100000000'", Assert.Single(errors));
    }

    /// <summary>
    /// A split query's part is bounded by its parts, which each range alone cannot say: <c>part=5&amp;parts=3</c> counted
    /// no actor and answered 200 with zeros for every layer pair.
    /// </summary>
    [Theory]
    [InlineData("layer-overlap", "0", "3", true)]
    [InlineData("layer-overlap", "2", "3", true)]
    [InlineData("layer-overlap", "3", "3", false)]
    [InlineData("regional-typology", "5", "3", false)]
    [InlineData("regional-typology", "1", "1", false)]
    public void A_part_must_be_below_the_parts(string query, string part, string parts, bool accepted)
    {
        var (_, errors) = QueryParameterBinder.Bind(QueryCatalog.Embedded.Get(query),
            new Dictionary<string, string> { ["dataset"] = "d", ["part"] = part, ["parts"] = parts });

        if (accepted) Assert.Empty(errors);
        else Assert.Equal($"parameter part of query '{query}' must be less than parts ({parts}), got '{part}'", Assert.Single(errors));
    }

    [Fact]
    public void A_part_alone_is_checked_against_the_default_of_one_part()
    {
        var (_, errors) = QueryParameterBinder.Bind(QueryCatalog.Embedded.Get("layer-overlap"), new Dictionary<string, string> { ["dataset"] = "d", ["part"] = "1" });

        Assert.Equal("parameter part of query 'layer-overlap' must be less than parts (1), got '1'", Assert.Single(errors));
    }
}
