namespace TimKnowledgeGraph.Domain.Content.References;

/// <summary>An author as a reference gives them: family and given names, or one literal (corporate) name.</summary>
public sealed record PersonName(string? Family, string? Given, string? Literal = null)
{
    /// <summary>"Family, Given", "Family", or the literal name.</summary>
    public string DisplayName => Literal ?? (string.IsNullOrEmpty(Given) ? Family ?? "" : $"{Family}, {Given}");

    /// <summary>
    /// The Author node id: <c>&lt;family&gt;-&lt;initials&gt;</c>, ASCII-folded and lower-case ("Bjørn Asheim" → <c>asheim-b</c>);
    /// just the family without a given name; a literal name as a slug.
    /// </summary>
    public string Id
    {
        get
        {
            if (Literal is not null) return Slug(Literal);
            var family = Slug(Family ?? "");
            var initials = string.Concat((Given ?? "")
                .Split([' ', '.', '-', '\u2010'], StringSplitOptions.RemoveEmptyEntries)
                .Select(part => Slug(part).FirstOrDefault())
                .Where(c => c != default));
            return initials.Length == 0 ? family : $"{family}-{initials}";
        }
    }

    private static string Slug(string text)
    {
        var folded = TexText.AsciiFold(text);
        var chars = folded.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
