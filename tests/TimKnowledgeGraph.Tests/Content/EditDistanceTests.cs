using TimKnowledgeGraph.Domain.Content.Validation;

namespace TimKnowledgeGraph.Tests.Content;

/// <summary>The "did you mean" search skips candidates too different in length, and still finds what a full search finds.</summary>
public sealed class EditDistanceTests
{
    [Fact]
    public void ShouldFindWhatComparingWithEveryCandidateFinds()
    {
        var random = new Random(7);
        string Word() => new([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => "abcdeABC-1"[random.Next(10)])]);
        for (var trial = 0; trial < 500; trial++)
        {
            var value = Word();
            var candidates = Enumerable.Range(0, random.Next(0, 40)).Select(_ => Word()).ToList();
            Assert.Equal(Reference(value, candidates), EditDistance.Nearest(value, candidates));
        }
    }

    [Fact]
    public void ShouldSuggestTheNearestIdAndNothingFarOff()
    {
        Assert.Equal("clusters-slippery-concept", EditDistance.Nearest("clusters-slipery-concept", ["clusters", "clusters-slippery-concept", "c1"]));
        Assert.Null(EditDistance.Nearest("innovation", ["c1", "c2", "ref10"]));
    }

    // Nearest without skipping any candidate.
    private static string? Reference(string value, IEnumerable<string> candidates)
    {
        var scored = candidates.Select(c => (Candidate: c, Distance: EditDistance.Between(value, c)))
            .OrderBy(p => p.Distance).ThenBy(p => p.Candidate, StringComparer.Ordinal).FirstOrDefault();
        if (scored.Candidate is null) return null;
        var limit = Math.Max(2, Math.Max(value.Length, scored.Candidate.Length) / 3);
        return scored.Distance <= limit ? scored.Candidate : null;
    }
}
