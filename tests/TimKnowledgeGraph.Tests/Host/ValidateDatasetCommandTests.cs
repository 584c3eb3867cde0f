using TimKnowledgeGraph.Host.Cli;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Queries;

namespace TimKnowledgeGraph.Tests.Host;

/// <summary>
/// <c>timkg validate</c> on what <c>timkg import</c> takes (a dataset folder, a GraphML file): it checked the folder as
/// a content root before, found no content files in it and said "0 errors", whatever the rows held. No Neo4j is needed.
/// </summary>
public sealed class ValidateDatasetCommandTests
{
    [Fact]
    public async Task ShouldCheckADatasetFoldersRowsAsAnImportWould()
    {
        var (exitCode, output) = await ValidateAsync(TradeFriendshipFixture.Folder);

        Assert.Equal(ExitCodes.Ok, exitCode);
        var rows = File.ReadLines(Path.Combine(TradeFriendshipFixture.Folder, "actors.csv")).Count() - 1;
        var ties = File.ReadLines(Path.Combine(TradeFriendshipFixture.Folder, "ties.csv")).Count() - 1;
        Assert.Contains($"dataset zzq-trade-friendship: {rows} actor rows, {ties} tie rows: 0 error(s), 1 warning(s)", output, StringComparison.Ordinal);
        Assert.Contains("warning TKG035: actor kind 'family'", output, StringComparison.Ordinal); // the village's families
    }

    [Fact]
    public async Task ShouldReportEveryBadRowAtItsLineAndExitOneWithNothingWritten()
    {
        using var content = new TempContent()
            .With("dataset.md", "---\nid: bad\nlayers: [{id: trade, nature: economic}]\n---\n")
            .With("actors.csv", "id,name\na,A\nb,B\n")
            .With("ties.csv", "source,target,layer,weight\na,b,trade,heavy\na,c,trade,1\n");

        var (exitCode, output) = await ValidateAsync(content.Root);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        var folder = Path.GetFileName(content.Root);
        Assert.Contains($"{folder}/ties.csv:2:11: error TKG033: weight 'heavy' is not a number", output, StringComparison.Ordinal);
        Assert.Contains($"{folder}/ties.csv:3:3: error TKG030: tie target 'c' is not an actor of dataset 'bad'", output, StringComparison.Ordinal);
        Assert.Contains("dataset bad: 2 actor rows, 2 tie rows: 2 error(s), 0 warning(s); timkg import would write nothing", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[{id: trade, nature: economic}]", 0)]
    [InlineData("[{id: trade, nature: economic}, {id: friends, nature: social}]", 1)]
    public async Task ShouldTakeGephisTablesWhoseTiesNeedALayerColumnOnlyWhenThereAreSeveralLayers(string layers, int errors)
    {
        using var content = new TempContent()
            .With("dataset.md", $"---\nid: gephi\nlayers: {layers}\n---\n")
            .With("actors.csv", "Id,Label\na,Alfa\nb,Beta\n")
            .With("ties.csv", "Source,Target,Type,Weight\na,b,Undirected,2.0\n");

        var (exitCode, output) = await ValidateAsync(content.Root);

        Assert.Equal(errors == 0 ? ExitCodes.Ok : ExitCodes.InvalidInput, exitCode);
        Assert.Contains($"dataset gephi: 2 actor rows, {1 - errors} tie rows: {errors} error(s)", output, StringComparison.Ordinal);
        Assert.Equal(errors == 1, output.Contains("error TKG010: the header has no 'layer' column", StringComparison.Ordinal));
        Assert.DoesNotContain("unknown column 'Label'", output, StringComparison.Ordinal); // the actors' names
    }

    [Fact]
    public async Task ShouldCheckAGraphMlFileAlone()
    {
        using var content = new TempContent().With("net.graphml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="k" for="edge" attr.name="layer" attr.type="string"/>
              <graph edgedefault="directed">
                <node id="a"/><node id="b"/>
                <edge source="a" target="b"><data key="k">trade</data></edge>
                <edge source="a" target="ghost"><data key="k">trade</data></edge>
              </graph>
            </graphml>
            """);

        var (exitCode, output) = await ValidateAsync(Path.Combine(content.Root, "net.graphml"));

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("error TKG030: tie target 'ghost' is not an actor of dataset 'net'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldSayHowToDescribeAGephiGraphMlFileAndTakeItOnceADatasetMdNamesItsLayer()
    {
        // Gephi's GraphML export: node labels, edge weights, no layer anywhere.
        using var content = new TempContent().With("florentine.graphml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key attr.name="label" attr.type="string" for="node" id="label"/>
              <key attr.name="weight" attr.type="double" for="edge" id="weight"/>
              <graph edgedefault="undirected">
                <node id="1"><data key="label">Medici</data></node>
                <node id="2"><data key="label">Strozzi</data></node>
                <node id="3"><data key="label">Albizzi</data></node>
                <edge id="0" source="1" target="2"><data key="weight">1.0</data></edge>
                <edge id="1" source="1" target="3"><data key="weight">1.0</data></edge>
              </graph>
            </graphml>
            """);

        var (exitCode, output) = await ValidateAsync(Path.Combine(content.Root, "florentine.graphml"));

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        var error = Assert.Single(output.Split('\n'), l => l.Contains(": error ", StringComparison.Ordinal));
        Assert.Contains("error TKG010: the file names no layer", error, StringComparison.Ordinal);
        Assert.Contains("graphml: florentine.graphml", error, StringComparison.Ordinal);

        content.With("dataset.md", "---\nid: florentine\nlayers: [{id: marriage, nature: kinship}]\ngraphml: florentine.graphml\n---\n");
        (exitCode, output) = await ValidateAsync(content.Root);

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains("dataset florentine: 3 actor rows, 2 tie rows: 0 error(s), 0 warning(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldSayAFolderWithoutContentFilesHoldsNone()
    {
        using var content = new TempContent().With("notes.txt", "not content");

        var (exitCode, output) = await ValidateAsync(content.Root);

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains("holds no content files", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> ValidateAsync(string path)
    {
        var output = new StringWriter();
        var exitCode = await CliApp.RunAsync(["validate", path], new CliConsole(output, output));
        return (exitCode, output.ToString());
    }
}
