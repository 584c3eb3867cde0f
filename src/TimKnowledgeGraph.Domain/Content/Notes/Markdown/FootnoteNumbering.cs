using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Numbers a note's footnotes, <c>[^label]</c> with its <c>[^label]: text</c> and inline <c>^[text]</c> alike, in the
/// order they are first referred to (then those referred to only from other footnotes), and gives each reference the
/// number of the link back to it. The footnotes are listed, in that order, by the note's <see cref="FootnoteGroup"/>
/// (one is added when the note only has inline footnotes): <see cref="HtmlFootnoteListRenderer"/>.
/// </summary>
internal static class FootnoteNumbering
{
    private static readonly object ListKey = new();

    /// <summary>The numbered footnotes of a document: each a <see cref="Footnote"/> or an <see cref="InlineFootnote"/>, with the indexes of its references.</summary>
    public static IReadOnlyList<(MarkdownObject Footnote, List<int> References)> Of(FootnoteGroup group) =>
        group.GetData(ListKey) as List<(MarkdownObject, List<int>)> ?? [];

    /// <summary>Numbers the footnotes of a parsed document (Markdig's own numbers are replaced: it does not know inline ones).</summary>
    public static void Number(MarkdownDocument document)
    {
        var group = document.LastChild as FootnoteGroup;
        var list = new List<(MarkdownObject Footnote, List<int> References)>();
        var numbers = new Dictionary<MarkdownObject, int>(ReferenceEqualityComparer.Instance);
        var references = 0;

        void Refer(MarkdownObject footnote, Action<int, int> set)
        {
            if (!numbers.TryGetValue(footnote, out var number))
            {
                list.Add((footnote, []));
                numbers[footnote] = number = list.Count;
            }
            references++;
            list[number - 1].References.Add(references);
            set(number, references);
        }

        void Walk(IEnumerable<Inline> inlines)
        {
            foreach (var inline in inlines)
            {
                switch (inline)
                {
                    case FootnoteLink { IsBackLink: false } link:
                        Refer(link.Footnote, (number, index) => (link.Footnote.Order, link.Index) = (number, index));
                        break;
                    case InlineFootnote inlineFootnote:
                        Refer(inlineFootnote, (number, index) => (inlineFootnote.Number, inlineFootnote.ReferenceIndex) = (number, index));
                        continue; // its text is walked when its turn in the list comes
                    case ContainerInline container:
                        Walk(container);
                        break;
                }
            }
        }

        foreach (var block in document.Descendants<LeafBlock>())
            if (block.Inline is { } inlines && !block.IsInFootnote()) Walk(inlines);
        // Footnotes referred to from footnotes come after, in the order they are met there.
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Footnote is InlineFootnote inlineFootnote) Walk(inlineFootnote);
            else foreach (var block in ((Footnote)list[i].Footnote).Descendants<LeafBlock>())
                if (block.Inline is { } inlines) Walk(inlines.Where(x => x is not FootnoteLink { IsBackLink: true }));
        }
        if (list.Count == 0) return;
        if (group is null) document.Add(group = new FootnoteGroup(null!));
        group.SetData(ListKey, list);
    }

    private static bool IsInFootnote(this Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
            if (parent is Footnote) return true;
        return false;
    }
}
