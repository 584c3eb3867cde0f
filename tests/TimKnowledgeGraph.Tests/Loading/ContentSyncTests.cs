using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Loading;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>The content sync on the real Neo4j: sync not append, exact contributions, all or nothing.</summary>
public sealed class ContentSyncTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public async Task ShouldLeaveAnIdenticalGraphWhenTheSameContentIsLoadedTwice()
    {
        var first = await SyncHarness.Create(Client, RepositoryPaths.Content).LoadAsync(TestContext.Current.CancellationToken);
        var once = await GraphDump.TakeAsync(Client);

        // A new service (as a new process would be): nothing remembered, so the hashes decide.
        var second = await SyncHarness.Create(Client, RepositoryPaths.Content).LoadAsync(TestContext.Current.CancellationToken);
        // And forced: everything parsed and compared with the graph read back.
        var third = await SyncHarness.Create(Client, RepositoryPaths.Content).LoadAsync(new LoadRequest(Full: true), TestContext.Current.CancellationToken);

        Assert.True(first.Succeeded);
        Assert.Equal(LoadMode.Full, first.Mode);
        Assert.Equal(LoadMode.Unchanged, second.Mode);
        Assert.False(third.Summary.Changed);
        Assert.Equal(first.Nodes, third.Summary.NodeTotals.Unchanged);
        Assert.Equal(first.Relationships, third.Summary.RelationshipTotals.Unchanged);
        Assert.Equal(once, await GraphDump.TakeAsync(Client));
        Assert.Equal(first.Nodes + first.Relationships, once.Count);
    }

    [Fact]
    public async Task ShouldRecordEachLoadAsALoadNodeWithFilesHashesAndNoSourceFile()
    {
        using var content = TempContent.SmallLineage();
        var outcome = await SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken);

        var results = await Client.RunAsync([CypherStatement.Of(
            "MATCH (l:Load {id: $id}) RETURN l.files, l.hashes, l.toolVersion, l.sourceFile, l.at, l.nodes", ("id", outcome.LoadId))], TestContext.Current.CancellationToken);

        var row = Assert.Single(results[0].Rows);
        var files = ((IEnumerable<object?>)row[0]!).Cast<string>().ToList();
        Assert.Equal(5, files.Count);
        Assert.Contains("concepts/learning-region.md", files);
        Assert.All(((IEnumerable<object?>)row[1]!).Cast<string>(), h => Assert.Matches("^[0-9a-f]{64}$", h));
        Assert.Equal(ToolVersion.Current, row[2]);
        Assert.Null(row[3]);
        Assert.NotNull(row[4]);
        Assert.Equal((long)outcome.Nodes, row[5]);
    }

    [Fact]
    public async Task ShouldChangeExactlyWhatAnEditedNoteContributed()
    {
        using var content = TempContent.SmallLineage();
        var sync = SyncHarness.Create(Client, content.Root);
        await sync.LoadAsync(TestContext.Current.CancellationToken);
        var before = await GraphDump.TakeAsync(Client);

        content.With("concepts/sdin.md", """
            ---
            kind: framework
            name: Social dynamics of innovation networks (edited)
            derived_from: [learning-organisation]
            ---
            Grew out of [[TIMs]].
            """);
        var outcome = await sync.LoadAsync(TestContext.Current.CancellationToken);
        var diff = GraphDump.Diff(before, await GraphDump.TakeAsync(Client));

        Assert.Equal(LoadMode.Incremental, outcome.Mode);
        Assert.Equal(["concepts/sdin.md"], outcome.ChangedFiles);
        Assert.NotEmpty(diff);
        Assert.All(diff, line => Assert.Contains("sourceFile: 'concepts/sdin.md'", line));
        Assert.Contains(diff, l => l.StartsWith("+ (Concept", StringComparison.Ordinal) && l.Contains("(edited)"));
        Assert.Contains(diff, l => l.StartsWith("- (Concept sdin)-[DERIVED_FROM", StringComparison.Ordinal));
        Assert.Contains(diff, l => l.StartsWith("+ (Concept sdin)-[DERIVED_FROM", StringComparison.Ordinal) && l.EndsWith("(Concept learning-organisation)"));
        Assert.Equal(1, outcome.Summary.Nodes["Concept"].Updated);
    }

    [Fact]
    public async Task ShouldMoveExactlyARenamedNotesContribution()
    {
        using var content = TempContent.SmallLineage();
        var sync = SyncHarness.Create(Client, content.Root);
        await sync.LoadAsync(TestContext.Current.CancellationToken);
        var before = await GraphDump.TakeAsync(Client);

        File.Move(Path.Combine(content.Root, "concepts/sdin.md"), Path.Combine(content.Root, "concepts/social-dynamics.md"));
        await sync.LoadAsync(TestContext.Current.CancellationToken);
        var diff = GraphDump.Diff(before, await GraphDump.TakeAsync(Client));

        Assert.All(diff.Where(l => l.StartsWith('-')), line => Assert.Contains("sourceFile: 'concepts/sdin.md'", line));
        Assert.All(diff.Where(l => l.StartsWith('+')), line => Assert.Contains("sourceFile: 'concepts/social-dynamics.md'", line));
        Assert.Equal(3, diff.Count(l => l.StartsWith('-'))); // the node, its DERIVED_FROM and its MENTIONS
        Assert.Equal(diff.Count(l => l.StartsWith('-')), diff.Count(l => l.StartsWith('+')));
    }

    [Fact]
    public async Task ShouldRemoveExactlyADeletedNotesContribution()
    {
        using var content = TempContent.SmallLineage();
        var sync = SyncHarness.Create(Client, content.Root);
        await sync.LoadAsync(TestContext.Current.CancellationToken);
        var before = await GraphDump.TakeAsync(Client);

        content.Delete("concepts/sdin.md");
        var outcome = await sync.LoadAsync(TestContext.Current.CancellationToken);
        var diff = GraphDump.Diff(before, await GraphDump.TakeAsync(Client));

        Assert.NotEmpty(diff);
        Assert.All(diff, line => Assert.StartsWith("- ", line));
        Assert.All(diff, line => Assert.Contains("sourceFile: 'concepts/sdin.md'", line));
        Assert.Equal(1, outcome.Summary.Nodes["Concept"].Deleted);
    }

    [Fact]
    public async Task ShouldKeepANodeSharedByTwoFilesWhenTheFileThatFirstDeclaredItGoes()
    {
        using var content = TempContent.SmallLineage()
            .With("references/more.bib", """
                @book{storper1997,
                  author = {Storper, Michael},
                  year = {1997},
                  title = {The Regional World}
                }
                """);
        var sync = SyncHarness.Create(Client, content.Root);
        await sync.LoadAsync(TestContext.Current.CancellationToken);
        Assert.Equal("references/more.bib", await AuthorSourceAsync("storper-m"));

        // more.bib sorts first and declared the author; without it the author belongs to refs.bib.
        content.Delete("references/more.bib");
        await SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken);

        Assert.Equal("references/refs.bib", await AuthorSourceAsync("storper-m"));
        Assert.Equal(0, await Neo4j.CountAsync("MATCH (r:Reference {id: 'storper1997'}) RETURN count(r)"));
        Assert.Equal(1, await Neo4j.CountAsync("MATCH (:Author {id: 'storper-m'})-[:AUTHORED]->(r:Reference) RETURN count(r)"));
    }

    [Theory]
    [InlineData("a note edited")]
    [InlineData("a reference file deleted that declared a shared author first")]
    [InlineData("a reference file added that declares a shared author first")]
    public async Task ShouldWriteAfterAnEditWhatAFullLoadWrites(string edit)
    {
        using var content = new ContentCopy(RepositoryPaths.Content);
        // Sorts before the seed's reference files; its author is also in paper.bib.
        var first = Path.Combine(content.Root, "references/a-first.bib");
        if (edit.Contains("deleted", StringComparison.Ordinal)) File.WriteAllText(first, "@book{storper1997, author = {Storper}, year = {1997}}\n");
        var sync = SyncHarness.Create(Client, content.Root);
        await sync.LoadAsync(TestContext.Current.CancellationToken);

        switch (edit)
        {
            case "a note edited":
                content.Replace("concepts/learning-region.md", "name: ", "name: Edited ");
                content.Replace("concepts/learning-region.md", "  - innovative-milieux\n", "");
                break;
            case "a reference file deleted that declared a shared author first":
                File.Delete(first);
                break;
            default:
                File.WriteAllText(first, "@book{storper1997, author = {Storper}, year = {1997}}\n");
                break;
        }
        var outcome = await sync.LoadAsync(TestContext.Current.CancellationToken);

        Assert.Equal(LoadMode.Incremental, outcome.Mode);
        Assert.True(outcome.Summary.Changed);
        await AssertWrittenAsByAFullLoadAsync(content.Root, outcome);
    }

    [Fact]
    public async Task ShouldReportARenameThatBreaksLinksElsewhereAndTakeTheFileBackAfterwards()
    {
        using var content = new ContentCopy(RepositoryPaths.Content);
        var sync = SyncHarness.Create(Client, content.Root);
        await sync.LoadAsync(TestContext.Current.CancellationToken);
        var before = await GraphDump.TakeAsync(Client);
        var file = Path.Combine(content.Root, "concepts/learning-organisations.md");
        var text = File.ReadAllText(file);

        // File and id renamed: links to the old id, in other files, break; the load is rejected.
        File.Delete(file);
        File.WriteAllText(Path.Combine(content.Root, "concepts/learning-organisation.md"),
            text.Replace("id: learning-organisations\n", "id: learning-organisation\n", StringComparison.Ordinal));
        var renamed = await sync.LoadAsync(TestContext.Current.CancellationToken);

        Assert.Equal(LoadMode.Rejected, renamed.Mode);
        Assert.Equal(ContentPipeline.Load(content.Root).Diagnostics, renamed.Diagnostics);
        Assert.Contains(renamed.Errors, d => d.Location.File != "concepts/learning-organisation.md" && d.Message.Contains("'learning-organisations'", StringComparison.Ordinal));
        Assert.Equal(before, await GraphDump.TakeAsync(Client));

        // Back to the earlier content: the files the graph was loaded from, so nothing to do.
        File.Delete(Path.Combine(content.Root, "concepts/learning-organisation.md"));
        File.WriteAllText(file, text);
        var back = await sync.LoadAsync(TestContext.Current.CancellationToken);

        Assert.Equal(LoadMode.Unchanged, back.Mode);
        Assert.Equal(before, await GraphDump.TakeAsync(Client));
        await AssertWrittenAsByAFullLoadAsync(content.Root, back);
    }

    [Fact]
    public async Task ShouldLeaveTheGraphUntouchedAndReturnDiagnosticsForBadContent()
    {
        using var content = TempContent.SmallLineage();
        var sync = SyncHarness.Create(Client, content.Root);
        await sync.LoadAsync(TestContext.Current.CancellationToken);
        var before = await GraphDump.TakeAsync(Client);
        var loads = await Neo4j.CountAsync("MATCH (l:Load) RETURN count(l)");

        content.With("concepts/sdin.md", """
            ---
            kind: no-such-kind
            name: SDIN
            derived_from: [no-such-concept]
            ---
            """);
        var outcome = await sync.LoadAsync(TestContext.Current.CancellationToken);

        Assert.False(outcome.Succeeded);
        Assert.Equal(LoadMode.Rejected, outcome.Mode);
        Assert.Contains(outcome.Errors, d => d.Code == "TKG012" && d.Location.File == "concepts/sdin.md");
        Assert.Contains(outcome.Errors, d => d.Code == "TKG021");
        Assert.Equal(before, await GraphDump.TakeAsync(Client));
        Assert.Equal(loads, await Neo4j.CountAsync("MATCH (l:Load) RETURN count(l)"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(4)]
    public async Task ShouldLeaveTheGraphAsItWasWhenNeo4jFailsMidLoad(int failAfterRequests)
    {
        using var content = TempContent.SmallLineage();
        await SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken);
        var before = await GraphDump.TakeAsync(Client);
        ChangeEverything(content);

        // Two rows per request: the load needs many requests, and fails after some of them went through.
        var failing = new FailingCypherClient(Client, failAfterRequests);
        var status = new LoadStatus();
        await Assert.ThrowsAsync<Neo4jDatabaseException>(() => SyncHarness.Create(failing, content.Root, rowsPerRequest: 2, status).LoadAsync(TestContext.Current.CancellationToken));

        Assert.Equal(before, await GraphDump.TakeAsync(Client));
        Assert.Equal(LoadMode.Failed, status.Latest!.Mode);
        // The next load, with Neo4j healthy again, gets it all in.
        var retried = await SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken);
        Assert.True(retried.Succeeded);
        Assert.Equal(1, await Neo4j.CountAsync("MATCH (c:Concept {id: 'regional-innovation-systems'}) RETURN count(c)"));
    }

    [Fact]
    public async Task ShouldLeaveTheGraphAsItWasWhenTheLoadIsCancelledMidWay()
    {
        using var content = TempContent.SmallLineage();
        await SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken);
        var before = await GraphDump.TakeAsync(Client);
        ChangeEverything(content);

        using var cancel = new CancellationTokenSource();
        var failing = new FailingCypherClient(Client, 3, cancel);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SyncHarness.Create(failing, content.Root, rowsPerRequest: 2).LoadAsync(cancel.Token));

        Assert.True(failing.RequestsInTransactions > 3);
        Assert.Equal(before, await GraphDump.TakeAsync(Client));
    }

    [Fact]
    public async Task ShouldTellTheNextLoadThatTheLoadBeforeWasCutOffAndLeftTheGraphAsItWas()
    {
        using var content = TempContent.SmallLineage();
        await SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken);
        var before = await GraphDump.TakeAsync(Client);
        ChangeEverything(content);

        // A host stopped by SIGTERM mid-load: its stopping token cancels the load between two of its requests.
        using var cancel = new CancellationTokenSource();
        var cutOff = new FailingCypherClient(Client, 3, cancel);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SyncHarness.Create(cutOff, content.Root, rowsPerRequest: 2).LoadAsync(cancel.Token));
        Assert.Equal(before, await GraphDump.TakeAsync(Client));

        // The next process's load (a new service: nothing remembered) says so; it was silent.
        var status = new LoadStatus();
        var next = await SyncHarness.Create(Client, content.Root, status: status).LoadAsync(TestContext.Current.CancellationToken);
        var after = await SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken);

        Assert.True(next.Succeeded);
        Assert.NotNull(next.Interrupted);
        Assert.Equal(LoadAttempt.ThisProcess, next.Interrupted.By);
        Assert.StartsWith("The previous load (started ", next.Interrupted.Sentence);
        Assert.EndsWith("did not complete: it was interrupted (the process stopped) or failed before it committed, so Neo4j rolled it back and the graph was left as it was before it",
            next.Interrupted.Sentence);
        Assert.Same(next, status.Latest);
        Assert.Null(after.Interrupted); // said once: the load that committed after it carries no mark
    }

    [Fact]
    public async Task ShouldTellTheNextLoadThatTheFirstLoadIntoAnEmptyGraphWasCutOff()
    {
        // The mark went on the latest Load node, and an empty graph has none: a first load stopped by SIGTERM before its
        // commit went unreported (the next load's previousLoadInterrupted was null).
        using var content = TempContent.SmallLineage();
        Assert.Equal(0, await Neo4j.CountAsync("MATCH (n) RETURN count(n)"));

        using var cancel = new CancellationTokenSource();
        var cutOff = new FailingCypherClient(Client, 3, cancel);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SyncHarness.Create(cutOff, content.Root, rowsPerRequest: 2).LoadAsync(cancel.Token));
        Assert.Equal(0, await Neo4j.CountAsync("MATCH (n) WHERE NOT n:LoadAttempt RETURN count(n)")); // rolled back: nothing but the mark

        var status = new LoadStatus();
        var next = await SyncHarness.Create(Client, content.Root, status: status).LoadAsync(TestContext.Current.CancellationToken);
        var after = await SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken);

        Assert.True(next.Succeeded);
        Assert.NotNull(next.Interrupted);
        Assert.Equal(LoadAttempt.ThisProcess, next.Interrupted.By);
        Assert.StartsWith("The previous load (started ", next.Interrupted.Sentence);
        Assert.Same(next, status.Latest);
        Assert.Null(after.Interrupted); // said once
        Assert.Equal(0, await Neo4j.CountAsync($"MATCH (a:{LoadRecordStore.FirstAttemptLabel}) RETURN count(a)")); // the commit removed the mark
    }

    [Fact]
    public async Task ShouldLeaveNoMarkWhenTheFirstLoadCommits()
    {
        using var content = TempContent.SmallLineage();

        var first = await SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken);
        content.With("concepts/extra.md", "---\nname: Extra\nkind: concept\n---\n");
        var second = await SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken);

        Assert.True(first.Succeeded);
        Assert.Null(first.Interrupted);
        Assert.Null(second.Interrupted);
        Assert.Equal(0, await Neo4j.CountAsync($"MATCH (a:{LoadRecordStore.FirstAttemptLabel}) RETURN count(a)"));
    }

    private static void ChangeEverything(TempContent content) => content
        .With("concepts/regional-innovation-systems.md", """
            ---
            kind: tim
            name: Regional Innovation Systems
            member_of: [territorial-innovation-models]
            overlaps_with: [learning-region]
            ---
            """)
        .With("concepts/sdin.md", """
            ---
            kind: framework
            name: SDIN
            derived_from: [regional-innovation-systems, learning-organisation]
            ---
            """);

    // A fresh process's full load (parse everything, compare with the graph read back) finds nothing to change and
    // reports the same diagnostics.
    private async Task AssertWrittenAsByAFullLoadAsync(string root, LoadOutcome outcome)
    {
        var full = await SyncHarness.Create(Client, root).LoadAsync(new LoadRequest(Full: true), TestContext.Current.CancellationToken);
        Assert.False(full.Summary.Changed);
        if (outcome.Mode != LoadMode.Unchanged) Assert.Equal(full.Diagnostics, outcome.Diagnostics);
        Assert.Equal((full.Nodes, full.Relationships), (outcome.Nodes, outcome.Relationships));
    }

    private async Task<string?> AuthorSourceAsync(string id)
    {
        var results = await Client.RunAsync([CypherStatement.Of("MATCH (a:Author {id: $id}) RETURN a.sourceFile", ("id", id))]);
        return results[0].Rows.SingleOrDefault()?[0] as string;
    }
}
