using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Graph.Exports;
using TimKnowledgeGraph.Host.Web.Data.Rows;

namespace TimKnowledgeGraph.Host.Web.Data;

/// <summary>
/// One reference in every form a reader takes away: the in-text citation, the entry in each author–date style, BibTeX
/// and CSL-JSON. The reference page and <c>GET /api/references/{key}</c> both use it, so they always agree.
/// </summary>
internal sealed class ReferenceFormats
{
    private ReferenceFormats(CitedWork work, Bibliography bibliography, ReferenceNode node)
    {
        Work = work;
        Bibliography = bibliography;
        // The exports describe the reference as stored, whatever the corpus's entry for the key says.
        var entry = new ReadingListEntry(node.Work, []);
        BibTex = BibTexWriter.Write([entry]);
        CslJson = CslJsonWriter.Write([entry]);
    }

    /// <summary>The work as the formatter sees it.</summary>
    public CitedWork Work { get; }

    /// <summary>The corpus's works (for letters like 1993a).</summary>
    public Bibliography Bibliography { get; }

    /// <summary>"Storper (1993)".</summary>
    public StyledText Citation => Bibliography.Label(Work.Key);

    /// <summary>"(Storper, 1993)".</summary>
    public StyledText Parenthetical(CitationStyle style) => Bibliography.Parenthetical([new CiteItem(Work.Key)], style);

    /// <summary>The reference entry in a style.</summary>
    public StyledText Entry(CitationStyle style = CitationStyles.Default) => Bibliography.Entry(Work, style);

    /// <summary>The BibTeX entry.</summary>
    public string BibTex { get; }

    /// <summary>CSL-JSON: an array holding this one item, as Zotero imports it.</summary>
    public string CslJson { get; }

    /// <summary>Reads the reference and the corpus's works; null when no reference has the key.</summary>
    public static async Task<ReferenceFormats?> ReadAsync(WebGraph graph, string key, CancellationToken cancellationToken)
    {
        var answers = await graph.RunAsync(
        [
            PageQuery.Of("web-node", ("label", Domain.GraphModel.GraphSchema.Reference), ("id", key)),
            WebBibliography.Query,
        ], cancellationToken);
        return answers[0].As<ReferenceNodeRow>() is [{ Node: { } node }] ? From(node, WebBibliography.From(answers[1])) : null;
    }

    /// <summary>The formats of a reference node, against the corpus's works.</summary>
    public static ReferenceFormats From(ReferenceNode node, Bibliography bibliography)
    {
        return new ReferenceFormats(bibliography.Get(node.Work.Key) ?? node.Work, bibliography, node);
    }
}
