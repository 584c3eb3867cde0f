using System.Text;
using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Content.References;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Tests.Citations;

/// <summary>The fields the styles show beyond authors, year and title are read from both export formats alike.</summary>
public sealed class ReferenceFieldTests
{
    [Fact]
    public void ShouldReadEditorsVolumeIssuePagesPublisherAndPlaceFromBibTex()
    {
        var sink = new DiagnosticBag();
        var record = Assert.Single(BibTexReferences.Read("""
            @incollection{storper2007,
              author = {Storper, Michael}, title = {Regional worlds}, booktitle = {The Learning Region},
              editor = {Rutten, Roel and Boekema, Frans}, pages = {10--30}, publisher = {Edward Elgar},
              address = {Cheltenham}, volume = {2}, number = {3}, year = {2007}
            }
            """, "r.bib", sink));
        Assert.Empty(sink.Items);
        Assert.Equal(["Rutten, Roel", "Boekema, Frans"], record.Work.Editors.Select(e => e.DisplayName));
        Assert.Equal(("2", "3", "Edward Elgar", "Cheltenham"), (record.Work.Volume, record.Work.Issue, record.Work.Publisher, record.Work.Place));
        var work = new CitedWork
        {
            Key = record.Id, Type = record.Work.Type, Title = record.Work.Title, Year = record.Work.Year, Authors = record.Authors,
            Editors = record.Work.Editors, Container = record.Work.Container, Pages = record.Work.Pages, Publisher = record.Work.Publisher, Place = record.Work.Place,
        };
        Assert.Equal("Storper, M. (2007). Regional worlds. In R. Rutten & F. Boekema (Eds.), *The Learning Region* (pp. 10–30). Edward Elgar.",
            new Bibliography([work]).Entry("storper2007")!.ToMarkdown());
    }

    [Fact]
    public void ShouldReadEditorsVolumeIssuePagesPublisherAndPlaceFromCslJson()
    {
        var sink = new DiagnosticBag();
        var record = Assert.Single(CslJsonReader.Read(Encoding.UTF8.GetBytes("""
            [{"id": "x", "type": "chapter", "editor": [{"family": "Rutten", "given": "Roel"}], "volume": "2", "issue": "3",
              "page": "10-30", "publisher": "Routledge", "publisher-place": "London"}]
            """), "r.json", sink));
        Assert.Empty(sink.Items);
        Assert.Equal(["Rutten, Roel"], record.Work.Editors.Select(e => e.DisplayName));
        Assert.Equal(("2", "3", "10-30", "Routledge", "London"), (record.Work.Volume, record.Work.Issue, record.Work.Pages, record.Work.Publisher, record.Work.Place));
    }
}
