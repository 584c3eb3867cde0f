using System.Net;
using System.Text;

namespace TimKnowledgeGraph.Domain.Citations;

/// <summary>One stretch of formatted text: italic or not, and the citation key it names (for a link), if any.</summary>
public sealed record TextRun(string Text, bool Italic = false, string? Key = null);

/// <summary>
/// Citation or reference text with the little formatting styles need (italics) and the key each part cites, so one
/// result renders as plain text (the command line), as HTML with links (pages) or as Markdown.
/// </summary>
public sealed class StyledText
{
    /// <summary>Creates text from runs; empty runs are dropped.</summary>
    public StyledText(IEnumerable<TextRun> runs) => Runs = [.. runs.Where(r => r.Text.Length > 0)];

    /// <summary>The runs in order.</summary>
    public IReadOnlyList<TextRun> Runs { get; }

    /// <summary>The text without formatting.</summary>
    public string Plain => string.Concat(Runs.Select(r => r.Text));

    /// <inheritdoc />
    public override string ToString() => Plain;

    /// <summary>
    /// HTML with every text escaped, italics as <c>&lt;i&gt;</c>, and consecutive runs of one key wrapped in a link when
    /// <paramref name="href"/> gives the key an address.
    /// </summary>
    public string ToHtml(Func<string, string?>? href = null)
    {
        var html = new StringBuilder();
        for (var i = 0; i < Runs.Count;)
        {
            var key = Runs[i].Key;
            var end = i + 1;
            while (end < Runs.Count && key is not null && Runs[end].Key == key) end++;
            var link = key is null ? null : href?.Invoke(key);
            if (link is not null) html.Append("<a href=\"").Append(WebUtility.HtmlEncode(link)).Append("\">");
            for (var j = i; j < end; j++)
            {
                var text = WebUtility.HtmlEncode(Runs[j].Text);
                html.Append(Runs[j].Italic ? $"<i>{text}</i>" : text);
            }
            if (link is not null) html.Append("</a>");
            i = end;
        }
        return html.ToString();
    }

    /// <summary>Markdown, italics as <c>*…*</c> (the command line's Markdown output and exports).</summary>
    public string ToMarkdown() => string.Concat(Runs.Select(r => r.Italic ? $"*{r.Text}*" : r.Text));
}

/// <summary>Builds <see cref="StyledText"/> run by run.</summary>
public sealed class StyledTextBuilder
{
    private readonly List<TextRun> _runs = [];

    public bool IsEmpty => _runs.All(r => r.Text.Length == 0);

    /// <summary>The last character written, or '\0'.</summary>
    public char Last => _runs.LastOrDefault(r => r.Text.Length > 0)?.Text[^1] ?? '\0';

    public StyledTextBuilder Add(string? text, bool italic = false, string? key = null)
    {
        if (!string.IsNullOrEmpty(text)) _runs.Add(new TextRun(text, italic, key));
        return this;
    }

    public StyledTextBuilder Add(StyledText text)
    {
        _runs.AddRange(text.Runs);
        return this;
    }

    /// <summary>
    /// Ends a sentence-like part with '.', unless it already ends in punctuation that closes one (also inside closing
    /// quotes: “Title.” takes no second period).
    /// </summary>
    public StyledTextBuilder Period()
    {
        if (IsEmpty) return this;
        var last = _runs.Last(r => r.Text.Length > 0).Text;
        var end = last.TrimEnd('”', '’');
        return end.Length > 0 && end[^1] is '.' or '?' or '!' ? this : Add(".");
    }

    public StyledText Build() => new(_runs);
}
