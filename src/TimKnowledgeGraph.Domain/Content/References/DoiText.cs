namespace TimKnowledgeGraph.Domain.Content.References;

/// <summary>
/// A DOI as the graph keeps it, the bare name <c>10.1080/0034340052000320887</c>: the styles print it after
/// <c>https://doi.org/</c> (<see cref="Citations.EntryParts.Access"/>) and the exports write it as read. Exports and hand-made
/// .bib files often give it as a link or with a prefix (<c>https://doi.org/10…</c>, <c>http://dx.doi.org/10…</c>,
/// <c>doi:10…</c>), which printed "https://doi.org/https://doi.org/10…"; Zotero's own import keeps only the DOI
/// (its cleanDOI), and so do the readers here. A value that is not a DOI after those prefixes is kept as written.
/// </summary>
internal static class DoiText
{
    private static readonly string[] Prefixes =
        ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "dx.doi.org/", "doi:"];

    /// <summary>The DOI without a resolver or <c>doi:</c> prefix and surrounding space; null for nothing.</summary>
    public static string? Normalise(string? value)
    {
        if (value is null) return null;
        var doi = value.Trim();
        foreach (var prefix in Prefixes)
        {
            if (!doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = doi[prefix.Length..].TrimStart();
            // Only a DOI after the prefix: "doi:" before something else is left as it was written.
            if (rest.StartsWith("10.", StringComparison.Ordinal)) doi = rest;
            break;
        }
        return doi.Length == 0 ? null : doi;
    }
}
