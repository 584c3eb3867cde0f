using TimKnowledgeGraph.Domain.Content.Discovery;

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
}
