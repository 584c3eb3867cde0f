using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// The two shared, immutable Markdig pipelines for notes: one to parse (with precise source positions, for
/// diagnostics) and one to render note bodies to safe HTML (raw HTML escaped, script URLs neutralised).
/// </summary>
public static class NoteMarkdown
{
    /// <summary>Parses notes: YAML front matter, wiki-links and citations, with line/column on every inline.</summary>
    public static MarkdownPipeline ParsePipeline { get; } = ParseSetup().Build();

    /// <summary>
    /// Renders note bodies for the web UI. Raw HTML is parsed as the parse pipeline parses it and shown as text, HTML
    /// comments not at all (<see cref="HtmlBlockAsTextRenderer"/>); no extension that lets Markdown set HTML attributes
    /// (GenericAttributes) is enabled, for the same reason.
    /// </summary>
    public static MarkdownPipeline RenderPipeline { get; } = RenderSetup().Build();

    // The scan budget of each pipeline, measured on the paragraphs that pipeline makes: they differ (the render pipeline
    // reads tables, which the parse pipeline reads as paragraphs).
    internal static MarkdownLinkCost ParseLinkCost { get; } = new(ParseSetup());
    internal static MarkdownLinkCost RenderLinkCost { get; } = new(RenderSetup());

    private static MarkdownPipelineBuilder ParseSetup() => Obsidian(new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePreciseSourceLocation());

    private static MarkdownPipelineBuilder RenderSetup() => Obsidian(new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseTaskLists()
        .UseEmphasisExtras());

    // What both pipelines read alike, so that a link the page shows is a link the graph holds and the other way round:
    // the Obsidian syntax that hides links (comments) or holds them (highlights, footnotes, callouts).
    private static MarkdownPipelineBuilder Obsidian(MarkdownPipelineBuilder builder) => builder
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Marked) // ==highlight==; a no-op after UseEmphasisExtras()
        .UseFootnotes()
        .Use<InlineFootnoteExtension>()
        .Use<BlockIdExtension>()
        .Use<TagExtension>()
        .Use<CommentExtension>()
        .Use<CalloutExtension>()
        .Use<WikiLinkExtension>()
        .Use<CitationExtension>();

    /// <summary>Parses a whole note file (front matter included) with <see cref="ParsePipeline"/>.</summary>
    /// <exception cref="ArgumentException">Markdown nested deeper than Markdig allows (<see cref="ContentLimits.MaxMarkdownDepth"/>).</exception>
    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, ParsePipeline);

    /// <summary>
    /// Parses a whole note file like <see cref="Parse"/>; null when its links would take too long to parse (more than
    /// <see cref="ContentLimits.MaxMarkdownLinkScan"/>, reported at the paragraph that goes over) or Markdig refuses it
    /// (nesting deeper than <see cref="ContentLimits.MaxMarkdownDepth"/>, reported where it is deepest). Markdig enforces
    /// the depth itself, by throwing, so no input can recurse far enough to overflow the stack.
    /// </summary>
    public static MarkdownDocument? TryParse(string markdown, string file, IDiagnosticSink sink)
    {
        try
        {
            if (MarkdownBlockCount.FirstOverLimit(markdown) is { } line)
            {
                sink.Report(Diagnostic.Error(new LineIndex(markdown, file).At(line), DiagnosticCodes.TooLarge,
                    $"the note has more than {ContentLimits.MaxMarkdownReplacedBlocks:N0} setext heading underlines ('===' or '---' under a line of text) and link reference definitions ('[label]: url'), this line the first past the limit: Markdig's time grows with the square of their number (200,000 took 45 s); expected at most {ContentLimits.MaxMarkdownReplacedBlocks:N0} (use '# Heading' lines, or split the note)"));
                return null;
            }
            if (ParseLinkCost.FirstOverBudget(markdown) is { } paragraph)
            {
                sink.Report(Diagnostic.Error(new LineIndex(markdown, file).At(paragraph.Offset), DiagnosticCodes.TooLarge,
                    $"the paragraph starting here has {paragraph.Openers} openers of links or inline HTML ('](', '<!', '<?') in {paragraph.Length} characters, and its ']' meet {paragraph.OpenAtClose} open '[' in all: parsing the note would scan more than {ContentLimits.MaxMarkdownLinkScan} characters, expected fewer per paragraph, shorter paragraphs or brackets nested less deeply"));
                return null;
            }
            return Parse(markdown);
        }
        catch (ArgumentException e)
        {
            var (deepLine, column) = MarkdownNesting.Deepest(markdown);
            sink.Report(Diagnostic.Error(new SourceLocation(file, deepLine, column), DiagnosticCodes.TooDeep,
                $"Markdown nests too deeply (block quotes, lists, links, brackets or emphasis inside each other; deepest here), expected at most {ContentLimits.MaxMarkdownDepth} levels: {e.Message.Split(" - ")[0]}"));
            return null;
        }
    }

    /// <summary>
    /// Renders Markdown (a note body or a whole note: front matter is not rendered) to HTML that is safe to embed.
    /// </summary>
    /// <param name="markdown">The Markdown text.</param>
    /// <param name="resolveWikiLink">Maps a wiki-link target to an href; null result renders an unresolved span.</param>
    /// <param name="resolveCitation">Maps a citation key to an href; null result renders the key as text.</param>
    public static string ToHtml(
        string markdown,
        Func<string, string?>? resolveWikiLink = null,
        Func<string, string?>? resolveCitation = null) =>
        ToHtml(markdown, new NoteLinks { WikiLinkHref = resolveWikiLink, CitationHref = resolveCitation });

    /// <summary>
    /// Renders Markdown to HTML that is safe to embed, with wiki-links showing their targets' names and citations
    /// formatted author–date from <see cref="NoteLinks.Bibliography"/> (keys when it is null).
    /// </summary>
    public static string ToHtml(string markdown, NoteLinks links)
    {
        // Text too slow to parse, or nested deeper than Markdig allows when it parses or renders (a note that never
        // loaded, or a table only this pipeline reads as one): show the text itself rather than fail the page.
        try
        {
            return MarkdownBlockCount.FirstOverLimit(markdown) is null && RenderLinkCost.FirstOverBudget(markdown) is null
                ? Render(markdown, links) : AsText(markdown);
        }
        catch (ArgumentException)
        {
            return AsText(markdown);
        }
    }

    /// <summary>
    /// Renders a short Markdown text that sits inside a sentence of the page (a response's <c>how</c>) as
    /// <see cref="ToHtml(string, NoteLinks)"/> does, citations and wiki-links alike, without the paragraph around it
    /// when it is one paragraph.
    /// </summary>
    public static string ToInlineHtml(string markdown, NoteLinks links)
    {
        var html = ToHtml(markdown, links).TrimEnd('\n');
        const string open = "<p>", close = "</p>";
        // One paragraph: its text only. Markdig writes text's own "<p>" escaped, so a second one is a second paragraph.
        return html.StartsWith(open, StringComparison.Ordinal) && html.EndsWith(close, StringComparison.Ordinal)
            && html.IndexOf(open, open.Length, StringComparison.Ordinal) < 0
            ? html[open.Length..^close.Length]
            : html;
    }

    /// <summary>
    /// The words a reader sees in a note, for full-text search: wiki-links by their label (or target, hyphens as spaces),
    /// citations by their keys, code as written; no markup, and nothing of what a page does not show (comments, raw
    /// HTML, front matter). Text too slow to parse or nested too deeply is returned as it is.
    /// </summary>
    public static string ToPlainText(string markdown)
    {
        // The loader reported why a note cannot be parsed; here it is only searched as written.
        if (TryParse(markdown, "", new DiagnosticBag()) is not { } document) return markdown;
        var text = new System.Text.StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is CommentBlock or HtmlBlock or Markdig.Extensions.Yaml.YamlFrontMatterBlock or LinkReferenceDefinition) continue;
            if (block.Inline is { } inlines)
            {
                foreach (var inline in inlines.Descendants<Inline>()) text.Append(PlainText(inline));
            }
            else
            {
                text.Append(block.Lines.ToString());
            }
            text.Append("\n\n");
        }
        return text.ToString().Trim();
    }

    private static string PlainText(Inline inline) => inline switch
    {
        LiteralInline literal => literal.Content.ToString(),
        WikiLinkInline { IsAttachment: true } => "",
        WikiLinkInline { Target: "" } link => link.Label ?? link.Heading ?? "",
        WikiLinkInline link => link.Label ?? link.Target.Replace('-', ' '),
        CitationInline citation => string.Join(' ', citation.Items.Select(i => i.Key)),
        InlineFootnote => " ", // its text follows, as its children
        TagInline tag => "#" + tag.Tag,
        CodeInline code => code.Content,
        LineBreakInline => " ",
        AutolinkInline autolink => autolink.Url,
        _ => "",
    };

    private static string AsText(string markdown) => $"<pre>{System.Net.WebUtility.HtmlEncode(markdown)}</pre>";

    private static string Render(string markdown, NoteLinks links)
    {
        var document = Markdig.Markdown.Parse(markdown, RenderPipeline);
        NeutraliseScriptUrls(document);
        IdentifyHeadings(document);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        RenderPipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new HtmlBlockAsTextRenderer());
        renderer.ObjectRenderers.Replace<Markdig.Renderers.Html.Inlines.HtmlInlineRenderer>(new HtmlInlineAsTextRenderer());
        // The pipeline is shared and immutable; the resolvers belong to this call, so they go on this renderer only.
        renderer.ObjectRenderers.Replace<HtmlWikiLinkRenderer>(new HtmlWikiLinkRenderer(links.WikiLinkHref, links.WikiLinkName, links.NoteFile));
        renderer.ObjectRenderers.Replace<HtmlCitationRenderer>(new HtmlCitationRenderer(links.CitationHref, links.Bibliography, links.Style));
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    // Each heading gets the id a [[note#Heading]] link's fragment names, each paragraph ending in a block id the one
    // [[note#^block]] names (Anchors).
    private static void IdentifyHeadings(MarkdownDocument document)
    {
        foreach (var (block, id, _) in Anchors(document)) block.GetAttributes().Id = id;
    }

    /// <summary>
    /// The ids a note's page gives its headings and blocks, which a link's fragment names, with the block that carries
    /// each: a heading's is <see cref="WikiLinkInline.HeadingId"/> (a repeated heading gets -1, -2 after it, as GitHub
    /// numbers them); a paragraph ending in <c>^id</c> gets <see cref="BlockIdInline.AnchorId"/> (in a list, its item does,
    /// as a tight list shows no paragraph); an inline footnote ending in <c>^id</c> (<c>^[text ^id]</c>) gives it to its
    /// paragraph in the list of footnotes, where its text is shown. Each comes with how a link writes it: the heading's
    /// text, or <c>^id</c>. Read from a parse of either pipeline, so validation and the page agree.
    /// </summary>
    public static IEnumerable<(MarkdownObject Block, string Id, string Written)> Anchors(MarkdownDocument document)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null) continue;
            if (block is HeadingBlock heading)
            {
                var text = string.Concat(heading.Inline!.Descendants<Inline>().Select(PlainText));
                var id = WikiLinkInline.HeadingId(text);
                var count = seen.GetValueOrDefault(id);
                seen[id] = count + 1;
                yield return (heading, count == 0 ? id : $"{id}-{count}", text);
            }
            else if (block is ParagraphBlock && LastWritten(block.Inline) is BlockIdInline blockId)
            {
                yield return (block.Parent is ListItemBlock item && item.Count > 0 && item[0] == block ? item : block, BlockIdInline.AnchorId("^" + blockId.Id), "^" + blockId.Id);
            }
            // The parser read the id at the end of an inline footnote's text as a block id and hid it, but nothing took
            // it: [[#^id]] was a warning and found nothing on the page (HtmlFootnoteListRenderer writes this id).
            if (block is ParagraphBlock)
                foreach (var footnote in block.Inline.Descendants<InlineFootnote>())
                    if (footnote.LastChild is BlockIdInline inFootnote)
                        yield return (footnote, BlockIdInline.AnchorId("^" + inFootnote.Id), "^" + inFootnote.Id);
        }
    }

    // The last inline the note's text gives: Markdig ends a footnote definition's last paragraph with its links back to
    // the references ([^1]: Text. ^id), which hid the block id before them.
    private static Inline? LastWritten(ContainerInline inlines)
    {
        var last = inlines.LastChild;
        while (last is Markdig.Extensions.Footnotes.FootnoteLink { IsBackLink: true }) last = last.PreviousSibling;
        return last;
    }

    // Markdig escapes text but passes link URLs through: [x](javascript:alert(1)) would run script in the UI.
    private static void NeutraliseScriptUrls(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
            if (IsScriptUrl(link.Url)) link.Url = "#";
        foreach (var link in document.Descendants<AutolinkInline>())
            if (IsScriptUrl(link.Url)) link.Url = "#";
    }

    private static bool IsScriptUrl(string? url)
    {
        if (url is null) return false;
        var compact = new string([.. url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
        return compact.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("data:", StringComparison.OrdinalIgnoreCase);
    }
}
