namespace TimKnowledgeGraph.Graph.Exports;

/// <summary>
/// Reference types as the readers keep them (BibTeX entry types or CSL types, as the export named them), mapped to the
/// other vocabulary. Unknown types fall back to <c>misc</c> / <c>document</c>, which every consumer accepts.
/// </summary>
internal static class ReferenceTypes
{
    private static readonly Dictionary<string, (string BibTex, string Csl)> Map = new(StringComparer.OrdinalIgnoreCase)
    {
        ["article"] = ("article", "article-journal"),
        ["article-journal"] = ("article", "article-journal"),
        ["article-magazine"] = ("article", "article-magazine"),
        ["article-newspaper"] = ("article", "article-newspaper"),
        ["book"] = ("book", "book"),
        ["mvbook"] = ("book", "book"),
        ["collection"] = ("book", "book"),
        ["incollection"] = ("incollection", "chapter"),
        ["inbook"] = ("incollection", "chapter"),
        ["chapter"] = ("incollection", "chapter"),
        ["inproceedings"] = ("inproceedings", "paper-conference"),
        ["conference"] = ("inproceedings", "paper-conference"),
        ["paper-conference"] = ("inproceedings", "paper-conference"),
        ["proceedings"] = ("proceedings", "book"),
        ["report"] = ("techreport", "report"),
        ["techreport"] = ("techreport", "report"),
        ["thesis"] = ("phdthesis", "thesis"),
        ["phdthesis"] = ("phdthesis", "thesis"),
        ["mastersthesis"] = ("mastersthesis", "thesis"),
        ["online"] = ("misc", "webpage"),
        ["webpage"] = ("misc", "webpage"),
        ["misc"] = ("misc", "document"),
        ["document"] = ("misc", "document"),
    };

    public static string BibTex(string? type) => type is not null && Map.TryGetValue(type, out var t) ? t.BibTex : "misc";

    public static string Csl(string? type) => type is not null && Map.TryGetValue(type, out var t) ? t.Csl : "document";

    /// <summary>
    /// The BibTeX field the container goes in, for a BibTeX entry type: a book's or a report's container is its series.
    /// (A book's went in "publisher", beside the publisher's own field: two publisher fields, which BibTeX refuses.)
    /// </summary>
    public static string ContainerField(string bibTexType) => bibTexType switch
    {
        "article" => "journal",
        "incollection" or "inproceedings" => "booktitle",
        "book" or "proceedings" or "techreport" => "series",
        _ => "howpublished",
    };

    /// <summary>
    /// The BibTeX field the publisher goes in: a report's is its institution and a thesis's its school, the fields
    /// BibTeX's styles require of them (and read back as the publisher, BibTexReferences).
    /// </summary>
    public static string PublisherField(string bibTexType) => bibTexType switch
    {
        "techreport" => "institution",
        "phdthesis" or "mastersthesis" => "school",
        _ => "publisher",
    };
}
