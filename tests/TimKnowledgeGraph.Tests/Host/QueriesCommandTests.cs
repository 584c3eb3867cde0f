using TimKnowledgeGraph.Host.Cli;

namespace TimKnowledgeGraph.Tests.Host;

/// <summary><c>timkg queries</c>: the catalogue as a reader sees it (no server needed).</summary>
public sealed class QueriesCommandTests
{
    [Fact]
    public async Task ShouldShowAListDefaultAsTheHeaderWritesIt()
    {
        var output = new StringWriter();
        var exitCode = await CliApp.RunAsync(["queries"], new CliConsole(output, new StringWriter()));

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains("--param socialNatures=<stringlist> (default social,kinship,cultural)", output.ToString());
        Assert.DoesNotContain("System.Collections", output.ToString());
    }

    [Fact]
    public async Task ShouldShowTheRangeAnIntParameterAccepts()
    {
        var output = new StringWriter();
        await CliApp.RunAsync(["queries"], new CliConsole(output, new StringWriter()));

        Assert.Contains("--param maxDepth=<int 1..6> (default 6)", output.ToString());
        Assert.Contains("--param limit=<int 1..1000> (default 20)", output.ToString());
        Assert.Contains("--param parts=<int 1..> (default 1)", output.ToString());
        Assert.Contains("--param id=<string>  ", output.ToString());
    }
}
