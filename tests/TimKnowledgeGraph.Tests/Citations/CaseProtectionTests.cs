using System.Text;
using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Content.References;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Graph.Exports;

namespace TimKnowledgeGraph.Tests.Citations;

/// <summary>
/// Text a BibTeX title braces (<c>{the Third Italy}</c>) or a CSL-JSON title wraps in <c>&lt;span class="nocase"&gt;</c>
/// keeps its case where a style converts case (chicago-author-date.csl's title case), as Zotero imports it and
/// citeproc-js renders it; the tag itself is never printed.
/// </summary>
public sealed class CaseProtectionTests
{
    private static CitedWork FromBibTex(string title, string journal = "Regional studies")
    {
        var sink = new DiagnosticBag();
        var work = Assert.Single(BibTexReferences.Read(
            $"@article{{k, author = {{Bianchi, Ada}}, year = {{1998}}, title = {{{title}}}, journal = {{{journal}}}}}", "r.bib", sink)).Work;
        Assert.Empty(sink.Items);
        return work;
    }

    private static string Chicago(CitedWork work) => new Bibliography([work]).Entry(work.Key, CitationStyle.Chicago)!.ToMarkdown();

    [Fact]
    public void Braced_text_in_a_BibTeX_title_keeps_its_case_in_Chicago_title_case()
    {
        var work = FromBibTex("{the Third Italy} and a {de facto} district of {iPhone} makers");

        Assert.Equal("the Third Italy and a de facto district of iPhone makers", work.Title);
        // Unprotected words are title-cased; "the" opening the title and "de facto" stay as braced.
        Assert.Contains("“the Third Italy and a de facto District of iPhone Makers.”", Chicago(work));
        // APA keeps the title as written, with no braces.
        Assert.Contains("the Third Italy and a de facto district of iPhone makers", new Bibliography([work]).Entry("k", CitationStyle.Apa)!.ToMarkdown());
    }

    [Fact]
    public void A_title_of_many_braced_groups_keeps_the_first_ones_protected_and_no_more()
    {
        // Each protected text is searched for in the title whenever a style converts its case: bounded per work.
        var title = string.Join(" ", Enumerable.Range(0, 500).Select(i => $"{{w{i}x}} and"));
        var work = FromBibTex(title);

        Assert.Equal(CitedWork.MaxCaseProtected, work.CaseProtected.Count);
        Assert.Equal("w0x", work.CaseProtected[0]);
        var chicago = Chicago(work);
        Assert.Contains("“w0x and w1x and", chicago, StringComparison.Ordinal); // protected, also where it opens the title
        Assert.Contains($"w{CitedWork.MaxCaseProtected - 1}x and W{CitedWork.MaxCaseProtected}x", chicago, StringComparison.Ordinal);
    }

    [Fact]
    public void Braces_around_an_accent_or_a_command_protect_nothing_but_still_decode()
    {
        var work = FromBibTex("caf{\\'e} networks in {\\emph{the}} region");

        Assert.Empty(work.CaseProtected);
        Assert.Contains("“Café Networks in the Region.”", Chicago(work));
    }

    [Fact]
    public void A_braced_container_title_keeps_its_case()
    {
        var work = FromBibTex("Districts", "{cahiers d'économie} and more");

        Assert.Contains("*cahiers d'économie and More*", Chicago(work));
    }

    [Fact]
    public void Csl_json_nocase_spans_are_protected_and_never_printed()
    {
        var sink = new DiagnosticBag();
        var work = Assert.Single(CslJsonReader.Read(Encoding.UTF8.GetBytes("""
            [{"id": "k", "type": "article-journal", "author": [{"family": "Bianchi", "given": "Ada"}], "issued": {"date-parts": [[1998]]},
              "title": "<span class=\"nocase\">the Third Italy</span> and <i>flexible</i> specialisation in a <span class=\"nocase\">de facto</span> district",
              "container-title": "<span class=\"nocase\">eJournal</span> of <b>regional</b> studies"}]
            """), "r.json", sink)).Work;

        Assert.Empty(sink.Items);
        Assert.Equal("the Third Italy and flexible specialisation in a de facto district", work.Title);
        Assert.Equal("eJournal of regional studies", work.Container);
        Assert.Equal(["the Third Italy", "de facto", "eJournal"], work.CaseProtected);
        var chicago = Chicago(work);
        Assert.Contains("“the Third Italy and Flexible Specialisation in a de facto District.”", chicago);
        Assert.DoesNotContain("span", chicago);
        Assert.DoesNotContain("<", new Bibliography([work]).Entry("k", CitationStyle.Harvard)!.ToMarkdown());
    }

    [Fact]
    public void Angle_brackets_that_are_not_csl_markup_stay_text()
    {
        var (text, kept) = CslRichText.Read("a <b>bold</b> claim: x < y <span>z</span> <span class=\"nocase\">iOS");

        Assert.Equal("a bold claim: x < y <span>z</span> iOS", text);
        Assert.Equal(["iOS"], kept);
    }

    [Fact]
    public void Protected_text_survives_a_reading_list_export_to_BibTeX_and_to_CSL_JSON()
    {
        var work = FromBibTex("{the Third Italy} and {OECD} policy in the north", journal: "{Regional} studies");
        var sink = new DiagnosticBag();
        var bib = BibTexWriter.Write([new ReadingListEntry(work, [])]);
        var csl = CslJsonWriter.Write([new ReadingListEntry(work, [])]);
        var fromBib = Assert.Single(BibTexReferences.Read(bib, "export.bib", sink)).Work;
        var fromCsl = Assert.Single(CslJsonReader.Read(Encoding.UTF8.GetBytes(csl), "export.json", sink)).Work;

        Assert.Empty(sink.Items);
        Assert.Contains("title = {{the Third Italy} and {OECD} policy in the north}", bib);
        Assert.Contains("journal = {{Regional} studies}", bib);
        Assert.Contains("<span class=\\\"nocase\\\">the Third Italy</span>", csl);
        foreach (var back in new[] { fromBib, fromCsl })
        {
            Assert.Equal(work.Title, back.Title);
            Assert.Equal(work.Container, back.Container);
            Assert.Equal(work.CaseProtected.Order(StringComparer.Ordinal), back.CaseProtected.Order(StringComparer.Ordinal));
            Assert.Equal(Chicago(work), Chicago(back));
        }
    }

    [Fact]
    public void A_CSL_JSON_title_of_markup_only_is_no_title()
    {
        var sink = new DiagnosticBag();
        var work = Assert.Single(CslJsonReader.Read(Encoding.UTF8.GetBytes(
            """[{"id": "k", "type": "report", "title": "<i> </i><span class=\"nocase\"></span>", "container-title": " <b>Regional</b> studies "}]"""), "r.json", sink)).Work;

        Assert.Null(work.Title);
        Assert.Equal("Regional studies", work.Container);
    }
}
