namespace TimKnowledgeGraph.Domain.Citations;

/// <summary>
/// Title case as CSL converts text for <c>text-case="title"</c> (CSL 1.0.2 specification, "Title-case conversion";
/// stop words as citeproc-js, Zotero's processor, lists them),
/// which Zotero's chicago-author-date.csl sets on titles and container titles: every word written all in lower case
/// gets a capital first letter, except the stop words, which stay lower case unless they open or close the title or
/// follow a colon; words with a capital anywhere ("iPhone", "OECD", "McDonald") are left as written. Parts of a
/// hyphenated word count as words ("Self-Organising"). Only English works (or works of no stated language) are
/// converted, as citeproc-js does: <see cref="Of"/>.
/// </summary>
public static class TitleCase
{
    /// <summary>A title of <paramref name="work"/> in title case when the work is English (<see cref="CitedWork.IsEnglish"/>), else as written.</summary>
    public static string? Of(CitedWork work, string? text) => work.IsEnglish ? Convert(text, work.CaseProtected) : text;

    // The one-word stop words of citeproc-js, Zotero's CSL processor (its English "skip-words").
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "across", "afore", "after", "against", "along", "alongside", "amid", "amidst", "among",
        "amongst", "an", "and", "anenst", "apropos", "apud", "around", "as", "aside", "astride", "at", "athwart", "atop",
        "barring", "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "but", "by", "c", "ca",
        "circa", "d'", "de", "despite", "down", "during", "et", "except", "for", "forenenst", "from", "given", "in",
        "inside", "into", "lest", "like", "modulo", "near", "next", "nor", "notwithstanding", "of", "off", "on", "onto",
        "or", "out", "over", "per", "plus", "pro", "qua", "sans", "since", "so", "than", "the", "through", "thru",
        "throughout", "thruout", "till", "to", "toward", "towards", "under", "underneath", "until", "unto", "up", "upon",
        "v", "van", "versus", "via", "von", "vs", "with", "within", "without", "yet",
    };

    /// <summary>
    /// The text in title case; null stays null. A word within any of <paramref name="protectedTexts"/> (wherever that
    /// text occurs) is left as written: BibTeX's braces and CSL's <c>&lt;span class="nocase"&gt;</c>, which citeproc-js
    /// does not convert (<see cref="CitedWork.CaseProtected"/>).
    /// </summary>
    public static string? Convert(string? text, IReadOnlyList<string>? protectedTexts = null)
    {
        if (string.IsNullOrEmpty(text)) return text;
        var words = Words(text);
        var chars = text.ToCharArray();
        var kept = CaseProtection.Mask(text, protectedTexts);
        for (var w = 0; w < words.Count; w++)
        {
            var (start, length) = words[w];
            var word = text.Substring(start, length);
            if (!word.Any(char.IsLetter) || word.Any(char.IsUpper)) continue;
            if (kept is not null && Array.IndexOf(kept, true, start, length) >= 0) continue;
            var opens = w == 0 || AfterColon(text, start);
            var closes = w == words.Count - 1;
            var offset = 0;
            foreach (var part in word.Split('-'))
            {
                var isStop = StopWords.Contains(part);
                var first = offset == 0;
                if (part.Length > 0 && char.IsLower(part[0]) && (!isStop || (first && opens) || (closes && offset + part.Length == word.Length)))
                    chars[start + offset] = char.ToUpperInvariant(part[0]);
                offset += part.Length + 1;
            }
        }
        return new string(chars);
    }

    // Words are runs of characters other than white space; a leading quote or bracket does not start the word's letters.
    private static List<(int Start, int Length)> Words(string text)
    {
        var words = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || !char.IsLetterOrDigit(text[i]))) i++;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            // Trailing punctuation (a comma, a colon, a closing quote) is not part of the word.
            var end = i;
            while (end > start && !char.IsLetterOrDigit(text[end - 1])) end--;
            if (end > start) words.Add((start, end - start));
        }
        return words;
    }

    private static bool AfterColon(string text, int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            if (char.IsWhiteSpace(text[i]) || text[i] is '"' or '“' or '‘' or '(' or '[') continue;
            return text[i] is ':' or '?' or '!' or '.' or '—';
        }
        return false;
    }
}
