namespace TimKnowledgeGraph.Host.Web.Pages;

/// <summary>
/// One time axis as <c>Shared/_Timeline.cshtml</c> draws it: marks in time order along a line, each with its time above
/// the line and what happened then below it. The dataset page's periods, a region's district types over time and a
/// concept's lineage by year of introduction all use it, so a reader learns one way of reading time.
/// </summary>
/// <param name="Name">What the axis shows, for screen readers (the list's label).</param>
/// <param name="Marks">The marks, already in time order.</param>
/// <param name="Caption">A sentence under the axis saying how to read it, or null.</param>
/// <param name="Variant">A CSS class for the variant (e.g. <c>periods</c>, <c>types</c>, <c>lineage</c>), or null.</param>
internal sealed record TimelineView(string Name, IReadOnlyList<TimelineMark> Marks, string? Caption = null, string? Variant = null);

/// <summary>One mark on the axis.</summary>
/// <param name="Time">The label on the axis: a year, a wave, a period ("all time").</param>
/// <param name="TimeHref">Where the time label leads (a period of the page), or null for plain text.</param>
/// <param name="Current">True for the period the page shows (<c>aria-current</c>).</param>
/// <param name="Labels">What the mark says happened then, none for a bare period.</param>
/// <param name="Id">A stable key for the mark (<c>data-time</c>), or null to use <paramref name="Time"/>.</param>
internal sealed record TimelineMark(string Time, string? TimeHref = null, bool Current = false, IReadOnlyList<TimelineLabel>? Labels = null, string? Id = null)
{
    /// <summary>The labels, never null.</summary>
    public IReadOnlyList<TimelineLabel> Items => Labels ?? [];
}

/// <summary>One thing a mark says: a concept introduced that year, a region's district type in that period.</summary>
/// <param name="Text">What is shown.</param>
/// <param name="Href">Its page, or null.</param>
/// <param name="Kind">A CSS modifier (<c>kind-&lt;Kind&gt;</c>: the centre concept, an ancestor, a district type), or null.</param>
/// <param name="Detail">The figures behind it, shown small beneath, or null.</param>
internal sealed record TimelineLabel(string Text, string? Href = null, string? Kind = null, string? Detail = null);
