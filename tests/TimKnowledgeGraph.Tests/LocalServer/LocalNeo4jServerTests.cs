using System.Net;
using TimKnowledgeGraph.Neo4j.LocalServer;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.LocalServer;

// The product's shared test server: these tests check the server itself (raw HTTP), not our client.
[Collection(Neo4jCollection.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // the local server runs bash scripts
public sealed class LocalNeo4jServerTests(Neo4jFixture fixture)
{
    [LocalNeo4jFact]
    public async Task ShouldAnswerHttpOnLoopback()
    {
        var endpoint = fixture.Endpoint;
        using var http = new HttpClient();

        using var response = await http.GetAsync(endpoint.HttpUri);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("127.0.0.1", endpoint.HttpUri.Host);
        Assert.Equal("bolt", endpoint.BoltUri.Scheme);
        Assert.NotEqual(17474, endpoint.HttpUri.Port); // never the developers' shared server
    }

    [LocalNeo4jFact]
    public async Task ShouldRunCypherWithTheGeneratedPassword()
    {
        var endpoint = fixture.Endpoint;

        var response = await RawCypher.CommitAsync(endpoint.HttpUri, endpoint.User, endpoint.Password, "RETURN 1 AS one");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(0, response.Errors.GetArrayLength());
        Assert.Equal(1, response.FirstRow[0].GetInt32());
    }

    [LocalNeo4jFact]
    public async Task ShouldRejectAWrongPassword()
    {
        var endpoint = fixture.Endpoint;

        var response = await RawCypher.CommitAsync(endpoint.HttpUri, endpoint.User, endpoint.Password + "x", "RETURN 1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    // The store's initial user is written by us (Neo4jPassword.WriteInitialUser), not by neo4j-admin: Neo4j must
    // have taken it, so the factory default no longer opens the server.
    [LocalNeo4jFact]
    public async Task ShouldNotAcceptTheFactoryDefaultPassword()
    {
        var endpoint = fixture.Endpoint;

        var response = await RawCypher.CommitAsync(endpoint.HttpUri, endpoint.User, "neo4j", "RETURN 1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    [LocalNeo4jFact]
    public void ShouldKeepThePasswordPrivate()
    {
        var endpoint = fixture.Endpoint;
        var file = Path.Combine(fixture.Server.DataDirectory, "password");

        Assert.Equal(endpoint.Password, File.ReadAllText(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.DoesNotContain(endpoint.Password, endpoint.ToString(), StringComparison.Ordinal);
    }

    // Neo4jConf asks for the heap in transparent huge pages where Linux offers them: the JVM must have taken some.
    [LocalNeo4jFact]
    public async Task ShouldRunTheHeapInHugePagesWhereLinuxOffersThem()
    {
        const string setting = "/sys/kernel/mm/transparent_hugepage/enabled";
        if (!OperatingSystem.IsLinux() || !File.Exists(setting) || File.ReadAllText(setting).Contains("[never]", StringComparison.Ordinal))
            Assert.Skip("this kernel offers no transparent huge pages");
        var endpoint = fixture.Endpoint;
        var pid = fixture.Server.ProcessId!.Value;
        // A query allocates on the heap; the JVM's start-up has already filled young regions several times over.
        await RawCypher.CommitAsync(endpoint.HttpUri, endpoint.User, endpoint.Password, "UNWIND range(1, 100000) AS i RETURN count(*)");

        Assert.True(AnonHugePagesKb(pid) > 0, $"JVM {pid} maps no anonymous huge pages");
    }

    // "AnonHugePages:  4096 kB" in the process's summed memory map.
    private static long AnonHugePagesKb(int pid) =>
        File.ReadLines($"/proc/{pid}/smaps_rollup")
            .Where(line => line.StartsWith("AnonHugePages:", StringComparison.Ordinal))
            .Select(line => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture))
            .Single();

    [LocalNeo4jFact]
    public async Task ShouldRefuseASecondStartOfTheSameInstance()
    {
        _ = fixture.Endpoint;

        await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.Server.StartAsync(TestContext.Current.CancellationToken));
    }
}
