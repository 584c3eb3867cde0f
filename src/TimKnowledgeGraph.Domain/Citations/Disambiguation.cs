namespace TimKnowledgeGraph.Domain.Citations;

/// <summary>
/// Tells apart in-text citations that would read the same, in CSL's order (specification, "Disambiguation"), with the
/// settings of the three styles' CSL files: first, a first author whose family name another first author shares with
/// other given names is named with initials in every citation ("K. Morgan, 2004"; APA's and Chicago's
/// <c>givenname-disambiguation-rule</c> <c>primary-name(-with-initials)</c>, APA 7 §8.20); then, for citations still
/// alike, names are added before "et al." until they differ (<c>disambiguate-add-names</c>: "Henry, Pinch, et al." and
/// "Henry, Massey, et al."); Harvard (Cite Them Right, rule <c>by-cite</c>) adds the initials only here; what is still
/// alike gets year letters (<c>disambiguate-add-year-suffix</c>), in reference-list order, so that 2002a comes first.
/// </summary>
internal static class Disambiguation
{
    public static Dictionary<string, CiteForm> Forms(IReadOnlyCollection<CitedWork> works, CitationStyle style)
    {
        var forms = works.ToDictionary(w => w.Key, _ => default(CiteForm), StringComparer.Ordinal);
        if (style != CitationStyle.Harvard)
        {
            foreach (var key in FirstAuthorsSharingAFamilyName(works)) forms[key] = forms[key] with { FirstInitials = true };
        }

        foreach (var alike in works.GroupBy(w => Reading(w, forms[w.Key], style), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var group = alike.ToList();
            var ambiguous = new List<CitedWork>(group);
            var most = ambiguous.Max(w => Bibliography.NamesCited(w).Count);
            for (var shown = 2; shown <= most && ambiguous.Count > 1; shown++)
            {
                var names = shown;
                TryForms(group, ambiguous, forms, w => forms[w.Key] with { NamesShown = names }, style);
            }
            if (style == CitationStyle.Harvard && ambiguous.Count > 1)
                TryForms(group, ambiguous, forms, w => forms[w.Key] with { FirstInitials = true }, style);
            foreach (var same in ambiguous.GroupBy(w => Reading(w, forms[w.Key], style), StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                // In reference-list order, so that 2020a is listed first: by APA's full dates, else by title (ListOrder).
                var ordered = ListOrder.Of(same, style).ToList();
                for (var i = 0; i < ordered.Count; i++) forms[ordered[i].Key] = forms[ordered[i].Key] with { Suffix = Letter(i) };
            }
        }
        return forms;
    }

    // Gives each still ambiguous work the tried form when that makes its citation unlike every other in the group;
    // the others keep theirs (an expansion that tells nothing apart is not shown).
    private static void TryForms(List<CitedWork> group, List<CitedWork> ambiguous, Dictionary<string, CiteForm> forms,
        Func<CitedWork, CiteForm> tried, CitationStyle style)
    {
        var trial = ambiguous.ToDictionary(w => w.Key, tried, StringComparer.Ordinal);
        var readings = group.Select(w => Reading(w, trial.TryGetValue(w.Key, out var form) ? form : forms[w.Key], style))
            .GroupBy(r => r, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var work in ambiguous.ToList())
        {
            if (readings[Reading(work, trial[work.Key], style)] != 1) continue;
            forms[work.Key] = trial[work.Key];
            ambiguous.Remove(work);
        }
    }

    // Works whose first author's family name is another first author's too, with other given names.
    private static IEnumerable<string> FirstAuthorsSharingAFamilyName(IEnumerable<CitedWork> works) =>
        works.Select(w => (w.Key, First: Bibliography.NamesCited(w).FirstOrDefault()))
            .Where(f => f.First is { Literal: null, Family: not null, Given.Length: > 0 })
            .GroupBy(f => f.First!.Family!, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(f => Names.Initials(f.First!.Given!, " ")).Distinct(StringComparer.Ordinal).Count() > 1)
            .SelectMany(g => g.Select(f => f.Key));

    private static string Reading(CitedWork work, CiteForm form, CitationStyle style) =>
        Bibliography.Who(work, style, narrative: false, form).Plain + "\u0001" + work.Year;

    // a..z, then aa, ab... as citation processors continue.
    private static string Letter(int index) =>
        index < 26 ? ((char)('a' + index)).ToString() : Letter(index / 26 - 1) + (char)('a' + index % 26);
}
