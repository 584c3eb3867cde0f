using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>Bulk import on the real Neo4j: upsert by id, no duplicates, repair after a kill, nothing written for bad rows.</summary>
public sealed class NetworkImportTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    private static readonly string[] RunProperties = ["importRun", "completedRun", "completedAt"];

    [Fact]
    public async Task ShouldLeaveTheSameGraphWithoutDuplicatesWhenADatasetIsImportedTwice()
    {
        using var data = Dataset(actors: 60, ties: 400);

        var first = await Importer().ImportAsync(data.Root, null, TestContext.Current.CancellationToken);
        var once = await GraphDump.TakeAsync(Client, RunProperties);
        // Of the repeated rows (lines 2 and 402) the first is kept; a first import stamps its run on the Dataset and its layers, not on every element.
        Assert.Equal(2, await Neo4j.CountAsync("MATCH ()-[t:TIE]->() WHERE t.sourceLine IN [2, 402] RETURN max(t.sourceLine)"));
        Assert.Equal(0, await Neo4j.CountAsync("MATCH ()-[t:TIE|PARTICIPATES_IN|LOCATED_IN]->() WHERE t.importRun IS NOT NULL RETURN count(t)"));
        Assert.Equal(0, await Neo4j.CountAsync("MATCH (a:Actor) WHERE a.importRun IS NOT NULL RETURN count(a)"));
        var second = await Importer().ImportAsync(data.Root, null, TestContext.Current.CancellationToken);

        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.True(first.FirstImport);
        Assert.False(second.FirstImport);
        Assert.Equal(once, await GraphDump.TakeAsync(Client, RunProperties));
        Assert.Equal(60, await Neo4j.CountAsync("MATCH (a:Actor) RETURN count(a)"));
        // The repeated row in ties.csv is one tie: identity is (source, target, layer).
        Assert.Equal(400, await Neo4j.CountAsync("MATCH ()-[t:TIE]->() RETURN count(t)"));
        Assert.Equal(0, await Neo4j.CountAsync(
            "MATCH (a)-[t:TIE]->(b) WITH a, b, t.key AS k, count(*) AS n WHERE n > 1 RETURN count(*)"));
        Assert.Equal(1, await Neo4j.CountAsync("MATCH (d:Dataset {id: 'gen', importState: 'complete'}) RETURN count(d)"));
        Assert.True(second.Run > first.Run);
        // After a re-import every tie says which run wrote it and from which line; the file is named once, on the Dataset.
        Assert.Equal(400, await Neo4j.CountAsync(
            $"MATCH (:Actor)-[t:TIE {{importRun: {second.Run}}}]->(:Actor) WHERE t.sourceLine > 1 RETURN count(t)"));
        Assert.Equal(1, await Neo4j.CountAsync(
            "MATCH (d:Dataset {id: 'gen', actorsFile: 'gen/actors.csv', tiesFile: 'gen/ties.csv'}) RETURN count(d)"));
    }

    [Fact]
    public async Task ShouldWriteTheSameGraphWithConcurrentWritersAsWithOne()
    {
        using var data = Dataset(actors: 60, ties: 400);
        var (serial, expected) = await FullImportThenWipeAsync(data, Importer(batch: 7, writers: 1));

        // Small batches: many concurrent transactions, each part's repeated tie after its first row.
        var concurrent = await Importer(batch: 7, writers: 3).ImportAsync(data.Root, null, TestContext.Current.CancellationToken);

        Assert.True(concurrent.Succeeded, string.Join("\n", concurrent.Diagnostics));
        Assert.Equal((serial.Actors, serial.Ties), (concurrent.Actors, concurrent.Ties));
        Assert.Equal(expected, await GraphDump.TakeAsync(Client, RunProperties));
    }

    [Fact]
    public async Task ShouldWriteTheTiesBetweenPartsFromTheFileAgainWhenTooManyToKeep()
    {
        using var data = Dataset(actors: 60, ties: 400);
        var (serial, expected) = await FullImportThenWipeAsync(data, Importer(batch: 15, writers: 1));

        // Two region parts: about half the ties join them. Five are kept while the ties inside parts are read, then
        // the sixth drops them all and the file is read again; with room for all, it is read once.
        foreach (var keep in new[] { 5, 1_000 })
        {
            var concurrent = await Importer(batch: 15, writers: 2, maxKeptBetweenTies: keep).ImportAsync(data.Root, null, TestContext.Current.CancellationToken);

            Assert.True(concurrent.Succeeded, string.Join("\n", concurrent.Diagnostics));
            Assert.Equal((serial.Actors, serial.Ties), (concurrent.Actors, concurrent.Ties));
            Assert.Equal(expected, await GraphDump.TakeAsync(Client, RunProperties));
            await Neo4j.WipeAsync();
        }
    }

    [Fact]
    public async Task ShouldWriteParticipationsByConcurrentPartsAsOneWriterDoes()
    {
        // Two regions of 400 actors, nearly all in both layers: each (part, layer) bucket holds more than the 200
        // participations from which the parts' writers go through the layers at once, in batches of 100.
        using var data = Dataset(actors: 800, ties: 4_000);
        var (serial, expected) = await FullImportThenWipeAsync(data, Importer(batch: 100, writers: 1));

        var counting = new CountingClient(Client);
        var concurrent = await Importer(counting, batch: 100, writers: 2).ImportAsync(data.Root, null, TestContext.Current.CancellationToken);

        Assert.True(concurrent.Succeeded, string.Join("\n", concurrent.Diagnostics));
        Assert.Equal(serial.Participations, concurrent.Participations);
        Assert.True(concurrent.Participations > 4 * 200, $"{concurrent.Participations} participations");
        Assert.True(counting.Requests(ImportStatements.CreateImpliedParticipations) >= concurrent.Participations / 100);
        Assert.Equal(expected, await GraphDump.TakeAsync(Client, RunProperties));
    }

    [Fact]
    public async Task ShouldSplitActorsAmongWritersFromHalfAnActorBatchEachAndTiesFromMoreThanOneBatchEach()
    {
        using var data = Dataset(actors: 60, ties: 400);

        // 60 actors and 401 tie rows fit one batch of 1,000 per writer: one transaction each, one pass over ties.csv.
        var whole = new CountingClient(Client);
        var outcome = await Importer(whole, batch: 1_000, writers: 2).ImportAsync(data.Root, null, TestContext.Current.CancellationToken);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        Assert.Equal(1, whole.Requests(ImportStatements.CreateActors));
        Assert.Equal(1, whole.Requests(TieStatements));
        await Neo4j.WipeAsync();

        // Batches of 60: two region parts of 30 actors (half a batch each) written at once; 101 tie rows are not more
        // than a batch per writer, so one writer. They are more than a batch, read after the actors: a first quarter
        // batch of 15, then 60, then the 26 left.
        using (var fewTies = Dataset(actors: 60, ties: 100))
        {
            var actorsSplit = new CountingClient(Client);
            outcome = await Importer(actorsSplit, batch: 60, writers: 2).ImportAsync(fewTies.Root, null, TestContext.Current.CancellationToken);
            Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
            Assert.Equal(2, actorsSplit.Requests(ImportStatements.CreateActors));
            Assert.Equal(3, actorsSplit.Requests(TieStatements));
        }
        await Neo4j.WipeAsync();

        // Batches of 15: two region parts of 30 actors, two batches each; the ties inside parts, then those between.
        var split = new CountingClient(Client);
        outcome = await Importer(split, batch: 15, writers: 2).ImportAsync(data.Root, null, TestContext.Current.CancellationToken);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        Assert.Equal(4, split.Requests(ImportStatements.CreateActors));
        Assert.True(split.Requests(TieStatements) >= 401 / 15 + 1);
        await Neo4j.WipeAsync();

        // Actors in smaller transactions than ties: two parts of 30 actors, two actor batches of 15 each; the 401 tie
        // rows still fit one tie batch of 1,000.
        var smallActorBatches = new CountingClient(Client);
        outcome = await Importer(smallActorBatches, batch: 1_000, writers: 2, actorBatch: 15).ImportAsync(data.Root, null, TestContext.Current.CancellationToken);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        Assert.Equal(4, smallActorBatches.Requests(ImportStatements.CreateActors));
        Assert.Equal(1, smallActorBatches.Requests(TieStatements));
        Assert.Equal(60, await Neo4j.CountAsync("MATCH (a:Actor)-[:LOCATED_IN]->(:Region) RETURN count(a)"));
        await Neo4j.WipeAsync();

        // Actor batches of 14 for parts of 30: two batches of 15 each, not 14, 14 and a runt of 2 written alone.
        var noRunt = new CountingClient(Client);
        outcome = await Importer(noRunt, batch: 1_000, writers: 2, actorBatch: 14).ImportAsync(data.Root, null, TestContext.Current.CancellationToken);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        Assert.Equal(4, noRunt.Requests(ImportStatements.CreateActors));
        Assert.Equal(60, await Neo4j.CountAsync("MATCH (a:Actor)-[:LOCATED_IN]->(:Region) RETURN count(a)"));
    }

    [Fact]
    public async Task ShouldStopWithAClearErrorWhenTiesCsvChangesDuringTheImportAndRepairOnTheNextRun()
    {
        using var data = Dataset(actors: 20, ties: 40);
        var (_, complete) = await FullImportThenWipeAsync(data, Importer(batch: 5));
        var ties = Path.Combine(data.Root, "ties.csv");
        var original = File.ReadAllText(ties);
        var line = File.ReadLines(ties).Count() + 1;
        // Once validated, the file gains a tie to an actor it does not declare. Batches of 5: more ties than a batch, so
        // ties.csv is read again only once the actors are written.
        var changing = new InterferingClient(Client, "CREATE (a:Actor", () => File.AppendAllText(ties, "a0,ghost,reco,trust,1\n"));

        var error = await Assert.ThrowsAsync<ImportSourceChangedException>(() => Importer(changing, batch: 5).ImportAsync(data.Root, null, TestContext.Current.CancellationToken));

        Assert.Equal($"import of 'gen' stopped: gen/ties.csv:{line} is not what validation read (the file changed during the import); " +
            "run the import again to repair the dataset", error.Message);
        Assert.Equal(1, await Neo4j.CountAsync("MATCH (d:Dataset {id: 'gen', importState: 'running'}) RETURN count(d)"));
        File.WriteAllText(ties, original);
        await AssertRepairedAsync(data, complete, batch: 5);
    }

    [Fact]
    public async Task ShouldStopWithAClearErrorWhenTiesCsvBecomesANamedPipeDuringTheImport()
    {
        using var data = Dataset(actors: 20, ties: 40);
        var ties = Path.Combine(data.Root, "ties.csv");
        // Once validated, ties.csv is replaced by a named pipe, which a plain open waits on until something writes to it.
        var swapping = new InterferingClient(Client, "CREATE (a:Actor", () =>
        {
            File.Delete(ties);
            Python.Run("-c", "import os, sys; os.mkfifo(sys.argv[1])", ties);
        });

        // A hang fails the test instead of stopping the run.
        var error = await Assert.ThrowsAsync<ImportSourceChangedException>(() => Importer(swapping, batch: 5).ImportAsync(data.Root, null, TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken));

        Assert.StartsWith("import of 'gen' stopped: gen/ties.csv could not be opened again (", error.Message);
        Assert.Contains("is a named pipe, expected a regular file", error.Message);
        Assert.Equal(1, await Neo4j.CountAsync("MATCH (d:Dataset {id: 'gen', importState: 'running'}) RETURN count(d)"));
    }

    private static readonly string[] TieStatements = [ImportStatements.CreateTies, ImportStatements.CreateUntimedTies, ImportStatements.MergeRepeatedTies, ImportStatements.MergeTies];

    [Fact]
    public async Task ShouldFinishAnImportKilledMidWayWhenItIsRunAgain()
    {
        using var data = Dataset(actors: 60, ties: 400);
        var (_, complete) = await FullImportThenWipeAsync(data, Importer());

        // Killed after four committed tie batches of 25 rows: all actors and part of the ties are in (participations
        // come after the ties), the dataset says 'running'.
        using var cancel = new CancellationTokenSource();
        var killing = new CancellingClient(Client, requests: 4, cancel, counting: "[:TIE ");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Importer(killing, batch: 25).ImportAsync(data.Root, null, cancel.Token));
        Assert.Equal(1, await Neo4j.CountAsync("MATCH (d:Dataset {id: 'gen', importState: 'running'}) RETURN count(d)"));
        Assert.InRange(await Neo4j.CountAsync("MATCH ()-[t:TIE]->() RETURN count(t)"), 1, 399);

        await AssertRepairedAsync(data, complete, batch: 25);
    }

    [Fact]
    public async Task ShouldStopWithAClearErrorWhenAnotherClientDeletesAnActorMidImportAndRepairOnTheNextRun()
    {
        using var data = Dataset(actors: 60, ties: 400);
        var (_, complete) = await FullImportThenWipeAsync(data, Importer());

        // Ties find their actors by the node ids the actor phase returned; this actor is gone by then.
        var interfering = new InterferingClient(Client, "[:TIE ", "MATCH (a:Actor {id: 'gen/a7'}) DETACH DELETE a");
        var error = await Assert.ThrowsAsync<ImportInterferenceException>(() => Importer(interfering, batch: 25).ImportAsync(data.Root, null, TestContext.Current.CancellationToken));

        Assert.Contains("import of 'gen' stopped", error.Message);
        Assert.Contains("run the import again", error.Message);
        Assert.Equal(1, await Neo4j.CountAsync("MATCH (d:Dataset {id: 'gen', importState: 'running'}) RETURN count(d)"));
        await AssertRepairedAsync(data, complete, batch: 25);
    }

    [Fact]
    public async Task ShouldStopWithAClearErrorWhenANodeIdNoLongerNamesItsActorAndRepairOnTheNextRun()
    {
        using var data = Dataset(actors: 60, ties: 400);
        var (_, complete) = await FullImportThenWipeAsync(data, Importer());

        // What a reused node id looks like to a tie batch: the node is there, but it is no longer that actor. The batch
        // checks each end's localId once; without that check its ties would land on whatever the node now is. One
        // writer: a second one's batch could pass the trigger and read the node before the change commits.
        var interfering = new InterferingClient(Client, "[:TIE ", "MATCH (a:Actor {id: 'gen/a7'}) SET a.localId = 'someone-else'");
        var error = await Assert.ThrowsAsync<ImportInterferenceException>(() => Importer(interfering, batch: 25, writers: 1).ImportAsync(data.Root, null, TestContext.Current.CancellationToken));

        Assert.Contains("import of 'gen' stopped", error.Message);
        Assert.Equal(0, await Neo4j.CountAsync("MATCH (a:Actor {localId: 'someone-else'})-[t:TIE]-() RETURN count(t)"));
        await AssertRepairedAsync(data, complete, batch: 25);
    }

    [Fact]
    public async Task ShouldNotReportSuccessWhenTheDatasetCannotBeMarkedComplete()
    {
        // The last step marks the Dataset complete; if it finds no Dataset by its id (deleted meanwhile, or, before ids
        // had a length limit, an id past the index's), the dataset is not complete and the run must not say it is.
        using var data = Dataset(actors: 20, ties: 40);
        var interfering = new InterferingClient(Client, "importState = 'complete'", "MATCH (d:Dataset {id: 'gen'}) DETACH DELETE d");

        var error = await Assert.ThrowsAsync<ImportInterferenceException>(() => Importer(interfering).ImportAsync(data.Root, null, TestContext.Current.CancellationToken));

        Assert.Equal("import of 'gen' stopped: its Dataset node was no longer found when the run went to mark it complete (deleted or " +
            "replaced by another client during the import); run the import again to repair the dataset", error.Message);
    }

    [Fact]
    public async Task ShouldRefuseADatasetIdTooLongForTheIndexAndWriteNothing()
    {
        // A 60,000-character id imported "successfully" into a Dataset its id could not find, and twice into two.
        using var data = Dataset(actors: 20, ties: 40);
        var file = Path.Combine(data.Root, "dataset.md");
        var id = new string('g', 1_001);
        File.WriteAllText(file, File.ReadAllText(file).Replace("id: gen\n", $"id: {id}\n", StringComparison.Ordinal));

        var outcome = await Importer().ImportAsync(data.Root, null, TestContext.Current.CancellationToken);

        Assert.False(outcome.Succeeded);
        var error = Assert.Single(outcome.Diagnostics, d => d.Severity == TimKnowledgeGraph.Domain.Diagnostics.Severity.Error);
        Assert.Equal(("TKG090", 2, 5), (error.Code, error.Location.Line, error.Location.Column));
        Assert.StartsWith("dataset id 'ggg", error.Message);
        Assert.Equal(0, await Neo4j.CountAsync("MATCH (n) WHERE n:Dataset OR n:Actor RETURN count(n)"));
    }

    [Fact]
    public async Task ShouldStopWithAClearErrorWhenAnActorIsDeletedWhileATieBatchReadsIt()
    {
        using var data = Dataset(actors: 60, ties: 400);
        var (_, complete) = await FullImportThenWipeAsync(data, Importer());

        // When the delete lands between the batch's seek and its read of the node, Neo4j 3.1 answers with this error
        // (seen with two writers: one had set off the delete above while the other's first batch was running).
        var interfering = new InterferingClient(Client, "[:TIE ", (_, _) =>
            throw new EntityNotFoundException("Neo.ClientError.Statement.EntityNotFound", "Unable to load NODE with id 2240."));
        var error = await Assert.ThrowsAsync<ImportInterferenceException>(() => Importer(interfering, batch: 25).ImportAsync(data.Root, null, TestContext.Current.CancellationToken));

        Assert.Contains("import of 'gen' stopped", error.Message);
        Assert.Contains("run the import again", error.Message);
        Assert.Contains("Unable to load NODE", error.InnerException?.Message);
        Assert.Equal(1, await Neo4j.CountAsync("MATCH (d:Dataset {id: 'gen', importState: 'running'}) RETURN count(d)"));
        await AssertRepairedAsync(data, complete, batch: 25);
    }

    [Fact]
    public async Task ShouldStopWithAClearErrorWhenAnotherClientDeletesARegionBeforeItsActorsAreWritten()
    {
        using var data = Dataset(actors: 60, ties: 400);
        var (_, complete) = await FullImportThenWipeAsync(data, Importer());

        // Each group of actors finds its region by id as it is written; 'north' is gone by then. Its actors make the run
        // stop; those of 'south' still find theirs.
        var interfering = new InterferingClient(Client, "CREATE (a:Actor ", "MATCH (g:Region {id: 'north'}) DETACH DELETE g");
        var error = await Assert.ThrowsAsync<ImportInterferenceException>(() => Importer(interfering, batch: 1_000, writers: 1).ImportAsync(data.Root, null, TestContext.Current.CancellationToken));

        Assert.Contains("import of 'gen' stopped", error.Message);
        Assert.Equal(0, await Neo4j.CountAsync("MATCH (a:Actor)-[:LOCATED_IN]->(:Region {id: 'north'}) RETURN count(a)"));
        Assert.Equal(30, await Neo4j.CountAsync("MATCH (a:Actor)-[:LOCATED_IN]->(:Region {id: 'south'}) WHERE toInteger(substring(a.localId, 1)) % 2 = 1 RETURN count(a)"));
        Assert.Equal(30, await Neo4j.CountAsync("MATCH (a:Actor)-[:LOCATED_IN]->() RETURN count(a)"));
        await AssertRepairedAsync(data, complete, batch: 25);
    }

    [Fact]
    public async Task ShouldSendNoActorBeforeTheDescriptionIsWrittenAndNoneWhenItFails()
    {
        using var data = Dataset(actors: 60, ties: 400);

        // Batches of 10 actors: the reader fills the writers' queue while the description is held back.
        var slow = new DescriptionGateClient(Client, TimeSpan.FromMilliseconds(300), fail: false);
        var outcome = await Importer(slow, batch: 10).ImportAsync(data.Root, null, TestContext.Current.CancellationToken);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        Assert.Equal((0, 6), (slow.ActorBatchesBeforeDescription, slow.ActorBatches));
        Assert.Equal(60, await Neo4j.CountAsync("MATCH (:Actor)-[:LOCATED_IN]->(:Region) RETURN count(*)"));
        await Neo4j.WipeAsync();

        var failing = new DescriptionGateClient(Client, TimeSpan.FromMilliseconds(300), fail: true);
        var error = await Assert.ThrowsAsync<Neo4jException>(() => Importer(failing, batch: 10).ImportAsync(data.Root, null, TestContext.Current.CancellationToken));
        Assert.Contains("description refused", error.Message);
        Assert.Equal(0, failing.ActorBatches);
        Assert.Equal(0, await Neo4j.CountAsync("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task ShouldUpdateAndDeleteWhatACorrectedFileChanged()
    {
        using var data = Dataset(actors: 20, ties: 50);
        await Importer().ImportAsync(data.Root, null, TestContext.Current.CancellationToken);
        var lines = File.ReadAllLines(Path.Combine(data.Root, "ties.csv")).ToList();
        // Not line 2: the generated file repeats its first tie at the end.
        var removed = lines[3].Split(',');
        var changed = lines[2].Split(',');
        lines[2] = string.Join(',', changed[..4]) + ",9.5";
        lines.RemoveAt(3);
        File.WriteAllLines(Path.Combine(data.Root, "ties.csv"), lines);

        var outcome = await Importer().ImportAsync(data.Root, null, TestContext.Current.CancellationToken);

        Assert.Equal(1, outcome.StaleDeleted);
        Assert.Equal(49, await Neo4j.CountAsync("MATCH ()-[t:TIE]->() RETURN count(t)"));
        Assert.Equal(0, await CountTieAsync(removed[0], removed[1], removed[2], "count(t)"));
        Assert.Equal(1, await CountTieAsync(changed[0], changed[1], changed[2], "count(t)"));
        var weight = await Client.RunAsync([CypherStatement.Of(
            "MATCH (:Actor {id: $a})-[t:TIE {key: $l}]->(:Actor {id: $b}) RETURN t.weight", ("a", "gen/" + changed[0]), ("b", "gen/" + changed[1]), ("l", changed[2]))], TestContext.Current.CancellationToken);
        Assert.Equal(9.5, weight[0].Rows[0][0]);
    }

    [Fact]
    public async Task ShouldReportEveryBadRowWithItsLineAndWriteNothing()
    {
        using var data = Dataset(actors: 10, ties: 20);
        File.AppendAllText(Path.Combine(data.Root, "ties.csv"), "a1,nobody,rsoc,,1\na2,a3,no-layer,,1\na3,a4,reco,,heavy\n");

        var outcome = await Importer().ImportAsync(data.Root, null, TestContext.Current.CancellationToken);

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Errors, d => d.Code == "TKG030" && d.Location.File == "gen/ties.csv" && d.Location.Line == 23);
        Assert.Contains(outcome.Errors, d => d.Code == "TKG031" && d.Location.Line == 24);
        Assert.Contains(outcome.Errors, d => d.Code == "TKG033" && d.Location.Line == 25);
        Assert.Equal(0, await Neo4j.CountAsync("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task ShouldWarnAboutARepeatedTieAtItsLineNamingTheFirstAndKeepTheFirst()
    {
        // Dataset() repeats its first tie row at the end; validate said so (TKG034) while the import merged it silently.
        using var data = Dataset(actors: 10, ties: 20);
        var first = File.ReadLines(Path.Combine(data.Root, "ties.csv")).ElementAt(1).Split(',');

        var outcome = await Importer().ImportAsync(data.Root, null, TestContext.Current.CancellationToken);

        Assert.True(outcome.Succeeded);
        var warning = Assert.Single(outcome.Diagnostics);
        Assert.Equal(("TKG034", "gen/ties.csv", 22), (warning.Code, warning.Location.File, warning.Location.Line));
        Assert.Equal($"tie {first[0]} -> {first[1]} in layer '{first[2]}' repeats the one at gen/ties.csv:2:1; the first is kept", warning.Message);
        Assert.Equal(1, await CountTieAsync(first[0], first[1], first[2], "count(t)"));
    }

    [Fact]
    public async Task ShouldRefuseALayerOrRegionDeclaredTwiceAndWriteNothing()
    {
        // The import kept the first declaration of each id (Distinct) and dropped the second without a word.
        using var data = Dataset(actors: 10, ties: 20);
        var description = Path.Combine(data.Root, "dataset.md");
        File.WriteAllText(description, File.ReadAllText(description)
            .Replace("  - {id: rsoc,", "  - {id: reco, scale: global, nature: social}\n  - {id: rsoc,", StringComparison.Ordinal)
            .Replace("  - {id: south, name: South}", "  - {id: south, name: South}\n  - {id: north, name: Norte}", StringComparison.Ordinal));

        var outcome = await Importer().ImportAsync(data.Root, null, TestContext.Current.CancellationToken);

        Assert.False(outcome.Succeeded);
        Assert.Equal(["layer 'reco' is already declared at gen/dataset.md:4:10; layer ids must be unique in a dataset",
            "region 'north' is already declared at gen/dataset.md:8:10; region ids must be unique in a dataset"],
            outcome.Errors.Where(e => e.Code == "TKG020").Select(e => e.Message));
        Assert.Equal(0, await Neo4j.CountAsync("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task ShouldRefuseADataFileThatIsNotUtf8AtItsByteAndWriteNothing()
    {
        using var data = Dataset(actors: 10, ties: 20);
        // "Café" saved as Latin-1: CSV readers would store U+FFFD for the 0xE9, while validate refuses the file.
        using (var actors = File.Open(Path.Combine(data.Root, "actors.csv"), FileMode.Append))
            actors.Write([.. "x1,Caf"u8, 0xE9, .. ",firm,north,\n"u8]);

        var outcome = await Importer().ImportAsync(data.Root, null, TestContext.Current.CancellationToken);

        Assert.False(outcome.Succeeded);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(("TKG092", "gen/actors.csv", 12, 7), (error.Code, error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Equal(0, await Neo4j.CountAsync("MATCH (n) RETURN count(n)"));
    }

    /// <summary>
    /// A named pipe where a data file, the dataset.md or a GraphML file is expected: opening it blocks until something
    /// writes to it, and <c>timkg import</c> hung there for good, deaf to Ctrl+C and SIGTERM. Refused by name, never opened.
    /// </summary>
    [Theory]
    [InlineData("ties.csv", "gen/ties.csv")]
    [InlineData("actors.csv", "gen/actors.csv")]
    [InlineData("dataset.md", "gen/dataset.md")]
    [InlineData("alone.graphml", "gen/alone.graphml")]
    public async Task ShouldRefuseANamedPipeByNameWithoutOpeningIt(string name, string reported)
    {
        using var data = Dataset(actors: 10, ties: 20);
        var pipe = Path.Combine(data.Root, name);
        File.Delete(pipe);
        Python.Run("-c", "import os, sys; os.mkfifo(sys.argv[1])", pipe);
        var target = name.EndsWith(".graphml", StringComparison.Ordinal) ? pipe : data.Root;

        // A hang fails the test instead of stopping the run.
        var outcome = await Importer().ImportAsync(target, null, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.False(outcome.Succeeded);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(("TKG093", reported), (error.Code, error.Location.File));
        Assert.StartsWith($"'{reported}' is a named pipe, expected a regular file", error.Message);
        Assert.Equal(0, await Neo4j.CountAsync("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task ShouldRefuseADatasetDescriptionThatIsNotUtf8()
    {
        using var data = Dataset(actors: 10, ties: 20);
        var description = Path.Combine(data.Root, "dataset.md");
        File.WriteAllBytes(description, [.. File.ReadAllBytes(description), .. "\n\nM"u8, 0xFC, .. "nchen\n"u8]); // "München" in Latin-1

        var outcome = await Importer().ImportAsync(data.Root, null, TestContext.Current.CancellationToken);

        Assert.False(outcome.Succeeded);
        Assert.Equal("TKG092", Assert.Single(outcome.Errors).Code);
        Assert.Equal(0, await Neo4j.CountAsync("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task ShouldRefuseValuesOverTheirLimitsWithTheirPlaceAndWriteNothing()
    {
        using var data = Dataset(actors: 10, ties: 20);
        var longId = new string('i', 1_001);
        var longName = new string('n', (64 << 10) + 1);
        File.AppendAllText(Path.Combine(data.Root, "actors.csv"), $"{longId},Long id,firm,north,\nx2,{longName},firm,north,\n");

        var outcome = await Importer().ImportAsync(data.Root, null, TestContext.Current.CancellationToken);

        Assert.False(outcome.Succeeded);
        Assert.Equal([("TKG090", 12, 1), ("TKG090", 13, 4)], outcome.Errors.Select(e => (e.Code, e.Location.Line, e.Location.Column)));
        Assert.Contains("1,000 characters", outcome.Errors.First().Message, StringComparison.Ordinal);
        Assert.True(outcome.Errors.All(e => e.Message.Length < 300), "a diagnostic quotes an excerpt, not the value");
        Assert.Equal(0, await Neo4j.CountAsync("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task ShouldStopReadingACsvRecordOverOneMebibyteAndWriteNothing()
    {
        using var data = Dataset(actors: 10, ties: 20);
        // A quote left open: without a limit the reader would buffer the rest of the file as one field.
        File.AppendAllText(Path.Combine(data.Root, "actors.csv"), "x1,\"open quote," + new string('q', 2 << 20) + "\n");

        var outcome = await Importer().ImportAsync(data.Root, null, TestContext.Current.CancellationToken);

        Assert.False(outcome.Succeeded);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(("TKG090", 12), (error.Code, error.Location.Line));
        Assert.Contains("longer than 1 MiB", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await Neo4j.CountAsync("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task ShouldWarnAboutAControlCharacterAndImportTheValueAsWritten()
    {
        using var data = Dataset(actors: 10, ties: 20);
        File.AppendAllText(Path.Combine(data.Root, "actors.csv"), "x1,Bell\u0007Labs,firm,north,\n");

        var outcome = await Importer().ImportAsync(data.Root, null, TestContext.Current.CancellationToken);

        Assert.True(outcome.Succeeded);
        var warning = Assert.Single(outcome.Diagnostics, d => d.Code == "TKG039");
        Assert.Equal((12, 4), (warning.Location.Line, warning.Location.Column));
        Assert.Contains("U+0007", warning.Message, StringComparison.Ordinal);
        var names = await Client.RunAsync([CypherStatement.Of("MATCH (a:Actor {id: 'gen/x1'}) RETURN a.name")], TestContext.Current.CancellationToken);
        Assert.Equal("Bell\u0007Labs", names[0].Rows[0][0]);
    }

    private Task<long> CountTieAsync(string source, string target, string layer, string what) =>
        Neo4j.CountAsync($"MATCH (:Actor {{id: 'gen/{source}'}})-[t:TIE {{key: '{layer}'}}]->(:Actor {{id: 'gen/{target}'}}) RETURN {what}");

    /// <summary>Imports <paramref name="data"/> into the empty database, keeps what that did and the graph it left, and empties the database again.</summary>
    private async Task<(ImportOutcome Outcome, IReadOnlyList<string> Graph)> FullImportThenWipeAsync(GeneratedDataset data, NetworkImporter importer)
    {
        var outcome = await importer.ImportAsync(data.Root, null, TestContext.Current.CancellationToken);
        var graph = await GraphDump.TakeAsync(Client, RunProperties);
        await Neo4j.WipeAsync();
        return (outcome, graph);
    }

    // The next run finds the interrupted one's dataset 'running' and repairs it to the graph a whole import wrote.
    private async Task AssertRepairedAsync(GeneratedDataset data, IReadOnlyList<string> complete, int batch)
    {
        var repaired = await Importer(batch: batch).ImportAsync(data.Root, null, TestContext.Current.CancellationToken);
        Assert.True(repaired.Succeeded, string.Join("\n", repaired.Diagnostics));
        Assert.True(repaired.RepairedIncompleteRun);
        Assert.Equal(complete, await GraphDump.TakeAsync(Client, RunProperties));
    }

    // Without an actor batch or a number of kept ties, the product's defaults.
    private NetworkImporter Importer(ICypherClient? client = null, int batch = 10_000, int writers = 2, int? actorBatch = null,
        int? maxKeptBetweenTies = null) =>
        GeneratedDataset.Importer(client ?? Client, batch, writers, actorBatch, maxKeptBetweenTies);

    private static GeneratedDataset Dataset(int actors, int ties) => GeneratedDataset.Create(actors, ties);
}
