using TimKnowledgeGraph.Neo4j.Configuration;
using TimKnowledgeGraph.Neo4j.LocalServer;

namespace TimKnowledgeGraph.Tests.LocalServer;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PrerequisitesTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "timkg-tests", "prereq-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void ShouldSayInOneLineHowToGetJava()
    {
        var error = Assert.Throws<LocalNeo4jException>(() => Prerequisites.RequireJava(javaHome: null, path: _directory));

        Assert.True(error.IsMissingPrerequisite);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("apt-get install openjdk-17-jre-headless", error.Message);
        Assert.Contains("Neo4j:Uri", error.Message);
    }

    [Fact]
    public void ShouldSayInOneLineHowToGetNpm()
    {
        var error = Assert.Throws<LocalNeo4jException>(() => Prerequisites.RequireNpm(path: _directory));

        Assert.True(error.IsMissingPrerequisite);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("apt-get install npm", error.Message);
    }

    [Fact]
    public void ShouldPreferAValidJavaHomeAndIgnoreABrokenOne()
    {
        var javaHome = Path.Combine(_directory, "jdk");
        var onPath = Path.Combine(_directory, "path");
        CreateExecutable(Path.Combine(javaHome, "bin", "java"));
        CreateExecutable(Path.Combine(onPath, "java"));

        Assert.Equal(javaHome, Prerequisites.RequireJava(javaHome, path: null));
        Assert.Null(Prerequisites.RequireJava(Path.Combine(_directory, "missing"), onPath));
    }

    [Fact]
    public void ShouldRejectASizeThatIsNotASize()
    {
        var layout = new LocalNeo4jLayout(_directory, _directory);
        var options = new LocalNeo4jOptions { HeapSize = "2g\ndbms.security.auth_enabled=false" };

        var error = Assert.Throws<LocalNeo4jException>(() => Neo4jConf.Write(layout, options, 1, 2));

        Assert.Contains("Neo4j:Local:HeapSize", error.Message);
    }

    public void Dispose() => LocalNeo4jTestSupport.DeleteQuietly(_directory);

    private static void CreateExecutable(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "#!/bin/sh\n");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
