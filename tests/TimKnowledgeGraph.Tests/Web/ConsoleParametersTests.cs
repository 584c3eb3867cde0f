using TimKnowledgeGraph.Host.Output;
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

    /// <summary>
    /// Each bad line was an error echoing the line whole: a 4 MB form of a million one-character lines gave a million
    /// errors (a 79 MB page), and one line of 4 MiB was echoed whole. The first 20 are kept, each line cut, the rest counted.
    /// </summary>
    [Fact]
    public void ShouldKeepTheFirstErrorsOfAHostileBoxEachCutAndCountTheRest()
    {
        var box = new string('x', 1_000_000) + "\n" + string.Concat(Enumerable.Repeat("x\n", ConsoleParameters.MaxLines - 2));

        var (_, errors) = ConsoleParameters.Parse(box);

        Assert.Equal(CappedErrors.MaxKept + 1, errors.Count);
        Assert.StartsWith("line 1: expected 'name = value', found 'xxx", errors[0]);
        Assert.True(errors[0].Length < 200, $"the first error is {errors[0].Length:N0} characters long");
        Assert.Equal("line 20: expected 'name = value', found 'x'", errors[CappedErrors.MaxKept - 1]);
        Assert.Equal($"{ConsoleParameters.MaxLines - 1 - CappedErrors.MaxKept:N0} more line(s) could not be read", errors[^1]);
    }

    /// <summary>400,000 lines of "a=[" (4 MB) were each parsed, each a JSON exception; the form was answered after 12 s.</summary>
    [Fact]
    public void ShouldRefuseABoxOfMoreLinesThanItReadsWithoutReadingThem()
    {
        var (values, errors) = ConsoleParameters.Parse(string.Concat(Enumerable.Repeat("a=[\n", 400_000)));

        Assert.Empty(values);
        Assert.Equal($"the box has {400_001:N0} lines; at most {ConsoleParameters.MaxLines:N0} are read, one parameter a line", Assert.Single(errors));
    }
}
