using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Content.References;

namespace TimKnowledgeGraph.Tests.Citations;

/// <summary>Works the formatter tests cite: one per case the styles tell apart.</summary>
internal static class CitationWorks
{
    private static PersonName P(string family, string? given = null) => new(family, given);

    /// <summary>One author, a year, no title: most seed references look like this.</summary>
    public static readonly CitedWork Storper = new() { Key = "storper1993", Type = "article", Year = 1993, Authors = [P("Storper", "Michael")] };

    public static readonly CitedWork Asheim = new() { Key = "asheim1996", Type = "article", Year = 1996, Authors = [P("Asheim", "Bjørn T.")] };

    public static readonly CitedWork Morgan = new() { Key = "morgan1997", Type = "article", Year = 1997, Authors = [P("Morgan", "Kevin")] };

    /// <summary>Two authors, a book with publisher and place.</summary>
    public static readonly CitedWork Book = new()
    {
        Key = "rutten2007book", Type = "book", Year = 2007, Authors = [P("Rutten", "Roel"), P("Boekema", "Frans")],
        Title = "The Learning Region: Foundations, State of the Art, Future", Publisher = "Edward Elgar", Place = "Cheltenham",
    };

    /// <summary>Three authors, a journal article with volume, issue, pages and DOI.</summary>
    public static readonly CitedWork Article = new()
    {
        Key = "moulaert2003x", Type = "article-journal", Year = 2003,
        Authors = [P("Moulaert", "Frank"), P("Sekia", "Farid"), P("Hamdouch", "Abdelillah")],
        Title = "Territorial innovation models: A critical survey", Container = "Regional Studies",
        Volume = "37", Issue = "3", Pages = "289-302", Doi = "10.1080/0034340032000065442",
    };

    /// <summary>Twenty-one authors.</summary>
    public static readonly CitedWork Many = new()
    {
        Key = "many2020", Type = "article", Year = 2020,
        Authors = [.. Enumerable.Range(1, 21).Select(i => P($"Name{i:00}", "Ann"))],
    };

    /// <summary>A chapter in an edited book.</summary>
    public static readonly CitedWork Chapter = new()
    {
        Key = "storper2007", Type = "chapter", Year = 2007, Authors = [P("Storper", "Michael")],
        Title = "Regional worlds of production", Container = "The Learning Region", Editors = [P("Rutten", "Roel"), P("Boekema", "Frans")],
        Pages = "10--30", Publisher = "Edward Elgar", Place = "Cheltenham",
    };

    /// <summary>An edited book: editors, no authors.</summary>
    public static readonly CitedWork Edited = new()
    {
        Key = "rutten2008eds", Type = "book", Year = 2008, Editors = [P("Rutten", "Roel"), P("Boekema", "Frans")],
        Title = "The Learning Region", Publisher = "Edward Elgar", Place = "Cheltenham",
    };

    /// <summary>The same two family names and year twice, no titles (as the paper's "Rutten &amp; Boekema, 2007a; 2007b").</summary>
    public static readonly CitedWork SameA = new() { Key = "butzin2001a", Year = 2001, Authors = [P("Butzin"), P("Fürst")] };

    public static readonly CitedWork SameB = new() { Key = "butzin2001b", Year = 2001, Authors = [P("Butzin"), P("Fürst")] };

    /// <summary>A corporate author with a title.</summary>
    public static readonly CitedWork Oecd = new() { Key = "oecd2010", Type = "misc", Year = 2010, Authors = [new PersonName(null, null, "OECD")], Title = "Regional Innovation Strategy" };

    public static Bibliography All { get; } = new([Storper, Asheim, Morgan, Book, Article, Many, Chapter, Edited, SameA, SameB, Oecd]);
}
