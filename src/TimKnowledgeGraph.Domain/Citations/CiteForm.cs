namespace TimKnowledgeGraph.Domain.Citations;

/// <summary>
/// How one work's in-text citation is told apart from others that would read the same (CSL's disambiguation):
/// <paramref name="NamesShown"/> names before "et al." (0: the style's rule), the first author's initials, a year letter.
/// </summary>
public readonly record struct CiteForm(int NamesShown = 0, bool FirstInitials = false, string Suffix = "");
