using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.Content.Discovery;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Specs;

namespace TimKnowledgeGraph.Tests.Content;

/// <summary>
/// A load through a warm <see cref="ContentPipelineCache"/> gives exactly what a fresh load of the same files gives
/// (graph, sources, diagnostics, files), whatever changed since — while reading only the files that changed.
/// </summary>
public sealed class ContentPipelineCacheTests
{
    /// <summary>Edits of the seed corpus, each with the number of files it changes (so reads again).</summary>
    private static readonly Dictionary<string, (int Reads, Action<ContentCopy> Edit)> Edits = new()
    {
        ["a note's name"] = (1, c => c.Replace("concepts/learning-region.md", "name: ", "name: Edited ")),
        ["a note's links"] = (1, c => c.Replace("concepts/learning-region.md", "  - innovative-milieux\n", "")),
        ["a renamed note others link to"] = (1, Rename),
        ["a deleted note others link to"] = (0, c => File.Delete(Path.Combine(c.Root, "concepts/learning-region.md"))),
        ["a deleted reference file"] = (0, c => File.Delete(Path.Combine(c.Root, "references/book.json"))),
        ["a reference key renamed"] = (1, c => c.Replace("references/paper.bib", "@article{massey,", "@article{massey1979,")),
        ["a broken wiki-link"] = (1, c => c.Replace("concepts/clusters.md", "[[clusters-slippery-concept]]", "[[clusters-slipery-concept]]")),
        ["a bad enum value"] = (1, c => c.Replace("propositions/proposition-9.md", "stance: qualifies", "stance: undermines")),
        ["unreadable front matter"] = (1, c => c.Replace("concepts/learning-organisations.md", "name: ", "name: [unclosed")),
        ["a duplicate id in a later file"] = (1, DuplicateId),
        ["an alias that a link now resolves to"] = (2, c =>
        {
            c.Replace("concepts/clusters.md", "[[clusters-slippery-concept]]", "[[slippery clusters]]");
            c.Replace("concepts/proximity.md", "name: ", "aliases: [slippery clusters]\nname: ");
        }),
        ["a bad tie"] = (1, c => c.AppendLine("networks/preface-network/ties.csv", "paul,nobody,rsa-network,,1")),
        ["a valid tie"] = (1, c => c.AppendLine("networks/preface-network/ties.csv", "roel,frans,rsa-network,,2")),
        ["an actor in a region only the data names"] = (1, c => c.AppendLine("networks/preface-network/actors.csv", "anna,Anna,person,zwolle,")),
        ["a region declaration removed that the data still names"] = (1, c => c.Replace("networks/preface-network/dataset.md", "  - id: newcastle\n    name: Newcastle\n", "")),
        ["a second dataset naming a declared region from its data"] = (1, SecondDatasetInNewcastle),
        ["a dataset's actors file gone"] = (1, c => File.Delete(Path.Combine(c.Root, "networks/preface-network/actors.csv"))),
        ["an unused data file"] = (1, c => File.WriteAllText(Path.Combine(c.Root, "networks/preface-network/extra.csv"), "a,b\n")),
        ["a file that is not content"] = (0, c => File.WriteAllText(Path.Combine(c.Root, "references/notes.txt"), "x")),
        ["two notes swapped"] = (2, c =>
        {
            var a = Path.Combine(c.Root, "concepts/clusters.md");
            var b = Path.Combine(c.Root, "concepts/proximity.md");
            var text = File.ReadAllText(a);
            File.WriteAllText(a, File.ReadAllText(b));
            File.WriteAllText(b, text);
        }),
        ["a new reference file declaring a shared author first"] = (1, c => File.WriteAllText(Path.Combine(c.Root, "references/a-first.bib"), """
            @book{storper1997,
              author = {Storper},
              year = {1997},
              title = {The Regional World}
            }
            """)),
    };

    public static TheoryData<string> EditNames => [.. Edits.Keys];

    [Theory]
    [MemberData(nameof(EditNames))]
    public void ShouldGiveWhatAFreshLoadGivesAfterAnEdit(string edit)
    {
        using var content = new ContentCopy(RepositoryPaths.Content);
        var cache = new ContentPipelineCache();
        var before = cache.Load(ContentDiscovery.Discover(content.Root));
        Assert.Equal(before.Files.Count(f => f.Kind != ContentFileKind.NetworkData && f.Kind != ContentFileKind.Unrecognised), cache.FilesRead);

        Edits[edit].Edit(content);
        var after = cache.Load(ContentDiscovery.Discover(content.Root));

        AssertSame(ContentPipeline.Load(content.Root), after);
        Assert.Equal(Edits[edit].Reads, cache.FilesRead);
    }

    [Fact]
    public void ShouldGiveWhatAFreshLoadGivesWhenAFileGoesBackToAnEarlierContent()
    {
        using var content = new ContentCopy(RepositoryPaths.Content);
        var cache = new ContentPipelineCache();
        var original = cache.Load(ContentDiscovery.Discover(content.Root));
        var text = File.ReadAllText(Path.Combine(content.Root, "concepts/learning-organisations.md"));

        Rename(content);
        var renamed = cache.Load(ContentDiscovery.Discover(content.Root));
        Assert.Contains(renamed.Diagnostics, d => d.Message.Contains("'learning-organisations', which is not a known id", StringComparison.Ordinal));

        File.Delete(Path.Combine(content.Root, "concepts/learning-organisation.md"));
        File.WriteAllText(Path.Combine(content.Root, "concepts/learning-organisations.md"), text);
        var reverted = cache.Load(ContentDiscovery.Discover(content.Root));

        AssertSame(original, reverted);
        AssertSame(ContentPipeline.Load(content.Root), reverted);
    }

    [Fact]
    public void ShouldGiveWhatAFreshLoadGivesWhenTheDeclarationOfARegionAnotherDatasetTakesFromItsDataGoes()
    {
        // The second dataset's actor links to the node the preface's declaration makes (with its name); once that
        // declaration goes, the second dataset's own region from the data must make the node, though its files did not change.
        using var content = new ContentCopy(RepositoryPaths.Content);
        SecondDatasetInNewcastle(content);
        var cache = new ContentPipelineCache();
        var before = cache.Load(ContentDiscovery.Discover(content.Root));
        Assert.Equal("Newcastle", before.Nodes.Single(n => n.Label == "Region" && n.Id == "newcastle").Properties["name"]);

        content.Replace("networks/preface-network/dataset.md", "  - id: newcastle\n    name: Newcastle\n", "");
        var after = cache.Load(ContentDiscovery.Discover(content.Root));

        AssertSame(ContentPipeline.Load(content.Root), after);
        Assert.DoesNotContain("name", after.Nodes.Single(n => n.Label == "Region" && n.Id == "newcastle").Properties.Keys);
        Assert.Contains(after.Relationships, r => r.Type == "LOCATED_IN" && r.From.Id == "second/ann" && r.To.Id == "newcastle");
    }

    [Fact]
    public void ShouldReadNothingAndGiveTheSameResultWhenNothingChanged()
    {
        using var content = new ContentCopy(RepositoryPaths.Content);
        var cache = new ContentPipelineCache();
        var first = cache.Load(ContentDiscovery.Discover(content.Root));
        var second = cache.Load(ContentDiscovery.Discover(content.Root));

        Assert.Equal(0, cache.FilesRead);
        AssertSame(first, second);
        // The very same elements: nothing was mapped again.
        Assert.All(first.Nodes.Zip(second.Nodes), p => Assert.Same(p.First, p.Second));
        Assert.All(first.Relationships.Zip(second.Relationships), p => Assert.Same(p.First, p.Second));
    }

    [Fact]
    public void ShouldGiveWhatAFreshLoadGivesAfterEverySeveralEditsInARandomSequence()
    {
        using var content = new ContentCopy(RepositoryPaths.Content);
        var originals = Directory.EnumerateFiles(content.Root, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(content.Root, p), File.ReadAllText);
        var cache = new ContentPipelineCache();
        cache.Load(ContentDiscovery.Discover(content.Root));
        var random = new Random(20251121);
        var names = Edits.Keys.ToList();

        for (var step = 0; step < 40; step++)
        {
            // Mostly edits on top of edits; now and then everything goes back to the original files.
            if (random.Next(6) == 0) Restore(content, originals);
            else TryEdit(content, names[random.Next(names.Count)]);
            var cached = cache.Load(ContentDiscovery.Discover(content.Root));
            AssertSame(ContentPipeline.Load(content.Root), cached);
        }
    }

    private static void TryEdit(ContentCopy content, string edit)
    {
        try
        {
            Edits[edit].Edit(content);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException)
        {
            // Already done (the text to replace, or the file, is gone): the corpus stays as it is for this step.
        }
    }

    private static void Restore(ContentCopy content, Dictionary<string, string> originals)
    {
        foreach (var path in Directory.EnumerateFiles(content.Root, "*", SearchOption.AllDirectories))
            if (!originals.ContainsKey(Path.GetRelativePath(content.Root, path))) File.Delete(path);
        foreach (var (path, text) in originals)
        {
            var full = Path.Combine(content.Root, path);
            if (!File.Exists(full) || File.ReadAllText(full) != text) File.WriteAllText(full, text);
        }
    }

    // File and id renamed together: every link to the old id, in other files, breaks.
    // A dataset that declares no regions, whose actor is in the preface's newcastle.
    private static void SecondDatasetInNewcastle(ContentCopy content)
    {
        var folder = Path.Combine(content.Root, "networks/second");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "dataset.md"), "---\nlayers: [{id: trade, nature: economic}]\n---\n");
        File.WriteAllText(Path.Combine(folder, "actors.csv"), "id,name,kind,region\nann,Ann,firm,newcastle\n");
        File.WriteAllText(Path.Combine(folder, "ties.csv"), "source,target,layer\n");
    }

    private static void Rename(ContentCopy content)
    {
        content.Replace("concepts/learning-organisations.md", "id: learning-organisations\n", "id: learning-organisation\n");
        File.Move(Path.Combine(content.Root, "concepts/learning-organisations.md"), Path.Combine(content.Root, "concepts/learning-organisation.md"));
    }

    private static void DuplicateId(ContentCopy content)
    {
        // A critique note reusing a concept's id (as BrokenContentTests does).
        content.AppendLine("critiques/clusters.md", "---");
        content.AppendLine("critiques/clusters.md", "id: clusters");
        content.AppendLine("critiques/clusters.md", "name: Clusters are slippery");
        content.AppendLine("critiques/clusters.md", "targets: [clusters]");
        content.AppendLine("critiques/clusters.md", "raised_in: [martin2003]");
        content.AppendLine("critiques/clusters.md", "---");
    }

    private static void AssertSame(ContentLoadResult expected, ContentLoadResult actual)
    {
        Assert.Equal(GraphText.Graph(expected), GraphText.Graph(actual));
        Assert.Equal(expected.Diagnostics, actual.Diagnostics);
        Assert.Equal(expected.Files, actual.Files);
    }
}
