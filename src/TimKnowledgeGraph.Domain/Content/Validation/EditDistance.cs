namespace TimKnowledgeGraph.Domain.Content.Validation;

/// <summary>Levenshtein distance, for "did you mean" hints.</summary>
/// <remarks>
/// A hint compares one value with every candidate: ten thousand misspelt ids among ten thousand took 30 s, and twice
/// as many did not finish in a minute. A load or an import therefore runs under <see cref="LimitHints"/>: once its
/// budget of comparison work is spent, diagnostics come without hints (the problems are all still reported).
/// </remarks>
public static class EditDistance
{
    /// <summary>The comparison work (characters of one string times characters of the other, summed) a load or an import
    /// may spend on hints: about a quarter of a second here, and far more than a real corpus's handful of typos needs.</summary>
    public const long HintBudget = 50_000_000;

    private static readonly AsyncLocal<Budget?> Current = new();

    /// <summary>Limits the hint work done until the returned scope is disposed (on this flow of execution).</summary>
    public static IDisposable LimitHints(long work = HintBudget)
    {
        var scope = new Scope(Current.Value);
        Current.Value = new Budget { Left = work };
        return scope;
    }

    /// <summary>The number of single-character edits that turn <paramref name="a"/> into <paramref name="b"/> (case-insensitive).</summary>
    public static int Between(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>
    /// The candidate closest to <paramref name="value"/>, if it is close enough to be a plausible typo
    /// (at most about a third of the length away); ties go to the ordinally first candidate, for stable output.
    /// </summary>
    public static string? Nearest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var budget = Current.Value;
        foreach (var candidate in candidates)
        {
            // The distance is at least the difference in length: such a candidate can neither beat nor tie the best.
            if (Math.Abs(candidate.Length - value.Length) > bestDistance) continue;
            // Spent: no hint rather than the best of the candidates seen so far, which could mislead.
            if (budget is not null && !budget.TrySpend((long)value.Length * candidate.Length)) return null;
            var distance = Between(value, candidate);
            if (distance < bestDistance || (distance == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
                (best, bestDistance) = (candidate, distance);
        }
        var limit = Math.Max(2, Math.Max(value.Length, best?.Length ?? 0) / 3);
        return best is not null && bestDistance <= limit ? best : null;
    }

    /// <summary>A hint text <c>did you mean 'x'?</c>, or null when nothing is near.</summary>
    public static string? Hint(string value, IEnumerable<string> candidates) =>
        Nearest(value, candidates) is { } near ? $"did you mean '{near}'?" : null;

    private sealed class Budget
    {
        public long Left;

        public bool TrySpend(long work)
        {
            if (work > Left)
            {
                Left = 0;
                return false;
            }
            Left -= work;
            return true;
        }
    }

    private sealed class Scope(Budget? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
