using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Graph.Exports;
using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Graph.Loading;
using TimKnowledgeGraph.Graph.Networks;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Graph.Search;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Neo4j.Schema;
using TimKnowledgeGraph.Tests.Exports;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Loading;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>
/// Every statement the product actually sends passes Neo4j's Cypher 5 front end, including those built inside methods
/// (per label and type from fixed lists, per load state), which <see cref="EmbeddedCypherLintTests"/> cannot see: the
/// content sync, the Load records, the imports first and again, the projection, the measures' write-back and their
/// clean-up, the exports, the search index's read. Researchers run Neo4j 5 or 2025; these tests run on 3.1, so a 3.1-only
/// idiom in such a statement would pass every other test and fail for them. The statements are recorded on their way to
/// the real server (<see cref="RecordingClient"/>, in explicit transactions too) while the real paths run.
/// </summary>
public sealed class SentCypherLintTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    // What a run of the paths below sent: fewer distinct statements means a path or the recorder broke.
    private const int MinimumStatements = 120;

    [Fact]
    public async Task Statements_sent_by_loads_imports_analyses_exports_and_search_pass_the_Cypher_5_linter()
    {
        var recorder = new RecordingClient(Client);
        using var data = new TempContent();
        using var content = new ContentCopy(RepositoryPaths.Content);
        var server = await recorder.GetServerInfoAsync(TestContext.Current.CancellationToken);
        // What every start runs: version-specific by design, and excluded from the lint below.
        await new SchemaInitializer(NullLogger<SchemaInitializer>.Instance).EnsureAsync(recorder, TestContext.Current.CancellationToken);

        var paths = new ProductPaths(recorder, content, data);
        await paths.LoadsAndImportsAsync();
        await paths.ReadsAsync();

        var sent = recorder.Texts.Where(text => !IsSchemaStatement(text, server)).ToList();
        Assert.True(sent.Count >= MinimumStatements, $"recorded only {sent.Count} distinct statements:\n{string.Join("\n", sent)}");
        SentCypherAreas.AssertEachSeen(sent);
        await AssertLintedAsync(sent);
    }

    // The schema's DDL is written per server version (SchemaStatements: ON ... ASSERT for 3.x, FOR ... REQUIRE from 4.4),
    // and db.indexes() is called on 3.x only (SchemaInitializer): each text is for the server it is sent to, not for every.
    private static bool IsSchemaStatement(string text, ServerInfo server) =>
        SchemaStatements.For(server).Any(s => s.Text == text) || text.StartsWith("CALL db.indexes()", StringComparison.Ordinal);

    private static async Task AssertLintedAsync(IReadOnlyList<string> statements)
    {
        var folder = Directory.CreateTempSubdirectory("tkg-sent-cypher").FullName;
        try
        {
            var files = statements.Select((text, i) => (Path: Path.Combine(folder, $"sent-{i:D4}.cypher"), Text: text)).ToList();
            foreach (var (path, text) in files) await File.WriteAllTextAsync(path, text, TestContext.Current.CancellationToken);
            var (exitCode, output) = await CypherLint.RunAsync(folder);
            // Each error line starts with its file (`file:line:col: error: ...`); the statement itself is shown beside it.
            // Warnings (id() is deprecated in Cypher 5, and the only node key 3.1 has) are not failures.
            var errors = output.Split('\n').Where(line => line.Contains(": error: ", StringComparison.Ordinal)).ToList();
            var failed = files.Where(f => errors.Any(line => line.StartsWith(f.Path + ":", StringComparison.Ordinal)))
                .Select(f => $"{Path.GetFileName(f.Path)}: {f.Text}");
            Assert.True(exitCode == 0, $"cypher-lint exited {exitCode}:\n{string.Join("\n", errors)}\nthe statements:\n{string.Join("\n", failed)}");
            Assert.Contains($"linted {statements.Count} file(s), 0 error(s)", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The product's write and read paths, run over one client, in an order that takes each branch once.</summary>
    private sealed class ProductPaths(ICypherClient client, ContentCopy content, TempContent data)
    {
        private readonly MeasureService _measures = new(client, Options.Create(new MeasureOptions()));
        private readonly NetworkImporter _importer = new(client, Options.Create(new ImportOptions()), NullLogger<NetworkImporter>.Instance);
        private readonly NamedQueryRunner _runner = new(client);
        private MeasureRefresher? _refresher;
        private ContentSyncService? _sync;

        private MeasureRefresher Refresher => _refresher ??= new(client, _measures, Options.Create(new MeasureOptions()), NullLogger<MeasureRefresher>.Instance);

        private ContentSyncService Sync => _sync ??= new(client, new GraphSyncWriter(), new LoadStatus(),
            Options.Create(new ContentOptions { Root = content.Root }), NullLogger<ContentSyncService>.Instance, Refresher);

        private static CancellationToken Token => TestContext.Current.CancellationToken;

        public async Task LoadsAndImportsAsync()
        {
            var plain = LintDatasets.WritePlain(data);
            var timed = LintDatasets.WriteTimed(data);
            await ImportAsync(plain, first: true);
            // A content dataset with an imported one's id, on the first load (no Load node yet) and on a later one: refused
            // after the mark, which is put back as it was.
            await LoadRefusedAsync(plain);
            Assert.Equal(LoadMode.Full, (await LoadAsync()).Mode);
            Assert.Equal(LoadMode.Unchanged, (await LoadAsync()).Mode);
            await ImportAsync(timed, first: true); // its layer is an instance_of a loaded concept, its source a loaded reference
            await WriteMeasuresAsync("preface-network", LintDatasets.Timed);

            // A note changed, another deleted, a tie added to a content dataset whose measures were written back.
            content.Replace("concepts/learning-region.md", "name: ", "name: Edited ");
            File.Delete(Path.Combine(content.Root, "critiques", "massey-regional-problem.md"));
            content.AppendLine("networks/preface-network/ties.csv", "roel,frans,rsa-network,a tie added by the test,1");
            Assert.Equal(LoadMode.Incremental, (await LoadAsync()).Mode);
            Assert.NotEmpty(await Refresher.RunPendingAsync(Token));
            await LoadRefusedAsync(plain);

            // Again: MERGE instead of CREATE, and what the earlier run wrote and this one did not is deleted.
            await ImportAsync(plain, first: false);
            LintDatasets.DropActor(timed, "d");
            Assert.True((await ImportAsync(timed, first: false)).StaleDeleted > 0);
        }

        public async Task ReadsAsync()
        {
            var reader = new NetworkDatasetReader(client) { PageSize = 2 };
            foreach (var dataset in new[] { LintDatasets.Timed, "preface-network" })
            {
                await StreamedExport.ToFileAsync(reader, dataset, Path.Combine(data.Root, dataset + ".graphml"), GraphMlWriter.WriteAsync);
                await StreamedExport.ToFileAsync(reader, dataset, Path.Combine(data.Root, dataset + ".gexf"), GexfWriter.WriteAsync);
            }
            // An exported GraphML file imported alone, as a dataset of its own.
            var copy = await _importer.ImportAsync(Path.Combine(data.Root, LintDatasets.Timed + ".graphml"), null, Token, "zzq-lint-copy");
            Assert.True(copy.Succeeded, string.Join("\n", copy.Diagnostics));

            // The reading list export (BibTeX, CSL-JSON) and the corpus a reference list letters its works against.
            Assert.NotNull(await new ReadingListReader(_runner, QueryCatalog.Embedded).ReadAsync("learning-region", cancellationToken: Token));
            await _runner.RunAsync(QueryCatalog.Embedded.Get("web-bibliography"), new Dictionary<string, object?>(), Token);

            using var search = new SearchService(_runner, new LoadStatus(), NullLogger<SearchService>.Instance);
            await search.SyncAsync(Token);
            Assert.True(search.Count > 0);
            Assert.NotNull(await new LatestLoadReader(client).ReadAsync(Token));
        }

        private async Task<LoadOutcome> LoadAsync()
        {
            var outcome = await Sync.LoadAsync(Token);
            Assert.True(outcome.Succeeded, string.Join('\n', outcome.Errors));
            return outcome;
        }

        private async Task LoadRefusedAsync(string dataset)
        {
            var copied = Path.Combine(content.Root, "networks", Path.GetFileName(dataset));
            Directory.CreateDirectory(copied);
            foreach (var file in Directory.GetFiles(dataset)) File.Copy(file, Path.Combine(copied, Path.GetFileName(file)));
            var refused = await Sync.LoadAsync(Token);
            Directory.Delete(copied, recursive: true);
            Assert.Equal(LoadMode.Rejected, refused.Mode);
            Assert.Contains(refused.Errors, e => e.Message.Contains("belongs to a dataset written by timkg import", StringComparison.Ordinal));
        }

        private async Task<ImportOutcome> ImportAsync(string folder, bool first)
        {
            var outcome = await _importer.ImportAsync(folder, null, Token);
            Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
            Assert.Equal(first, outcome.FirstImport);
            return outcome;
        }

        // As `timkg analyse` writes them, and as the host's warm-up projects the datasets.
        private async Task WriteMeasuresAsync(params string[] datasets)
        {
            foreach (var dataset in datasets) Assert.NotNull(await _measures.WriteAsync(dataset, Token));
            var warmer = new ProjectionWarmer(client, _measures, Options.Create(new MeasureOptions { WarmMinActors = 1 }), NullLogger<ProjectionWarmer>.Instance);
            await warmer.WarmAsync(Token);
        }
    }
}
