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

    [Fact]
    public void Hints_stop_once_the_scope_has_spent_its_budget_and_come_back_outside_it()
    {
        var candidates = Enumerable.Range(0, 100).Select(i => $"id{i:000}").ToList(); // 5 characters each: 25 per comparison
        var compared = 0;
        IEnumerable<string> Counted() => candidates.Select(c => { compared++; return c; });
        var hinted = 0;
        using (EditDistance.LimitHints(1_000))
        {
            for (var i = 0; i < 100; i++)
                if (EditDistance.Nearest("id05x", Counted()) is not null) hinted++;
        }

        // 1,000 buys 40 comparisons: none of the calls finished; each later call looks at one candidate and gives up.
        Assert.Equal(0, hinted);
        Assert.Equal(41 + 99, compared);
        Assert.Equal("id050", EditDistance.Nearest("id05x", candidates));
    }

    [Fact]
    public void Hints_within_the_budget_are_the_ones_an_unlimited_search_gives()
    {
        using var hints = EditDistance.LimitHints(100 * 25);
        Assert.Equal("id050", EditDistance.Nearest("id05x", Enumerable.Range(0, 100).Select(i => $"id{i:000}")));
        Assert.Null(EditDistance.Nearest("id05x", ["id050"]));
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
