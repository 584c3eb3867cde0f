using Markdig.Syntax.Inlines;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// An Obsidian wiki-link: <c>[[target]]</c>, <c>[[target|label]]</c>, <c>[[target#heading]]</c>,
/// <c>[[target#heading|label]]</c>, <c>[[target#^block]]</c>, or inside the note <c>[[#heading]]</c>, <c>[[#^block]]</c>. <see cref="Inline.Line"/> and <see cref="Inline.Column"/> are 0-based, in the whole file.
/// </summary>
internal sealed class WikiLinkInline : LeafInline
{
    /// <summary>The link target as written (trimmed, in NFC as every id: <see cref="Unicode.Identifier"/>): an id, file name, name or alias.</summary>
    public required string Target { get; init; }

    /// <summary>The heading after <c>#</c>, if any.</summary>
    public string? Heading { get; init; }

    /// <summary>The label after <c>|</c>, if any.</summary>
    public string? Label { get; init; }

    /// <summary>What a reader sees: the label, else the target (with its heading), else, inside the note, the heading or block.</summary>
    public string DisplayText => Label ?? (Heading is null ? Target : IsSameNote ? ShownHeading(Heading) : $"{Target} > {ShownHeading(Heading)}");

    /// <summary>
    /// The heading a fragment names: Obsidian links a subheading through its parents, <c>[[note#Origins#Sources]]</c>,
    /// and opens the last of them; a block (<c>^id</c>) or a single heading is itself. (The whole "Origins#Sources" was
    /// taken for one heading: a TKG027 warning and a fragment no heading has.)
    /// </summary>
    public static string NamedHeading(string fragment)
    {
        if (fragment.StartsWith('^') || !fragment.Contains('#')) return fragment;
        var last = fragment.Split('#', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        return string.IsNullOrEmpty(last) ? fragment : last;
    }

    /// <summary>A fragment as Obsidian shows it in a link's text: "Origins > Sources" for <c>Origins#Sources</c>.</summary>
    public static string ShownHeading(string fragment) =>
        fragment.StartsWith('^') || !fragment.Contains('#')
            ? fragment
            : string.Join(" > ", fragment.Split('#', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary><c>[[#Heading]]</c> or <c>[[#^block]]</c>: a link to a heading or block of the note it is in, not to another node.</summary>
    public bool IsSameNote => Target.Length == 0;

    /// <summary>Written as an Obsidian embed, <c>![[target]]</c>: a note is linked (not inlined), a file is shown by its name.</summary>
    public bool Embed { get; init; }

    /// <summary>
    /// An embedded file that is not a note (<c>![[figure-1.png]]</c>, a PDF): the knowledge base holds no attachments,
    /// so it is neither a link nor a broken one.
    /// </summary>
    public bool IsAttachment => Embed && Path.GetExtension(Target) is { Length: > 1 } extension && !extension.Equals(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The id of a note heading on its page, and the fragment a <c>[[note#Heading]]</c> link ends in: GitHub's rule
    /// (Markdig's <c>UrilizeAsGfm</c>), prefixed so that a heading "Evidence" does not take the page's own section id.
    /// </summary>
    public static string HeadingId(string heading) => "note-" + Markdig.Helpers.LinkHelper.UrilizeAsGfm(heading);
}
