namespace TimKnowledgeGraph.Host.Output;

/// <summary>
/// The errors of one hostile input (a form field, a request body), at most <see cref="MaxKept"/> of them kept and the
/// rest counted into one closing sentence. One error per bad line or parameter was kept and echoed (measured on the
/// running host): a 4 MB console form of a million one-character parameter lines was answered with a 79 MB page, one of
/// 400,000 lines "a=[" with a 110 MB page after 12 s, the host's memory up from 0.3 to 1.8 GB; a 3.8 MB body of 230,000
/// bad parameters to <c>/api/cypher</c> with a 48 MB problem.
/// </summary>
/// <param name="closing">The closing sentence, given how many errors were left out.</param>
internal sealed class CappedErrors(Func<int, string> closing)
{
    /// <summary>Errors kept; a person fixes the first few and tries again.</summary>
    public const int MaxKept = 20;

    private readonly List<string> _kept = [];

    /// <summary>Every error added, kept or not.</summary>
    public int Count { get; private set; }

    /// <summary>Keeps <paramref name="error"/> while fewer than <see cref="MaxKept"/> are kept, else counts it.</summary>
    public void Add(string error)
    {
        if (Count++ < MaxKept) _kept.Add(error);
    }

    /// <summary>The kept errors, followed by the closing sentence when some were left out.</summary>
    public IReadOnlyList<string> ToList() => Count <= MaxKept ? [.. _kept] : [.. _kept, closing(Count - MaxKept)];
}
