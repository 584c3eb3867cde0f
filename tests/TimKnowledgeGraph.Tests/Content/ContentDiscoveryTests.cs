using TimKnowledgeGraph.Domain.Content.Discovery;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Content;

public sealed class ContentDiscoveryTests
{
    [Theory]
    [InlineData("concepts/learning-region.md", ContentFileKind.ConceptNote)]
    [InlineData("concepts/sub/folder/x.md", ContentFileKind.ConceptNote)]
    [InlineData("propositions/p.md", ContentFileKind.PropositionNote)]
    [InlineData("critiques/c.md", ContentFileKind.CritiqueNote)]
    [InlineData("references/lib.bib", ContentFileKind.BibTex)]
    [InlineData("references/lib.json", ContentFileKind.CslJson)]
    [InlineData("references/lib.ris", ContentFileKind.Unrecognised)]
    [InlineData("networks/preface/dataset.md", ContentFileKind.DatasetDescription)]
    [InlineData("networks/preface/ties.csv", ContentFileKind.NetworkData)]
    [InlineData("networks/stray.csv", ContentFileKind.Unrecognised)]
    public void ShouldClassifyByFolder(string path, ContentFileKind kind) => Assert.Equal(kind, ContentDiscovery.Classify(path));

    [Theory]
    [InlineData("README.md")]
    [InlineData("concepts/README.md")]
    [InlineData(".obsidian/workspace.json")]
    [InlineData("concepts/.trash/old.md")]
    [InlineData("concepts/image.png")]
    [InlineData("notes.md")]
    public void ShouldIgnoreNonContent(string path) => Assert.Null(ContentDiscovery.Classify(path));

    [Fact]
    public void ShouldHashFilesAndUseForwardSlashes()
    {
        var root = Directory.CreateTempSubdirectory("tkg-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "concepts"));
            Directory.CreateDirectory(Path.Combine(root, ".git"));
            File.WriteAllText(Path.Combine(root, "concepts", "b.md"), "abc");
            File.WriteAllText(Path.Combine(root, "concepts", "a.md"), "");
            File.WriteAllText(Path.Combine(root, ".git", "HEAD"), "x");

            var files = ContentDiscovery.Discover(root);

            Assert.Equal(["concepts/a.md", "concepts/b.md"], files.Select(f => f.Path));
            Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", files[1].Sha256);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // Made by python3: .NET writes names only as UTF-8 and has no call that makes a pipe.
    private static void MakeWithPython(string root, string code) => Python.Run("-c", "import os, sys; root = os.fsencode(sys.argv[1]); " + code, root);

    [Fact]
    public async Task A_pipe_where_content_could_be_is_refused_by_name_and_never_opened()
    {
        var root = Directory.CreateTempSubdirectory("tkg-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "concepts"));
            Directory.CreateDirectory(Path.Combine(root, "references"));
            File.WriteAllText(Path.Combine(root, "concepts", "a.md"), "abc");
            MakeWithPython(root, "os.mkfifo(os.path.join(root, b'concepts', b'pipe.md')); os.mkfifo(os.path.join(root, b'references', b'scan.pdf'))");

            // Opening a pipe blocks until a writer comes: a hang fails the test instead of stopping the run.
            var files = await Task.Run(() => ContentDiscovery.Discover(root)).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

            Assert.Equal(["concepts/a.md", "concepts/pipe.md"], files.Select(f => f.Path));
            var pipe = files[1];
            Assert.Equal(ContentFileKind.Refused, pipe.Kind);
            Assert.Equal(DiagnosticCodes.LinkNotFollowed, pipe.Problem!.Code);
            Assert.Contains("'concepts/pipe.md' is a named pipe, expected a regular file", pipe.Problem.Message);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_name_that_is_not_utf8_is_refused_where_content_could_be_and_ignored_elsewhere()
    {
        var root = Directory.CreateTempSubdirectory("tkg-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "concepts"));
            File.WriteAllText(Path.Combine(root, "concepts", "a.md"), "abc");
            // Latin-1 bytes, as a zip unpacked with the wrong character set leaves them: a note, a folder of notes,
            // an attachments folder beside the content folders and a PDF beside the references (not content: ignored).
            MakeWithPython(root, "open(os.path.join(root, b'concepts', b'r\\xe9gion.md'), 'w').close(); " +
                "os.makedirs(os.path.join(root, b'concepts', b'R\\xe9sum\\xe9')); os.makedirs(os.path.join(root, b'attachments', b'R\\xe9sum\\xe9')); " +
                "os.makedirs(os.path.join(root, b'references')); open(os.path.join(root, b'references', b'\\xe9t\\xe9.pdf'), 'w').close()");

            var files = ContentDiscovery.Discover(root);

            Assert.Equal(["concepts/R\uFFFDsum\uFFFD", "concepts/a.md", "concepts/r\uFFFDgion.md"], files.Select(f => f.Path));
            Assert.All(files.Where(f => f.Path != "concepts/a.md"), f =>
            {
                Assert.Equal(ContentFileKind.Refused, f.Kind);
                Assert.Equal(DiagnosticCodes.NotUtf8, f.Problem!.Code);
                Assert.Contains("is not UTF-8", f.Problem.Message);
            });
        }
        finally
        {
            MakeWithPython(root, "import shutil; shutil.rmtree(root)"); // .NET cannot delete what it cannot name
        }
    }
}
