using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Host.Cli;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Corpus;

/// <summary>
/// A deliberately broken copy of the real corpus: one clear diagnostic per problem, at the right file and line,
/// and the graph in Neo4j left exactly as it was.
/// </summary>
public sealed class BrokenContentTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public void ShouldReportEachProblemOnceAtItsFileAndLine()
    {
        using var broken = new ContentCopy(RepositoryPaths.Content);
        var problems = Break(broken);

        var diagnostics = ContentPipeline.Load(broken.Root).Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

        foreach (var (code, file, line) in problems)
            Assert.Single(diagnostics, d => d.Code == code && d.Location.File == file && d.Location.Line == line);
        Assert.Equal(problems.Count, diagnostics.Count);
    }

    [Fact]
    public async Task ShouldLeaveTheGraphAsItWasWhenTheContentIsBroken()
    {
        Assert.Equal(ExitCodes.Ok, await LoadAsync(RepositoryPaths.Content));
        var before = await GraphDump.TakeAsync(Client);
        using var broken = new ContentCopy(RepositoryPaths.Content);
        Break(broken);

        Assert.Equal(ExitCodes.InvalidInput, await LoadAsync(broken.Root));

        Assert.Equal(before, await GraphDump.TakeAsync(Client));
    }

    [Fact]
    public async Task ShouldValidateTheRealCorpusWithoutAnyProblem()
    {
        var output = new StringWriter();
        var exitCode = await CliApp.RunAsync(["validate", RepositoryPaths.Content], new CliConsole(output, output));

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.EndsWith("0 error(s), 0 warning(s)", output.ToString().TrimEnd());
    }

    /// <summary>Five kinds of mistake researchers make; returns the (code, file, line) each must be reported at.</summary>
    private static List<(string Code, string File, int Line)> Break(ContentCopy content) =>
    [
        ("TKG023", "concepts/clusters.md", content.Replace("concepts/clusters.md", "[[clusters-slippery-concept]]", "[[clusters-slipery-concept]]")),
        ("TKG012", "propositions/proposition-9.md", content.Replace("propositions/proposition-9.md", "stance: qualifies", "stance: undermines")),
        ("TKG030", "networks/preface-network/ties.csv", content.AppendLine("networks/preface-network/ties.csv", "paul,nobody,rsa-network,,1")),
        ("TKG001", "concepts/learning-organisations.md", content.Replace("concepts/learning-organisations.md", "name: ", "name: [unclosed")),
        DuplicateId(content),
    ];

    private static (string, string, int) DuplicateId(ContentCopy content)
    {
        // A critique note reusing a concept's id: reported at the later file (critiques/ after concepts/), naming the first.
        content.AppendLine("critiques/clusters.md", "---");
        var line = content.AppendLine("critiques/clusters.md", "id: clusters");
        content.AppendLine("critiques/clusters.md", "name: Clusters are slippery");
        content.AppendLine("critiques/clusters.md", "targets: [clusters]");
        content.AppendLine("critiques/clusters.md", "raised_in: [martin2003]");
        content.AppendLine("critiques/clusters.md", "---");
        return ("TKG020", "critiques/clusters.md", line);
    }

    private async Task<int> LoadAsync(string root) => await CliApp.RunAsync(
        ["load", "--content", root, $"--Neo4j:Uri={Neo4j.Endpoint.HttpUri}", $"--Neo4j:Password={Neo4j.Endpoint.Password}", "--Logging:LogLevel:Default=None"],
        new CliConsole(TextWriter.Null, TextWriter.Null));
}
