using TimKnowledgeGraph.Host.Web.Console;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>The console's parameters box: JSON when a value reads as JSON, text otherwise, an error when it only starts like JSON.</summary>
public sealed class ConsoleParametersTests
{
    [Fact]
    public void ShouldTypeValuesAndReportALineThatStartsLikeJsonButIsNot()
    {
        var (values, errors) = ConsoleParameters.Parse("id = learning-region\nx = 3.0\nn = 2\nids = [\"a\"]\nbroken = [1, 2");

        Assert.Equal("learning-region", values["id"]);
        Assert.Equal(3.0, Assert.IsType<double>(values["x"]));
        Assert.Equal(2L, Assert.IsType<long>(values["n"]));
        Assert.Equal(["a"], Assert.IsType<List<object?>>(values["ids"]));
        // It became the text "[1, 2" before, and the query failed on a string where a list was meant.
        Assert.StartsWith("line 5: '[1, 2' starts like JSON but is not valid JSON", Assert.Single(errors));
        Assert.False(values.ContainsKey("broken"));
    }
}
