using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TimKnowledgeGraph.Domain.Content.Notes.Markdown;

/// <summary>
/// Renders a <see cref="CalloutBlock"/>: <c>&lt;aside class="callout callout-warning"&gt;</c> with its title in
/// <c>&lt;p class="callout-title"&gt;</c>, or, when foldable, <c>&lt;details&gt;</c> (open unless written <c>-</c>) with the title
/// as its <c>&lt;summary&gt;</c>. The class is one of Obsidian's types (its aliases folded: <c>caution</c> is a warning), or
/// none for a type of the writer's own, which renders as a generic callout; nothing of what a note writes becomes a class.
/// A title that does not say the type (<c>[!warning] Folded</c>) is preceded by the type for screen readers, as the
/// colour alone tells it otherwise. The title is the first paragraph's inlines before its first line break (links in it
/// render as links); without one, the type names it ("Warning").
/// </summary>
internal sealed class HtmlCalloutRenderer : HtmlObjectRenderer<CalloutBlock>
{
    // Obsidian's callout types and their aliases (help.obsidian.md, "Callouts"), by the type whose style they share.
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["note"] = "note", ["abstract"] = "abstract", ["summary"] = "abstract", ["tldr"] = "abstract", ["info"] = "info",
        ["todo"] = "todo", ["tip"] = "tip", ["hint"] = "tip", ["important"] = "tip", ["success"] = "success",
        ["check"] = "success", ["done"] = "success", ["question"] = "question", ["help"] = "question", ["faq"] = "question",
        ["warning"] = "warning", ["caution"] = "warning", ["attention"] = "warning", ["failure"] = "failure",
        ["fail"] = "failure", ["missing"] = "failure", ["danger"] = "danger", ["error"] = "danger", ["bug"] = "bug",
        ["example"] = "example", ["quote"] = "quote", ["cite"] = "quote",
    };

    /// <summary>The style class of a callout type, or null for a type Obsidian does not know (a generic callout).</summary>
    public static string? KindOf(string type) => Kinds.GetValueOrDefault(type);

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, CalloutBlock callout)
    {
        var kind = KindOf(callout.Type);
        var classes = kind is null ? "callout" : $"callout callout-{kind}";
        var typeName = char.ToUpperInvariant(callout.Type[0]) + callout.Type[1..];
        var first = callout.Count > 0 ? callout[0] as ParagraphBlock : null;
        var (title, rest) = Split(first);

        renderer.EnsureLine();
        if (callout.Foldable)
        {
            renderer.Write("<details class=\"").Write(classes).Write(callout.Folded ? "\">" : "\" open>").WriteLine();
            renderer.Write("<summary class=\"callout-title\">");
        }
        else
        {
            renderer.Write("<aside class=\"").Write(classes).WriteLine("\">");
            renderer.Write("<p class=\"callout-title\">");
        }
        if (title.Count == 0)
        {
            renderer.WriteEscape(typeName);
        }
        else
        {
            if (!TitleSaysType(title, callout.Type)) renderer.Write("<span class=\"visually-hidden\">").WriteEscape(typeName).Write(": </span>");
            foreach (var inline in title) renderer.Write(inline);
        }
        renderer.WriteLine(callout.Foldable ? "</summary>" : "</p>");

        if (rest.Count > 0)
        {
            renderer.Write("<p").WriteAttributes(first!).Write(">");
            foreach (var inline in rest) renderer.Write(inline);
            renderer.WriteLine("</p>");
        }
        for (var i = first is null ? 0 : 1; i < callout.Count; i++) renderer.Write(callout[i]);
        renderer.EnsureLine();
        renderer.WriteLine(callout.Foldable ? "</details>" : "</aside>");
    }

    // The title: the first paragraph's inlines before its first line break; the rest of the paragraph after it.
    private static (List<Inline> Title, List<Inline> Body) Split(ParagraphBlock? paragraph)
    {
        var (title, body) = (new List<Inline>(), new List<Inline>());
        if (paragraph?.Inline is not { } inlines) return (title, body);
        var inTitle = true;
        foreach (var inline in inlines)
        {
            if (inTitle && inline is LineBreakInline) { inTitle = false; continue; }
            (inTitle ? title : body).Add(inline);
        }
        if (title.All(i => i is LiteralInline { Content: var c } && c.IsEmptyOrWhitespace())) title.Clear();
        return (title, body);
    }

    private static bool TitleSaysType(List<Inline> title, string type) =>
        title is [LiteralInline literal] && literal.Content.ToString().Trim().StartsWith(type, StringComparison.OrdinalIgnoreCase);
}
