using System.Text.Json;
using TimKnowledgeGraph.Host.Cli;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Loading;
using TimKnowledgeGraph.Tests.Queries;

namespace TimKnowledgeGraph.Tests.Host;

/// <summary>The command line against the real Neo4j: load, query, and readable failures.</summary>
public sealed class CliTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public async Task ShouldLoadContentAndAnswerLineageThroughTheCli()
    {
        using var content = TempContent.SmallLineage();

        var load = await RunAsync("load", "--content", content.Root);
        Assert.Equal(ExitCodes.Ok, load.ExitCode);
        Assert.Contains("loaded 5 files", load.Out);

        var query = await RunAsync("query", "lineage", "--param", "id=learning-region", "--format", "json");
        Assert.Equal(ExitCodes.Ok, query.ExitCode);
        var records = JsonDocument.Parse(query.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(3, records.Count);
        Assert.Contains(records, r => r.GetProperty("relationship").GetString() == "MEMBER_OF"
                                      && r.GetProperty("toId").GetString() == "territorial-innovation-models");
        // Works named as readers cite them, beside their keys (as the API answers).
        var introduced = records.SelectMany(r => r.GetProperty("introducedIn").EnumerateArray()).First();
        Assert.Equal(("storper1993", "Storper (1993)"), (introduced.GetProperty("ref").GetString(), introduced.GetProperty("citation").GetString()));
    }

    [Fact]
    public async Task ShouldPrintTheNetworkQuerysRecordsFromThePagedReadAsTheCypherRowHoldsThem()
    {
        await TimedFixtureWriter.WriteAsync(Client);
        var row = await QueryFixtures.RunAsync(Client, "network", ("dataset", TimedFixtureWriter.Id));
        var expected = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(row.Records()));

        var query = await RunAsync("query", "network", "-p", $"dataset={TimedFixtureWriter.Id}", "--format", "json");
        var none = await RunAsync("query", "network", "-p", "dataset=zzq-no-such", "--format", "json");

        Assert.Equal(ExitCodes.Ok, query.ExitCode);
        var printed = System.Text.Json.Nodes.JsonNode.Parse(query.Out);
        Assert.NotEmpty(printed![0]!["ties"]!.AsArray());
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(NetworkRowJson.Comparable(expected), NetworkRowJson.Comparable(printed)), query.Out);
        Assert.Contains("\n  {\n    \"datasetId\"", query.Out.ReplaceLineEndings("\n")); // indented, as every query's JSON
        // Written from the paged read, not from Neo4j's row: its maps list their keys as the query's header does (a
        // layer's id first), where Neo4j's maps come in an order of their own.
        Assert.All(printed[0]!["layers"]!.AsArray(), l => Assert.Equal("id", l!.AsObject().First().Key));
        // No such dataset is a typo, not an empty answer (it printed [] and exit 0 before).
        Assert.Equal((ExitCodes.InvalidInput, "", "error: no network dataset with id 'zzq-no-such'"), (none.ExitCode, none.Out.Trim(), none.Error.Trim()));
    }

    [Fact]
    public async Task ShouldPrintCsvWithAHeaderRow()
    {
        using var content = TempContent.SmallLineage();
        Assert.Equal(ExitCodes.Ok, (await RunAsync("load", "--content", content.Root)).ExitCode);

        var query = await RunAsync("query", "lineage", "-p", "id=sdin", "--format", "csv");

        var lines = query.Out.TrimEnd().Split('\n');
        Assert.StartsWith("direction,depth,relationship,fromId", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("ancestor,1,DERIVED_FROM,sdin,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShouldRefuseAWrongPasswordWithOneReadableLine()
    {
        using var content = TempContent.SmallLineage();

        var result = await RunAsync(["load", "--content", content.Root], password: "not-the-password");

        Assert.Equal(ExitCodes.ServerError, result.ExitCode);
        var line = Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.Contains(Neo4j.Endpoint.HttpUri.ToString(), line);
        Assert.Contains("'neo4j'", line);
        Assert.Equal(0, await Neo4j.CountAsync("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task ShouldRejectInvalidParametersBeforeTouchingTheServer()
    {
        var result = await RunAsync("query", "lineage", "--param", "maxDepth=deep");
        var outOfRange = await RunAsync("query", "lineage", "--param", "id=learning-region", "--param", "maxDepth=-1");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("must be a whole number from 1 to 6, got 'deep'", result.Error);
        Assert.Contains("needs parameter 'id'", result.Error);
        Assert.Equal(ExitCodes.InvalidInput, outOfRange.ExitCode);
        Assert.Contains("parameter maxDepth of query 'lineage' must be a whole number from 1 to 6, got '-1'", outOfRange.Error);
    }

    [Fact]
    public async Task ShouldRunReadOnlyCypherAndRefuseWritesLeavingTheGraphUnchanged()
    {
        using var content = TempContent.SmallLineage();
        Assert.Equal(ExitCodes.Ok, (await RunAsync("load", "--content", content.Root)).ExitCode);
        var before = await GraphDump.TakeAsync(Client);

        var read = await RunAsync("cypher", "MATCH (c:Concept {id: $id}) RETURN c.name AS name", "-p", "id=sdin", "-f", "csv");
        var write = await RunAsync("cypher", "MATCH (c:Concept) SET c.name = 'changed'");

        Assert.Equal(ExitCodes.Ok, read.ExitCode);
        Assert.Equal("name\nSocial dynamics of innovation networks", read.Out.TrimEnd().ReplaceLineEndings("\n"));
        Assert.Equal(ExitCodes.InvalidInput, write.ExitCode);
        Assert.Contains("refused", write.Error);
        Assert.Equal(before, await GraphDump.TakeAsync(Client));
    }

    // Every -p value was a string: "RETURN $x + 1" gave "11", and "c.year > $y" could not compare.
    [Fact]
    public async Task ShouldTypeCypherParametersAsTheConsoleDoes()
    {
        var typed = await RunAsync("cypher", "RETURN $x + 1 AS y, $f / 2 AS half, $ids AS ids, $id AS id", "-p", "x=1", "-p", "f=3.0", "-p", "ids=[\"a\", \"b\"]", "-p", "id=learning-region", "-f", "json");
        var broken = await RunAsync("cypher", "RETURN $x AS x", "-p", "x=[1, 2");

        Assert.Equal(ExitCodes.Ok, typed.ExitCode);
        var row = System.Text.Json.JsonDocument.Parse(typed.Out).RootElement[0];
        Assert.Equal(("2", "1.5", "[\"a\",\"b\"]", "\"learning-region\""),
            (row.GetProperty("y").GetRawText(), row.GetProperty("half").GetRawText(), System.Text.Json.JsonSerializer.Serialize(row.GetProperty("ids")), row.GetProperty("id").GetRawText()));
        Assert.Equal(ExitCodes.InvalidInput, broken.ExitCode);
        Assert.StartsWith("error: --param 'x': '[1, 2' starts like JSON but is not valid JSON", broken.Error.Trim());
    }

    [Theory]
    [InlineData(Exploits.CreateUser, "dbms.security.createUser")]
    [InlineData(Exploits.ChangePassword, "dbms.security.changePassword")]
    public async Task ShouldRefuseTheSecurityProcedureExploitsWithOneLine(string exploit, string procedure)
    {
        var before = await GuardedState.ReadAsync(Client);

        var result = await RunAsync("cypher", exploit);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var line = Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.Contains(procedure, line);
        Assert.Equal(before, await GuardedState.ReadAsync(Client));
    }

    [Fact]
    public async Task ShouldRefuseAnInvalidRegularExpressionAsAnyOtherQueryErrorWithOneLine()
    {
        // Neo4j 3.1 reports it as a DatabaseError (a PatternSyntaxException); it is the query's fault all the same.
        var result = await RunAsync("cypher", "RETURN 'a' =~ '[' AS m");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var line = Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.Contains("Neo4j rejected the query (Neo.DatabaseError.Statement.ExecutionFailed): Unclosed character class near index 0", line);
    }

    [Fact]
    public async Task ShouldCutThirtyMillionRowsAtTheLimit()
    {
        var result = await RunAsync("cypher", Exploits.ThirtyMillionRows, "--limit", "10", "-f", "csv");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var lines = result.Out.TrimEnd().ReplaceLineEndings("\n").Split('\n');
        Assert.Equal(["x,pad", .. Enumerable.Range(1, 10).Select(i => $"{i},padding text")], lines);
        Assert.Contains("only the first 10 rows", result.Error);
    }

    [Theory]
    [InlineData("--timeout", "-5", "--timeout must be between 1 and 300, got -5.")]
    [InlineData("--timeout", "0", "--timeout must be between 1 and 300, got 0.")]
    [InlineData("--timeout", "301", "--timeout must be between 1 and 300, got 301.")]
    [InlineData("--limit", "-1", "--limit must be between 0 and 100000, got -1.")]
    [InlineData("--limit", "100001", "--limit must be between 0 and 100000, got 100001.")]
    // Not an int at all: the range check read the value and threw InvalidOperationException (exit 134, a stack trace).
    [InlineData("--limit", "abc", "Cannot parse argument 'abc' for option '--limit'")]
    [InlineData("--timeout", "99999999999", "Cannot parse argument '99999999999' for option '--timeout'")]
    public async Task ShouldRefuseACypherLimitOutOfRangeWithASentence(string option, string value, string sentence)
    {
        // Each was an unhandled ArgumentOutOfRangeException from the runner: a stack trace and exit 134.
        var result = await RunAsync("cypher", "RETURN 1 AS x", $"{option}={value}");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains(sentence, result.Error);
        Assert.DoesNotContain("Exception", result.Error);
        Assert.StartsWith("Description:", result.Out.TrimStart()); // the command's usage, as for any other parse error; no rows
    }

    [Fact]
    public async Task ShouldRefuseAnEmptyFolderToValidateWithASentence()
    {
        // Path.GetFullPath("") threw ArgumentException: a stack trace and exit 134. (validate takes no host configuration.)
        var result = await RunBareAsync("validate", "");

        AssertRefusedWhileParsing(result, "<folder> must not be empty");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task ShouldRefuseABlankCypherQueryWithASentence(string query)
    {
        // The runner threw ArgumentException on a blank query, after the server had started: a stack trace and exit 134.
        var result = await RunAsync("cypher", query);

        AssertRefusedWhileParsing(result, "<query> must not be empty");
    }

    [Fact]
    public async Task ShouldRefuseAnEmptyContentFolderWithASentence()
    {
        // Both reached ContentOptions.FullRoot, whose Path.GetFullPath("") threw inside options validation: a stack trace.
        var option = await RunAsync("query", "search", "-p", "text=learning", "--content", "");
        var configuration = await RunAsync("query", "search", "-p", "text=learning", "--Content:Root=");

        AssertRefusedWhileParsing(option, "--content must not be empty");
        Assert.Equal(ExitCodes.InvalidInput, configuration.ExitCode);
        var line = Assert.Single(configuration.Error.TrimEnd().Split('\n'));
        Assert.StartsWith("error: invalid configuration:", line);
        Assert.Contains("'Root'", line);
    }

    [Fact]
    public async Task ShouldRefuseAnEmptyOutputFileWithASentence()
    {
        await TimedFixtureWriter.WriteAsync(Client);

        // The export was written to ".partial", then File.Move(".partial", "") threw ArgumentException: a stack trace.
        var result = await RunAsync("export", "network", TimedFixtureWriter.Id, "-o", "");

        AssertRefusedWhileParsing(result, "--output must not be empty");
        Assert.False(File.Exists(".partial"));
    }

    [Theory]
    [InlineData("--Neo4j:Uri=localhost:7474", "Neo4j:Uri must be an http:// or https:// address such as http://localhost:7474, got 'localhost:7474'")]
    [InlineData("--Neo4j:Uri=7474", "Neo4j:Uri must be an http:// or https:// address such as http://localhost:7474, got '7474'")]
    [InlineData("--Neo4j:Uri=ftp://localhost:7474", "Neo4j:Uri must be an http:// or https:// address such as http://localhost:7474, got 'ftp://localhost:7474'")]
    public async Task ShouldRefuseANeo4jUriThatIsNotAnHttpAddressWithOneLine(string option, string sentence)
    {
        // A relative Uri or another scheme bound without a word; HttpClient threw InvalidOperationException or
        // NotSupportedException at the first request: a stack trace and exit 134. (Not InProcessCli: its Uri would win.)
        var result = await RunBareAsync("query", "search", "-p", "text=learning", option, "--Neo4j:MaxRetries=0", "--Logging:LogLevel:Default=None");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var line = Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.StartsWith("error: invalid configuration:", line);
        Assert.Contains(sentence, line);
    }

    [Theory]
    [InlineData("--Neo4j:Local:HttpPort=-1", "The field HttpPort must be between 0 and 65535.")]
    [InlineData("--Neo4j:Local:BoltPort=99999", "The field BoltPort must be between 0 and 65535.")]
    [InlineData("--Neo4j:Local:HttpPort=abc", "Failed to convert configuration value 'abc' at 'Neo4j:Local:HttpPort' to type 'System.Int32'.")]
    [InlineData("--Import:Writers=two", "Failed to convert configuration value 'two' at 'Import:Writers' to type 'System.Int32'.")]
    public async Task ShouldRefuseHostConfigurationOutOfRangeOrOfTheWrongTypeWithOneLine(string option, string sentence)
    {
        // The local server's ports were not validated (a nested object): IPEndPoint threw ArgumentOutOfRangeException.
        // A value the binder could not convert was its InvalidOperationException. Both a stack trace and exit 134.
        var result = await RunAsync("query", "search", "-p", "text=learning", option);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var line = Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.StartsWith("error: invalid configuration:", line);
        Assert.Contains(sentence, line);
    }

    [Fact]
    public async Task ShouldReportTwoInvalidConfigurationSectionsAsOneLine()
    {
        // Start-up validation aggregates one exception per failing options class: an AggregateException of two was a stack trace.
        var result = await RunAsync("query", "search", "-p", "text=learning", "--Measures:Parallelism=0", "--Import:Writers=0");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var line = Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.StartsWith("error: invalid configuration:", line);
        Assert.Contains("The field Parallelism must be between 1 and 256.", line);
        Assert.Contains("The field Writers must be between 1 and 16.", line);
    }

    /// <summary>The command line exactly as given, without the test server's address and password.</summary>
    private static async Task<(int ExitCode, string Out, string Error)> RunBareAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, new CliConsole(output, error));
        return (exitCode, output.ToString(), error.ToString());
    }

    private static void AssertRefusedWhileParsing((int ExitCode, string Out, string Error) result, string sentence)
    {
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal(sentence, result.Error.Trim());
        Assert.StartsWith("Description:", result.Out.TrimStart()); // the command's usage, as for any other parse error
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task ShouldRefuseABlankDatasetIdForAGraphMlFileWithASentence(string id)
    {
        var folder = Directory.CreateTempSubdirectory("timkg-blank-id-");
        try
        {
            var file = Path.Combine(folder.FullName, "empty.graphml");
            await File.WriteAllTextAsync(file,
                "<?xml version=\"1.0\"?><graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"undirected\"></graph></graphml>", TestContext.Current.CancellationToken);

            // It was imported as the dataset '' (or '  '), exit 0.
            var result = await RunAsync("import", file, "--id", id);

            AssertRefusedWhileParsing(result, "--id must not be empty");
            Assert.Equal(0, await Neo4j.CountAsync("MATCH (d:Dataset) WHERE trim(d.id) = '' RETURN count(d)"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ShouldExportAConceptsReadingListAsBibTex()
    {
        using var content = TempContent.SmallLineage();
        Assert.Equal(ExitCodes.Ok, (await RunAsync("load", "--content", content.Root)).ExitCode);

        var export = await RunAsync("export", "reading-list", "learning-region", "--format", "bib");

        Assert.Equal(ExitCodes.Ok, export.ExitCode);
        Assert.Contains("{storper1993,", export.Out);
        Assert.Contains("{florida1995,", export.Out);
    }

    [Fact]
    public async Task ShouldPrintAConceptsReadingListAsAReferenceListInEachStyle()
    {
        using var content = TempContent.SmallLineage();
        Assert.Equal(ExitCodes.Ok, (await RunAsync("load", "--content", content.Root)).ExitCode);

        var apa = await RunAsync("export", "reading-list", "learning-region", "--format", "apa");
        var chicago = await RunAsync("export", "reading-list", "learning-region", "--format", "chicago");
        var harvard = await RunAsync("export", "reading-list", "learning-region", "--format", "harvard");

        // Reference-list order (Florida before Storper), one entry a line, only what the references give.
        Assert.Equal((ExitCodes.Ok, "Florida, R. (1995). Futures.\nStorper, M. (1993).\n"), (apa.ExitCode, apa.Out));
        Assert.Equal("Florida, Richard. 1995. Futures.\nStorper, Michael. 1993.\n", chicago.Out);
        Assert.Equal("Florida, R. (1995) Futures.\nStorper, M. (1993).\n", harvard.Out);
    }

    [Fact]
    public async Task ShouldReportAnAddressInUseAsOneLine()
    {
        using var content = TempContent.SmallLineage();
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var result = await RunAsync("serve", "--content", content.Root, "--urls", $"http://127.0.0.1:{port}", "--Content:Watch=false");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var line = Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.Contains($"127.0.0.1:{port}", line);
        Assert.Contains("--urls", line);
        // Said before the content was loaded (it came after Neo4j's start and the whole load).
        Assert.Equal(0, await Neo4j.CountAsync("MATCH (c:Concept) RETURN count(c)"));
    }

    [Fact]
    public async Task ShouldPrintOnlyTheAnswerUnlessVerbose()
    {
        using var content = TempContent.SmallLineage();
        Assert.Equal(ExitCodes.Ok, (await RunAsync("load", "--content", content.Root)).ExitCode);

        var quiet = await RunChildAsync("query", "lineage", "-p", "id=sdin", "-f", "csv");
        var verbose = await RunChildAsync("query", "lineage", "-p", "id=sdin", "-f", "csv", "-v");

        Assert.Equal((0, ""), (quiet.ExitCode, quiet.Error));
        Assert.StartsWith("direction,depth,relationship", quiet.Out, StringComparison.Ordinal);
        Assert.Equal(0, verbose.ExitCode);
        Assert.Contains("info:", verbose.Error, StringComparison.Ordinal);
        Assert.Equal(quiet.Out, verbose.Out);
    }

    [Fact]
    public async Task ShouldStopAnImportAtSigtermAndLetTheNextRunFinishIt()
    {
        using var data = GeneratedDataset.Create(actors: 200, ties: 20_000);
        // Batches of 10 ties: 2,000 requests, far longer than the wait for the first ties below. Before the command
        // line asked System.CommandLine to handle the signal, the generic host's console lifetime swallowed it and
        // the import ran on to its end, exit 0.
        using var process = StartChild("import", data.Root, "--Import:BatchSize=10");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        while (await Neo4j.CountAsync("MATCH ()-[t:TIE]->() RETURN count(t)") == 0 && !process.HasExited)
            await Task.Delay(50, TestContext.Current.CancellationToken);

        System.Diagnostics.Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(ExitCodes.Cancelled, process.ExitCode);
        Assert.Contains("import cancelled: the batches written so far stay, and the dataset stays marked incomplete", await error);
        Assert.DoesNotContain("created dataset", await output);
        Assert.InRange(await Neo4j.CountAsync("MATCH ()-[t:TIE]->() RETURN count(t)"), 1, 19_999);
        // Stopped, not killed: its claim was released, so the next run need not wait for it to lapse.
        Assert.Equal(1, await Neo4j.CountAsync("MATCH (d:Dataset {id: 'gen', importState: 'running'}) WHERE d.importClaim IS NULL RETURN count(d)"));
        var next = await RunAsync("import", data.Root);
        Assert.Equal(ExitCodes.Ok, next.ExitCode);
        Assert.Contains("repairing an earlier run that did not complete", next.Out);
        Assert.Equal(20_000, await Neo4j.CountAsync("MATCH ()-[t:TIE]->() RETURN count(t)"));
    }

    /// <summary>The real executable in a child process: its logging is what a user's terminal shows.</summary>
    private async Task<(int ExitCode, string Out, string Error)> RunChildAsync(params string[] args)
    {
        using var process = StartChild(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private System.Diagnostics.Process StartChild(params string[] args) =>
        System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("dotnet",
            ["exec", Path.Combine(AppContext.BaseDirectory, "timkg.dll"), .. args,
             $"--Neo4j:Uri={Neo4j.Endpoint.HttpUri}", $"--Neo4j:Password={Neo4j.Endpoint.Password}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;

    private Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args) => RunAsync(args, Neo4j.Endpoint.Password);

    private Task<(int ExitCode, string Out, string Error)> RunAsync(string[] args, string password) => InProcessCli.RunAsync(Neo4j, args, password);
}
