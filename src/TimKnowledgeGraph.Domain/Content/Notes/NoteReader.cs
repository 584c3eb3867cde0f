using Markdig.Syntax;
using TimKnowledgeGraph.Domain.Content.Notes.FrontMatter;
using TimKnowledgeGraph.Domain.Content.Notes.Markdown;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Notes;

/// <summary>
/// Stage 2 for notes: reads one Markdown note into its typed record (<see cref="ConceptNote"/>,
/// <see cref="PropositionNote"/>, <see cref="CritiqueNote"/>). Reports syntax and shape problems; rules that
/// need the whole corpus (ids, links) are left to validation.
/// </summary>
internal static class NoteReader
{
    /// <summary>Reads a note; null when it has no usable front matter (already reported).</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="file">The file path relative to the content root.</param>
    /// <param name="kind">The note type its folder gives.</param>
    /// <param name="sink">Where problems go.</param>
    public static Note? Read(string text, string file, NoteKind kind, IDiagnosticSink sink)
    {
        var document = FrontMatterReader.Read(text, file, sink);
        if (document.FrontMatter is not { } fm) return null;

        var stem = Discovery.ContentFile.StemOf(file); // the default id, in NFC as every id
        var explicitId = fm.Id("id");
        fm.WarnUnknownKeys(NoteKeys.For(kind), $"a {kind.ToString().ToLowerInvariant()} note");

        // Located by their offsets, so a column counts a tab as one character, as editors do (Markdig's run it to 4).
        var lines = new LineIndex(text, file);
        var links = document.Markdown.Descendants<WikiLinkInline>().Where(w => !w.IsAttachment).ToList();
        var wikiLinks = links.Where(w => !w.IsSameNote)
            .Select(w => new WikiLinkRef(WikiLinkPath.FromNote(file, w.Target), w.Heading, w.Label, lines.At(w.Span.Start))
            {
                Written = w.Target,
            })
            .ToList();
        var sameNoteLinks = links.Where(w => w.IsSameNote).Select(w => new WikiLinkRef("", w.Heading, w.Label, lines.At(w.Span.Start))).ToList();
        var anchors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, id, written) in NoteMarkdown.Anchors(document.Markdown)) anchors.TryAdd(id, written);
        var citations = document.Markdown.Descendants<CitationInline>()
            .SelectMany(c => c.Items)
            .Select(i => new CitationRef(i.Key, i.Locator, lines.At(i.Offset)))
            .ToList();

        IReadOnlyList<ResponseLink> respondsTo = kind == NoteKind.Critique ? [] : LinkItemReader.Responses(fm, "responds_to");
        // A response's 'how' is Markdown as the body is: its citations and wiki-links are checked and mapped with the body's.
        foreach (var how in respondsTo.Select(r => r.How).OfType<Scalar>())
            ReadInline(how, text, lines, file, wikiLinks, citations);

        Note note = kind switch
        {
            NoteKind.Concept => new ConceptNote
            {
                File = file, Id = "", FileStem = stem, At = document.Start,
                Name = fm.Scalar("name"),
                ConceptKind = fm.Scalar("kind"),
                Aliases = Aliases(fm, sink),
                Summary = fm.Scalar("summary"),
                Year = fm.Scalar("year"),
                MemberOf = LinkItemReader.Ids(fm, "member_of"),
                DerivedFrom = LinkItemReader.Ids(fm, "derived_from"),
                IsA = LinkItemReader.Ids(fm, "is_a"),
                MotivatedBy = LinkItemReader.Ids(fm, "motivated_by"),
                Parallels = LinkItemReader.Ids(fm, "parallels"),
                OverlapsWith = LinkItemReader.Ids(fm, "overlaps_with"),
                RespondsTo = respondsTo,
            },
            NoteKind.Proposition => new PropositionNote
            {
                File = file, Id = "", FileStem = stem, At = document.Start,
                Number = fm.Scalar("number"),
                Text = fm.Scalar("text"),
                DerivedFrom = LinkItemReader.Ids(fm, "derived_from"),
                MotivatedBy = LinkItemReader.Ids(fm, "motivated_by"),
                Parallels = LinkItemReader.Ids(fm, "parallels"),
                RespondsTo = respondsTo,
            },
            _ => new CritiqueNote
            {
                File = file, Id = "", FileStem = stem, At = document.Start,
                Name = fm.Scalar("name"),
                Summary = fm.Scalar("summary"),
                Targets = LinkItemReader.Ids(fm, "targets"),
                RaisedIn = LinkItemReader.References(fm, "raised_in"),
                Specialises = LinkItemReader.Ids(fm, "specialises"),
            },
        };

        return note with
        {
            Id = explicitId?.Value ?? stem,
            ExplicitId = explicitId,
            Type = fm.Scalar("type"),
            Body = document.Body,
            IntroducedIn = LinkItemReader.References(fm, "introduced_in"),
            Cito = LinkItemReader.Cito(fm, "cito"),
            ProducedBy = LinkItemReader.Ids(fm, "produced_by"),
            Evidence = LinkItemReader.Evidence(fm, "evidence"),
            WikiLinks = wikiLinks,
            SameNoteLinks = sameNoteLinks,
            Anchors = anchors,
            Citations = citations,
            Tags = NoteTags.Read(fm, document.Markdown, sink),
            MalformedKeys = fm.WrongTypeKeys,
        };
    }

    /// <summary>
    /// The citations and wiki-links of a front-matter text read as Markdown (a response's <c>how</c>), parsed by the body's
    /// pipeline, added to the body's. Each is located in the file: exactly when the value is written on one line as it
    /// reads (plain or quoted, up to its first escape), else at the value's start.
    /// </summary>
    private static void ReadInline(Scalar value, string text, LineIndex lines, string file, List<WikiLinkRef> wikiLinks, List<CitationRef> citations)
    {
        if (NoteMarkdown.TryParse(value.Value, file, new DiagnosticBag()) is not { } parsed) return;
        var start = lines.Offset(value.At);
        if (start < text.Length && text[start] is '"' or '\'') start++;
        // Exact up to where the file and the value part: an escape (\", '') or the value's first line end.
        var firstLine = value.Value.AsSpan(0, LineIndex.LineAt(value.Value, 0).End);
        var exactUpTo = start <= text.Length ? firstLine.CommonPrefixLength(text.AsSpan(start)) : 0;
        SourceLocation At(int offset) => offset < exactUpTo ? lines.At(start + offset) : value.At;
        foreach (var w in parsed.Descendants<WikiLinkInline>().Where(w => !w.IsAttachment && !w.IsSameNote))
            wikiLinks.Add(new WikiLinkRef(WikiLinkPath.FromNote(file, w.Target), w.Heading, w.Label, At(w.Span.Start)) { Written = w.Target });
        foreach (var item in parsed.Descendants<CitationInline>().SelectMany(c => c.Items))
            citations.Add(new CitationRef(item.Key, item.Locator, At(item.Offset)));
    }

    // Obsidian's older notes wrote several aliases in one text ("aliases: learning regions, LR"), which YAML reads as one
    // alias with a comma: kept as written (an alias may hold a comma), with a warning saying how to write several.
    private static IReadOnlyList<Scalar> Aliases(YamlMap fm, IDiagnosticSink sink)
    {
        var aliases = fm.ScalarList("aliases");
        if (fm.Get("aliases") is YamlDotNet.RepresentationModel.YamlScalarNode && aliases is [{ Value: var text } alias] && text.Contains(','))
            sink.Report(Diagnostic.Warning(alias.At, Validation.DiagnosticCodes.WrongType,
                $"'aliases' is one text, '{text}', which makes one alias; for several aliases write a list: aliases: [{string.Join(", ", text.Split(',', StringSplitOptions.TrimEntries))}]"));
        return aliases;
    }
}
