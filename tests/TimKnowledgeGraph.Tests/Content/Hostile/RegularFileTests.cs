using System.Text;
using TimKnowledgeGraph.Domain.Content.Discovery;
using TimKnowledgeGraph.Domain.Content.Reading;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Content.Hostile;

/// <summary>
/// Content is checked by name before it is read, but a named pipe put in a file's place after that check (a watched
/// content folder) blocked a plain open until something wrote to the pipe. Every content read opens without waiting
/// and asks the open file what it is.
/// </summary>
public sealed class RegularFileTests : IDisposable
{
    // A hang fails the test instead of stopping the run.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private readonly string _folder = Directory.CreateTempSubdirectory("timkg-regular-").FullName;

    [Fact]
    public void ShouldReadARegularFile()
    {
        var path = Path.Combine(_folder, "note.md");
        File.WriteAllText(path, "# A note\n");

        using var stream = RegularFile.OpenRead(path);

        Assert.Equal("# A note\n", new StreamReader(stream, Encoding.UTF8).ReadToEnd());
    }

    [Fact]
    public async Task ShouldRefuseANamedPipeAtOnce()
    {
        var pipe = Pipe("note.md");

        var refused = await Assert.ThrowsAsync<NotARegularFileException>(() => Task.Run(() => RegularFile.OpenRead(pipe)).WaitAsync(Bound, TestContext.Current.CancellationToken));

        Assert.Equal("a named pipe", refused.What);
    }

    [Fact]
    public void ShouldRefuseAFolder()
    {
        var refused = Assert.Throws<NotARegularFileException>(() => RegularFile.OpenRead(_folder));

        Assert.Equal("a folder", refused.What);
    }

    [Fact]
    public void ShouldSayAFileIsGone() =>
        Assert.Throws<FileNotFoundException>(() => RegularFile.OpenRead(Path.Combine(_folder, "gone.md")));

    [Fact]
    public async Task ShouldReportAPipeInANotesPlaceInsteadOfWaitingForIt()
    {
        var pipe = Pipe("swapped.md");
        var sink = new DiagnosticBag();

        var bytes = await Task.Run(() => BoundedFile.ReadBytes(pipe, "concepts/swapped.md", 1 << 20, sink)).WaitAsync(Bound, TestContext.Current.CancellationToken);

        Assert.Null(bytes);
        var error = Assert.Single(sink.Items);
        Assert.Equal(("TKG093", "concepts/swapped.md"), (error.Code, error.Location.File));
        Assert.StartsWith("'concepts/swapped.md' is a named pipe, expected a regular file", error.Message);
    }

    [Fact]
    public async Task ShouldReportAPipeInADataFilesPlaceInsteadOfWaitingForIt()
    {
        var pipe = Pipe("ties.csv");
        var sink = new DiagnosticBag();

        var reader = await Task.Run(() => BoundedFile.OpenText(pipe, "networks/x/ties.csv", 1 << 20, sink)).WaitAsync(Bound, TestContext.Current.CancellationToken);

        Assert.Null(reader);
        Assert.Equal("TKG093", Assert.Single(sink.Items).Code);
    }

    [Fact]
    public async Task ShouldNotHashAPipe()
    {
        var pipe = Pipe("refs.bib");

        await Assert.ThrowsAsync<NotARegularFileException>(() => Task.Run(() => ContentDiscovery.Hash(pipe)).WaitAsync(Bound, TestContext.Current.CancellationToken));
    }

    private string Pipe(string name)
    {
        var path = Path.Combine(_folder, name);
        Python.Run("-c", "import os, sys; os.mkfifo(sys.argv[1])", path);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
