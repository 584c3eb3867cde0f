using TimKnowledgeGraph.Host.Cli;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Queries;

namespace TimKnowledgeGraph.Tests.Exports;

/// <summary>The round trip as a user runs it: <c>timkg import</c> a folder, <c>timkg export network</c>, <c>timkg import</c> the .graphml alone.</summary>
public sealed class RoundTripCliTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public async Task ShouldImportAnExportedGraphMlFileAloneUnderANewId()
    {
        using var temp = new TempContent();
        var file = Path.Combine(temp.Root, "export.graphml");

        Assert.Equal(ExitCodes.Ok, (await RunAsync("import", TradeFriendshipFixture.Folder)).ExitCode);
        Assert.Equal(ExitCodes.Ok, (await RunAsync("export", "network", TradeFriendshipFixture.Id, "--format", "graphml", "-o", file)).ExitCode);
        var import = await RunAsync("import", file, "--id", "zzq-copy");

        Assert.True(import.ExitCode == ExitCodes.Ok, import.Out + import.Error);
        Assert.Contains("created dataset zzq-copy", import.Out);
        Assert.Equal(13, await Neo4j.CountAsync("MATCH (a:Actor) WHERE a.dataset = 'zzq-copy' RETURN count(a)"));
        Assert.Equal(13, await Neo4j.CountAsync("MATCH (a:Actor)-[t:TIE]->() WHERE a.dataset = 'zzq-copy' RETURN count(t)"));
        Assert.Equal(1, await Neo4j.CountAsync("MATCH (:Dataset {id: 'zzq-copy'})-[:CONTAINS]->(n:Network {layer: 'trade', nature: 'economic'}) WHERE n.scale IS NULL RETURN count(n)"));
        // The dataset.md's free text comes back too (graph data 'description'); it was lost.
        Assert.Equal(1, await Neo4j.CountAsync(
            $"MATCH (o:Dataset {{id: '{TradeFriendshipFixture.Id}'}}), (c:Dataset {{id: 'zzq-copy'}}) WHERE o.body STARTS WITH 'Built for' AND c.body = o.body RETURN count(c)"));

        var neither = await RunAsync("import", Path.Combine(temp.Root, "missing.graphml"));
        Assert.Equal(ExitCodes.InvalidInput, neither.ExitCode);
        Assert.Contains("neither a folder nor a .graphml file", neither.Error);
    }

    /// <summary>
    /// The export streams to standard output and to <c>--output</c> alike; the file is written beside its place and moved
    /// there whole (no <c>.partial</c> left), and an unknown dataset writes no file at all.
    /// </summary>
    [Theory]
    [InlineData("graphml")]
    [InlineData("gexf")]
    public async Task ShouldWriteTheSameExportToStandardOutputAndToAFile(string format)
    {
        using var temp = new TempContent();
        var file = Path.Combine(temp.Root, "export." + format);
        Assert.Equal(ExitCodes.Ok, (await RunAsync("import", TradeFriendshipFixture.Folder)).ExitCode);

        var stdout = await RunAsync("export", "network", TradeFriendshipFixture.Id, "--format", format);
        Assert.Equal(ExitCodes.Ok, (await RunAsync("export", "network", TradeFriendshipFixture.Id, "--format", format, "-o", file)).ExitCode);
        var unknown = await RunAsync("export", "network", "zzq-no-such-dataset", "--format", format, "-o", Path.Combine(temp.Root, "none." + format));

        Assert.Equal(ExitCodes.Ok, stdout.ExitCode);
        Assert.Equal(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken), stdout.Out);
        Assert.Equal(13, System.Xml.Linq.XDocument.Parse(stdout.Out).Descendants().Count(e => e.Name.LocalName == "edge"));
        Assert.Equal(ExitCodes.InvalidInput, unknown.ExitCode);
        Assert.Equal(["export." + format], Directory.GetFiles(temp.Root).Select(Path.GetFileName));
    }

    /// <summary>An output file in a folder that does not exist was a crash (exit 134, a stack trace); now one line.</summary>
    [Fact]
    public async Task ShouldSayInOneLineWhenTheOutputFileCannotBeWritten()
    {
        using var temp = new TempContent();
        var file = Path.Combine(temp.Root, "no-such-folder", "export.graphml");
        Assert.Equal(ExitCodes.Ok, (await RunAsync("import", TradeFriendshipFixture.Folder)).ExitCode);

        var export = await RunAsync("export", "network", TradeFriendshipFixture.Id, "-o", file);

        Assert.Equal(ExitCodes.InvalidInput, export.ExitCode);
        Assert.Equal($"error: cannot write {file}: the folder {Path.GetDirectoryName(file)} does not exist", export.Error.TrimEnd());
    }

    /// <summary>A file named just ".graphml" was imported as the dataset '' (its name without the extension), exit 0.</summary>
    [Fact]
    public async Task ShouldRefuseTheBlankIdOfAFileNamedOnlyGraphMl()
    {
        using var temp = new TempContent();
        var file = Path.Combine(temp.Root, ".graphml");
        await File.WriteAllTextAsync(file,
            "<?xml version=\"1.0\"?><graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"undirected\"><node id=\"a\"/></graph></graphml>",
            TestContext.Current.CancellationToken);

        var result = await RunAsync("import", file);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("dataset id '' is blank", result.Out + result.Error);
        Assert.Equal(0, await Neo4j.CountAsync("MATCH (d:Dataset) WHERE trim(d.id) = '' RETURN count(d)"));
    }

    /// <summary>
    /// A device is written in place. The export went to "/dev/full.partial" and was then moved over the device, which as
    /// root replaced /dev/full with a regular file and exited 0. /dev/full refuses every write: a device that takes them
    /// (/dev/null) would hide a regression and lose the machine's /dev/null with it.
    /// </summary>
    [Fact]
    public async Task ShouldWriteADeviceInPlaceInsteadOfMovingAFileOverIt()
    {
        Assert.Equal(ExitCodes.Ok, (await RunAsync("import", TradeFriendshipFixture.Folder)).ExitCode);

        var export = await RunAsync("export", "network", TradeFriendshipFixture.Id, "-o", "/dev/full");

        Assert.Equal(ExitCodes.InvalidInput, export.ExitCode);
        Assert.StartsWith("error: cannot write /dev/full: ", export.Error);
        Assert.False(File.Exists("/dev/full.partial"));
    }

    /// <summary>
    /// A file that is not GraphML (any well-formed XML) was imported as an empty network: a re-import over an existing
    /// dataset deleted every one of its actors as stale. Now it is refused and the dataset is left as it was.
    /// </summary>
    [Theory]
    [InlineData("<foo><bar/></foo>", "the root element is <foo>, expected <graphml>")]
    [InlineData("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"></graphml>", "<graphml> holds no <graph> element")]
    public async Task ShouldRefuseAFileThatIsNotAGraphMlNetworkAndKeepTheDataset(string xml, string expected)
    {
        using var temp = new TempContent();
        var file = Path.Combine(temp.Root, "not-a-network.graphml");
        await File.WriteAllTextAsync(file, xml, TestContext.Current.CancellationToken);
        Assert.Equal(ExitCodes.Ok, (await RunAsync("import", TradeFriendshipFixture.Folder)).ExitCode);

        var import = await RunAsync("import", file, "--id", TradeFriendshipFixture.Id);

        Assert.Equal(ExitCodes.InvalidInput, import.ExitCode);
        Assert.Contains("error TKG006: " + expected, import.Out + import.Error);
        Assert.Equal(13, await Neo4j.CountAsync($"MATCH (a:Actor) WHERE a.dataset = '{TradeFriendshipFixture.Id}' RETURN count(a)"));
    }

    [Fact]
    public async Task ShouldRefuseAnIdGivenForAFolderInsteadOfIgnoringIt()
    {
        // --id only names a .graphml file's dataset; for a folder it was ignored and the dataset.md's id used.
        var import = await RunAsync("import", TradeFriendshipFixture.Folder, "--id", "zzq-other");

        Assert.Equal(ExitCodes.InvalidInput, import.ExitCode);
        Assert.Contains("--id zzq-other names the dataset of a .graphml file", import.Error);
        Assert.Equal(0, await Neo4j.CountAsync("MATCH (d:Dataset) RETURN count(d)"));
    }

    private Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args) => InProcessCli.RunAsync(Neo4j, args);
}
