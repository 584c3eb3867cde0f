using TimKnowledgeGraph.Domain.Content.Notes.Markdown;
using TimKnowledgeGraph.Host.Web.Data;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>
/// The pages resolve a wiki-link as loading does: by id, name, alias, then by the path of a note's or a content
/// dataset's file (<c>web-link-index</c>'s <c>file</c>), relative paths read from the rendered note's folder.
/// </summary>
public sealed class LinkIndexTests
{
    private static readonly LinkTargetRow[] Rows =
    [
        new("the-alpha", "Concept", "Alpha", [], "concepts/tims/alpha.md"),
        new("io", "Concept", "Input/Output", [], "concepts/io.md"),
        new("beta", "Critique", "Beta", [], "critiques/beta.md"),
        new("preface", "Dataset", "Preface network", [], "networks/preface-network/dataset.md"),
        new("other", "Dataset", "Other network", [], "networks/other/dataset.md"),
        new("imported", "Dataset", "Imported", [], null),
    ];

    [Theory]
    [InlineData("[[concepts/tims/alpha]]", "/concepts/the-alpha")]
    [InlineData("[[tims/alpha.md]]", "/concepts/the-alpha")]
    [InlineData("[[alpha.md#Top]]", "/concepts/the-alpha#note-top")]
    [InlineData("[[../concepts/tims/alpha]]", "/concepts/the-alpha")]
    [InlineData("[[./beta]]", "/critiques/beta")]
    [InlineData("[[networks/preface-network/dataset]]", "/networks/preface")]
    [InlineData("[[preface-network/dataset.md]]", "/networks/preface")]
    [InlineData("[[../networks/other/dataset|the other one]]", "/networks/other")]
    [InlineData("[[Input/Output]]", "/concepts/io")]
    public void A_link_written_as_a_path_goes_to_the_file_it_names(string markdown, string href)
    {
        var html = NoteMarkdown.ToHtml(markdown, new LinkIndex(Rows).ForNote("critiques/beta.md"));

        Assert.Contains($"<a class=\"wikilink\" href=\"{href}\">", html);
    }

    [Theory]
    [InlineData("[[critiques/alpha]]")]        // alpha's folders are not these
    [InlineData("[[dataset.md]]")]             // two datasets have that file name
    [InlineData("[[../../../concepts/io]]")]   // out of the content folder
    [InlineData("[[concepts/imported/dataset]]")]
    public void A_path_that_names_no_single_file_stays_unresolved(string markdown)
    {
        var html = NoteMarkdown.ToHtml(markdown, new LinkIndex(Rows).ForNote("critiques/beta.md"));

        Assert.Contains("wikilink unresolved", html);
    }
}
