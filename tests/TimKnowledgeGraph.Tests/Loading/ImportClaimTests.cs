using System.Globalization;
using System.Text.RegularExpressions;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>One import of a dataset at a time (ImportClaim), on the real Neo4j.</summary>
public sealed class ImportClaimTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    private static readonly string[] RunProperties = ["importRun", "completedRun", "completedAt"];

    // Without the claim (checked on the code before it): started before the first run's description, the second run
    // completed, then the first failed on the unique constraint and left the dataset 'running'; started during the
    // first run's ties, the second completed, the first went on creating ties and stopped on a confusing row count,
    // leaving 524 ties for 400 rows (124 pairs twice) in a dataset marked complete.
    [Theory]
    [InlineData("SET d = $props")] // the first run has claimed the dataset, nothing written yet
    [InlineData("[:TIE ")]         // the first run is writing its ties
    public async Task ShouldRefuseASecondRunWhileTheFirstIsWritingAndLetTheFirstFinish(string secondStartsBefore)
    {
        using var data = GeneratedDataset.Create(actors: 60, ties: 400);
        var expected = await ImportThenWipeAsync(data);

        ImportInProgressException? refused = null;
        var secondRunMeanwhile = new InterferingClient(Client, secondStartsBefore, async (_, ct) =>
            refused = await Assert.ThrowsAsync<ImportInProgressException>(() => Importer(Client).ImportAsync(data.Root, null, ct)));
        var first = await Importer(secondRunMeanwhile, batch: 25).ImportAsync(data.Root, null, TestContext.Current.CancellationToken);

        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.NotNull(refused);
        Assert.StartsWith("import of 'gen' refused: another import of it is running, and nothing was written; run the import again once that one has finished", refused.Message);
        Assert.Equal(expected, await GraphDump.TakeAsync(Client, RunProperties));
        Assert.Equal(0, await Neo4j.CountAsync("MATCH (d:Dataset) WHERE d.importClaim IS NOT NULL OR d.importClaimUntil IS NOT NULL RETURN count(d)"));
    }

    [Fact]
    public async Task ShouldGrantAClaimToExactlyOneOfTwoRunsThatAskAtTheSameMoment()
    {
        // The claim is read and set under the Dataset node's write lock: two runs asking at once must not both read
        // "no claim". Rounds on new datasets (the first MERGE creates the node) and on existing ones (both find it).
        var lease = TimeSpan.FromSeconds(60);
        for (var round = 0; round < 20; round++)
        {
            var id = $"race{round % 10}";
            if (round == 10) await RunAsync("MATCH (d:Dataset) REMOVE d.importClaim, d.importClaimUntil");
            var takes = Enumerable.Range(0, 2).Select(_ => Task.Run(() => ImportClaim.TakeAsync(Client, id, lease, TestContext.Current.CancellationToken))).ToArray();
            await Task.WhenAll(takes).ContinueWith(_ => { }, TestContext.Current.CancellationToken);

            Assert.Equal((1, 1), (takes.Count(t => t.IsCompletedSuccessfully), takes.Count(t => t.Exception?.InnerException is ImportInProgressException)));
            await using var granted = await takes.Single(t => t.IsCompletedSuccessfully);
        }
    }

    [Fact]
    public async Task ShouldRefuseAnImportWhileAnotherRunHoldsTheClaimAndChangeNothing()
    {
        using var data = GeneratedDataset.Create(actors: 20, ties: 40);
        await Importer(Client).ImportAsync(data.Root, null, TestContext.Current.CancellationToken);
        var claimed = System.Diagnostics.Stopwatch.StartNew();
        await RunAsync("MATCH (d:Dataset {id: 'gen'}) SET d.importClaim = 'another run', d.importClaimUntil = timestamp() + 45000");
        var before = await GraphDump.TakeAsync(Client);

        var error = await Assert.ThrowsAsync<ImportInProgressException>(() => Importer(Client).ImportAsync(data.Root, null, TestContext.Current.CancellationToken));

        // The time left of the 45 s claim, less what has passed since it was set (a loaded machine may take seconds).
        var lapse = Regex.Match(error.Message, @"\(a run that was killed leaves its claim to lapse, within (\d+) s\)$");
        Assert.True(lapse.Success, error.Message);
        var left = int.Parse(lapse.Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(left, 45 - (int)Math.Ceiling(claimed.Elapsed.TotalSeconds), 45);
        Assert.Equal(before, await GraphDump.TakeAsync(Client));
    }

    [Fact]
    public async Task ShouldTakeOverAClaimThatLapsedAndRepairTheDataset()
    {
        using var data = GeneratedDataset.Create(actors: 20, ties: 40);
        var expected = await ImportThenWipeAsync(data);
        // What a run killed outright leaves: the Dataset running, its claim past its time, part of the rows written.
        await Importer(Client).ImportAsync(data.Root, null, TestContext.Current.CancellationToken);
        await RunAsync("MATCH (d:Dataset {id: 'gen'}) SET d.importState = 'running', d.importClaim = 'a killed run', d.importClaimUntil = timestamp() - 1");
        await RunAsync("MATCH (:Actor {id: 'gen/a3'})-[t:TIE]-() DELETE t");

        var repaired = await Importer(Client).ImportAsync(data.Root, null, TestContext.Current.CancellationToken);

        Assert.True(repaired.Succeeded, string.Join("\n", repaired.Diagnostics));
        Assert.True(repaired.RepairedIncompleteRun);
        Assert.Equal(expected, await GraphDump.TakeAsync(Client, RunProperties));
    }

    [Fact]
    public async Task ShouldStopARunWhoseClaimAnotherRunTookOverAndLeaveTheDatasetIncomplete()
    {
        using var data = GeneratedDataset.Create(actors: 60, ties: 400);
        // Another run took the claim over mid-way (as after this run had stalled past its lease): this run must not
        // mark the dataset complete under it.
        var takingOver = new InterferingClient(Client, "[:TIE ", "MATCH (d:Dataset {id: 'gen'}) SET d.importClaim = 'another run', d.importClaimUntil = timestamp() + 60000");

        var error = await Assert.ThrowsAsync<ImportInProgressException>(() => Importer(takingOver, batch: 25).ImportAsync(data.Root, null, TestContext.Current.CancellationToken));

        Assert.StartsWith("import of 'gen' stopped: its claim on the dataset was gone", error.Message);
        Assert.Equal(1, await Neo4j.CountAsync("MATCH (d:Dataset {id: 'gen', importState: 'running', importClaim: 'another run'}) RETURN count(d)"));
    }

    [Fact]
    public async Task ShouldRenewTheClaimWhileARunWritesLongerThanItsLease()
    {
        using var data = GeneratedDataset.Create(actors: 60, ties: 400);
        var expected = await ImportThenWipeAsync(data);
        // A lease of 2 s, and a run held at its first tie batch for 2.6 s: the claim was taken before that batch, so
        // without renewals it has lapsed by then, and the second run asked for meanwhile would take it over. The run
        // is still writing (held) while the second run asks, however slowly a loaded machine runs either of them.
        ImportInProgressException? refused = null;
        var secondRunPastTheLease = new InterferingClient(Client, "[:TIE ", async (_, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2.6), ct);
            refused = await Assert.ThrowsAsync<ImportInProgressException>(() => Importer(Client).ImportAsync(data.Root, null, ct));
        });
        var outcome = await Importer(secondRunPastTheLease, batch: 25, writers: 1, claimLeaseSeconds: 2).ImportAsync(data.Root, null, TestContext.Current.CancellationToken);

        Assert.NotNull(refused);
        Assert.Contains("another import of it is running", refused.Message);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        Assert.Equal(expected, await GraphDump.TakeAsync(Client, RunProperties));
    }

    [Fact]
    public async Task ShouldRefuseTheIdOfADatasetLoadedFromContentAndLeaveItsNodeAsItWas()
    {
        using var data = GeneratedDataset.Create(actors: 20, ties: 40);
        await RunAsync("CREATE (:Dataset {id: 'gen', title: 'From content', sourceFile: 'networks/gen/dataset.md', sourceLine: 1})");
        var before = await GraphDump.TakeAsync(Client);

        var outcome = await Importer(Client).ImportAsync(data.Root, null, TestContext.Current.CancellationToken);

        Assert.False(outcome.Succeeded);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal((DiagnosticCodes.DuplicateId, "dataset 'gen' is loaded from content/; an import must use another id"), (error.Code, error.Message));
        Assert.Equal(before, await GraphDump.TakeAsync(Client));
    }

    // Before: the load replaced the imported Dataset node's properties, took over the actors whose ids the content
    // repeated, and counted all the imported actors as the content dataset's; removing the folder then deleted part of it.
    [Fact]
    public async Task ShouldRefuseContentThatDeclaresAnImportedDatasetsIdAndLeaveTheGraphAsItWas()
    {
        using var data = GeneratedDataset.Create(actors: 20, ties: 40);
        Assert.True((await Importer(Client).ImportAsync(data.Root, null, TestContext.Current.CancellationToken)).Succeeded);
        var firstActor = await Client.RunAsync([new CypherStatement("MATCH (a:Actor {dataset: 'gen'}) RETURN a.localId ORDER BY a.localId LIMIT 1")], TestContext.Current.CancellationToken);
        using var content = new TempContent()
            .With("networks/gen/dataset.md", "---\nid: gen\ntitle: Content that reuses the id\nlayers: [{id: ties, nature: social}]\n---\n")
            .With("networks/gen/actors.csv", $"id,name\n{firstActor[0].Rows[0][0]},Taken over\n")
            .With("networks/gen/ties.csv", "source,target\n");
        var before = await GraphDump.TakeAsync(Client);

        var outcome = await SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken);

        Assert.False(outcome.Succeeded);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal((DiagnosticCodes.DuplicateId, "networks/gen/dataset.md"), (error.Code, error.Location.File));
        Assert.Contains("dataset id 'gen' belongs to a dataset written by timkg import", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await GraphDump.TakeAsync(Client));
    }

    private Task RunAsync(string cypher) => Client.RunAsync([new CypherStatement(cypher)], TestContext.Current.CancellationToken);

    private static NetworkImporter Importer(ICypherClient client, int batch = 10_000, int writers = 2, int? claimLeaseSeconds = null) =>
        GeneratedDataset.Importer(client, batch, writers, claimLeaseSeconds: claimLeaseSeconds);

    private async Task<IReadOnlyList<string>> ImportThenWipeAsync(GeneratedDataset data)
    {
        var outcome = await Importer(Client).ImportAsync(data.Root, null, TestContext.Current.CancellationToken);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        var graph = await GraphDump.TakeAsync(Client, RunProperties);
        await Neo4j.WipeAsync();
        return graph;
    }
}
