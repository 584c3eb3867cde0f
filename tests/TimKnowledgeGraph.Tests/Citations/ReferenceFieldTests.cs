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
        Assert.Equal(["Rutten, Roel", "Boekema, Frans"], record.Editors.Select(e => e.DisplayName));
        Assert.Equal(("2", "3", "Edward Elgar", "Cheltenham"), (record.Volume, record.Issue, record.Publisher, record.Place));
        var work = new CitedWork
        {
            Key = record.Id, Type = record.Type, Title = record.Title, Year = record.Year, Authors = record.Authors,
            Editors = record.Editors, Container = record.Container, Pages = record.Pages, Publisher = record.Publisher, Place = record.Place,
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
        Assert.Equal(["Rutten, Roel"], record.Editors.Select(e => e.DisplayName));
        Assert.Equal(("2", "3", "10-30", "Routledge", "London"), (record.Volume, record.Issue, record.Pages, record.Publisher, record.Place));
    }
}
