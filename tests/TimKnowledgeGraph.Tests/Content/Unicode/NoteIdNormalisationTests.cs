using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.Content.Notes;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Content.Unicode;

/// <summary>
/// Note ids, wiki-link targets, citation keys and tags written in NFC and in NFD (a note saved on macOS takes its id
/// from a decomposed file name) are one id: before, the link or citation named nothing and the tag was two tags.
/// </summary>
public sealed class NoteIdNormalisationTests
{
    [Fact]
    public void ShouldResolveAWikiLinkInNfcToANoteWhoseFileNameIsInNfd()
    {
        using var content = new TempContent()
            .With("concepts/zu\u0308rich-model.md", "---\nkind: concept\nname: Zurich model\n---\nText.\n")
            .With("concepts/other.md", "---\nkind: concept\nname: Other\nderived_from: [z\u00FCrich-model]\n---\nSee [[z\u00FCrich-model]].\n");

        var result = ContentPipeline.Load(content.Root);

        // Only that an id with 'ü' is no lower-case ASCII slug (TKG016, a warning): no unknown id, no second note.
        Assert.Equal("TKG016", Assert.Single(result.Diagnostics).Code);
        Assert.Contains(result.Nodes, n => n.Label == GraphSchema.Concept && n.Id == "z\u00FCrich-model");
        Assert.Contains(result.Relationships, r => r.Type == GraphSchema.Mentions && r.From.Id == "other" && r.To.Id == "z\u00FCrich-model");
        Assert.Contains(result.Relationships, r => r.Type == GraphSchema.DerivedFrom && r.From.Id == "other" && r.To.Id == "z\u00FCrich-model");
    }

    [Fact]
    public void ShouldResolveACitationKeyInEitherFormToTheReference()
    {
        using var content = new TempContent()
            .With("references/refs.bib", "@book{mu\u0308ller2020,\n  author = {M\u00FCller, Anna},\n  title = {Regions},\n  year = {2020}\n}\n")
            .With("concepts/note.md", "---\nkind: concept\nname: Note\nintroduced_in: [m\u00FCller2020]\n---\nAs [@m\u00FCller2020, p. 3] and @mu\u0308ller2020 [p. 4] say.\n");

        var result = ContentPipeline.Load(content.Root);

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Nodes, n => n.Label == GraphSchema.Reference && n.Id == "m\u00FCller2020");
        var cites = Assert.Single(result.Relationships, r => r.Type == GraphSchema.Cites);
        Assert.Equal(("note", "m\u00FCller2020", "p. 3; p. 4"), (cites.From.Id, cites.To.Id, cites.Properties["locator"]));
        Assert.Contains(result.Relationships, r => r.Type == GraphSchema.IntroducedIn && r.To.Id == "m\u00FCller2020");
    }

    [Fact]
    public void ShouldReadATagInEitherFormAsOneTag()
    {
        var sink = new DiagnosticBag();
        var note = NoteReader.Read("---\nkind: tim\nname: X\ntags: [caf\u00E9]\n---\nText #cafe\u0301 and #cafe\u0301/r\u00E9gion end.\n",
            "concepts/x.md", NoteKind.Concept, sink)!;

        Assert.Empty(sink.Items);
        Assert.Equal(["caf\u00E9", "caf\u00E9/r\u00E9gion"], note.Tags);
    }
}
