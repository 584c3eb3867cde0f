using System.Globalization;
using System.Text.RegularExpressions;
using TimKnowledgeGraph.Domain.Content.Notes;
using TimKnowledgeGraph.Domain.Content.Notes.Markdown;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Domain.GraphModel;
using static TimKnowledgeGraph.Domain.GraphModel.GraphSchema;

namespace TimKnowledgeGraph.Domain.Content.Validation;

/// <summary>The rules for one note: required keys, allowed values, its id, and every link it makes.</summary>
internal static partial class NoteRules
{
    /// <summary>Checks <paramref name="note"/> against the corpus (<paramref name="notesByFile"/>: every note, by its file).</summary>
    public static void Check(Note note, IdIndex index, LinkChecker links, IDiagnosticSink sink, IReadOnlyDictionary<string, Note> notesByFile)
    {
        CheckIdentity(note, sink);
        switch (note)
        {
            case ConceptNote concept:
                Required(concept.Name, "name", note, sink);
                if (Required(concept.ConceptKind, "kind", note, sink) is { } kind) Allowed(kind, "kind", ConceptNote.Kinds, sink);
                Integer(concept.Year, "year", sink);
                CheckIds(concept.MemberOf, "member_of", links, Concept);
                CheckIds(concept.DerivedFrom, "derived_from", links, Concept);
                CheckIds(concept.IsA, "is_a", links, Concept);
                CheckIds(concept.MotivatedBy, "motivated_by", links, Concept, Reference, Critique);
                CheckIds(concept.Parallels, "parallels", links, Concept, Reference);
                CheckIds(concept.OverlapsWith, "overlaps_with", links, Concept);
                foreach (var response in concept.RespondsTo) links.Check(response.Critique, "responds_to", Critique);
                break;
            case PropositionNote proposition:
                Integer(Required(proposition.Number, "number", note, sink), "number", sink);
                Required(proposition.Text, "text", note, sink);
                CheckIds(proposition.DerivedFrom, "derived_from", links, Concept, Proposition, Reference);
                CheckIds(proposition.MotivatedBy, "motivated_by", links, Concept, Proposition, Reference, Critique);
                CheckIds(proposition.Parallels, "parallels", links, Concept, Proposition, Reference);
                foreach (var response in proposition.RespondsTo) links.Check(response.Critique, "responds_to", Critique);
                break;
            case CritiqueNote critique:
                Required(critique.Name, "name", note, sink);
                if (critique.Targets.Count == 0 && !note.MalformedKeys.Contains("targets")) Missing("targets", note, sink);
                if (critique.RaisedIn.Count == 0 && !note.MalformedKeys.Contains("raised_in")) Missing("raised_in", note, sink);
                CheckIds(critique.Targets, "targets", links, Concept, Proposition, Critique);
                foreach (var link in critique.RaisedIn) links.Check(link.Ref, "raised_in", Reference);
                CheckIds(critique.Specialises, "specialises", links, Critique);
                break;
        }
        foreach (var link in note.IntroducedIn) links.Check(link.Ref, "introduced_in", Reference);
        foreach (var link in note.Cito) CheckCito(link, links, sink);
        CheckIds(note.ProducedBy, "produced_by", links, Actor, Author, Network);
        foreach (var evidence in note.Evidence) CheckEvidence(evidence, links, sink);
        CheckBody(note, index, sink);
        CheckAnchors(note, index, notesByFile, sink);
    }

    // A link's #Heading or #^block that its note lacks still goes to the note (to the page's top): a warning, as Obsidian
    // also opens the note. A note that could not be read, or a target that is no note, has no anchors to check.
    private static void CheckAnchors(Note note, IdIndex index, IReadOnlyDictionary<string, Note> notesByFile, IDiagnosticSink sink)
    {
        foreach (var link in note.SameNoteLinks) CheckAnchor(link, note, null, sink);
        foreach (var link in note.WikiLinks)
        {
            if (link.Heading is null || index.ResolveWikiTarget(link.Target) is not { } target
                || !IdIndex.NoteLabels.Contains(target.Label) || !notesByFile.TryGetValue(target.At.File, out var linked)) continue;
            CheckAnchor(link, linked, linked.File, sink);
        }
    }

    private static void CheckAnchor(WikiLinkRef link, Note linked, string? otherFile, IDiagnosticSink sink)
    {
        var heading = link.Heading!;
        if (linked.Anchors.ContainsKey(BlockIdInline.AnchorId(heading))) return;
        // Of a subheading linked through its parents (Origins#Sources), the one it names is the last.
        var (what, written) = heading.StartsWith('^') ? ("block", $"^{heading[1..]}") : ("heading", WikiLinkInline.NamedHeading(heading));
        var candidates = linked.Anchors.Values.Where(a => a.StartsWith('^') == heading.StartsWith('^'));
        sink.Report(Diagnostic.Warning(link.At, DiagnosticCodes.MissingAnchor,
            otherFile is null
                ? $"wiki-link [[#{heading}]] names a {what} '{written}' that this note does not have; the link finds nothing on the page"
                : $"wiki-link [[{link.Written}#{heading}]] names a {what} '{written}' that {otherFile} does not have; the link opens the note at its top",
            EditDistance.Hint(heading.StartsWith('^') ? heading : written, candidates)));
    }

    private static void CheckIdentity(Note note, IDiagnosticSink sink)
    {
        var expectedType = note.Kind.ToString().ToLowerInvariant();
        if (note.Type is { } type && !type.Value.Equals(expectedType, StringComparison.OrdinalIgnoreCase))
        {
            sink.Report(Diagnostic.Error(type.At, DiagnosticCodes.TypeMismatch,
                $"type is '{type.Value}' but the note is in {expectedType}s/, expected 'type: {expectedType}' or no type key"));
        }
        if (note.ExplicitId is { } id && id.Value != note.FileStem)
        {
            sink.Report(Diagnostic.Error(id.At, DiagnosticCodes.IdFileNameMismatch,
                $"id '{id.Value}' differs from the file name '{note.FileStem}.md'; expected 'id: {note.FileStem}' (or rename the file)"));
        }
        if (!SlugPattern().IsMatch(note.Id))
        {
            sink.Report(Diagnostic.Warning(note.IdAt, DiagnosticCodes.IdNotSlug,
                $"id '{note.Id}' is not a lower-case slug (letters, digits and '-')",
                $"e.g. '{Slugify(note.Id)}'"));
        }
    }

    private static void CheckIds(IEnumerable<IdLink> items, string key, LinkChecker links, params string[] labels)
    {
        foreach (var link in items)
        {
            links.Check(link.Target, key, labels);
            if (link.Ref is { } reference) links.Check(reference, $"{key}.ref", Reference);
        }
    }

    private static void CheckCito(CitoLink link, LinkChecker links, IDiagnosticSink sink)
    {
        if (link.Relation is null)
            sink.Report(Diagnostic.Error(link.At, DiagnosticCodes.UnknownRelation,
                $"cito item has no 'relation'; expected one of: {string.Join(", ", CitoRelations.Names)}"));
        else if (CitoRelations.Find(link.Relation.Value) is null)
            sink.Report(Diagnostic.Error(link.Relation.At, DiagnosticCodes.UnknownRelation,
                $"relation '{link.Relation.Value}' is not a CiTO relation this format knows; expected one of: {string.Join(", ", CitoRelations.Names)}",
                EditDistance.Hint(link.Relation.Value, CitoRelations.Names)
                ?? EditDistance.Hint("cito:" + link.Relation.Value, CitoRelations.Names)));
        links.Check(link.Ref, "cito.ref", Reference);
        if (link.From is { } from) links.Check(from, "cito.from", Reference);
    }

    private static void CheckEvidence(EvidenceItem evidence, LinkChecker links, IDiagnosticSink sink)
    {
        if (evidence.Stance is null)
            sink.Report(Diagnostic.Error(evidence.At, DiagnosticCodes.MissingRequired, "evidence item has no 'stance', which is required (supports, challenges or qualifies)"));
        else
            Allowed(evidence.Stance, "stance", EvidenceItem.Stances, sink);
        if (evidence.From is null)
            sink.Report(Diagnostic.Error(evidence.At, DiagnosticCodes.MissingRequired, "evidence item has no 'from', which is required (a reference key or dataset id)"));
        else
            links.Check(evidence.From, "evidence.from", Reference, Dataset);
    }

    private static void CheckBody(Note note, IdIndex index, IDiagnosticSink sink)
    {
        foreach (var link in note.WikiLinks)
        {
            if (index.ResolveWikiTarget(link.Target) is not null || index.IsUnreadableNote(link.Target)
                || WikiLinkPath.Of(link.Target) is { } path && index.IsUnreadableNote(path.FileStem)) continue;
            var relative = link.Written == link.Target ? "" : $" (from this note: {link.Target})";
            if (index.NoteWithFileNameOf(link.Target) is { } elsewhere)
            {
                // A path whose folders are not the note's: pointing at the note that has the file name is more use
                // than the nearest id, which is that file name anyway.
                var notePath = WikiLinkPath.WithoutExtension(elsewhere.At.File);
                sink.Report(Diagnostic.Error(link.At, DiagnosticCodes.BrokenWikiLink,
                    $"wiki-link [[{link.Written}]]{relative} names a path where no note is (paths are read from the content folder or the linking note's folder); the note with that file name is {elsewhere.At.File}",
                    $"expected [[{notePath}]] or [[{elsewhere.Id}]]"));
                continue;
            }
            sink.Report(Diagnostic.Error(link.At, DiagnosticCodes.BrokenWikiLink,
                $"wiki-link [[{link.Written}]]{relative} matches no id, note file name, name, alias or path",
                index.Hint(link.Target)));
        }
        foreach (var citation in note.Citations)
        {
            var found = index.Get(citation.Key);
            if (found is { Label: Reference }) continue;
            var what = found is null ? "not a known reference key" : $"a {found.Label}, not a reference";
            sink.Report(Diagnostic.Error(citation.At, DiagnosticCodes.UnknownCitation,
                $"citation @{citation.Key} is {what}; expected a citation key from references/",
                index.Hint(citation.Key, Reference)));
        }
    }

    /// <summary>Reports a missing required value; returns the value.</summary>
    internal static Scalar? Required(Scalar? value, string key, Note note, IDiagnosticSink sink)
    {
        if (value is null && !note.MalformedKeys.Contains(key)) Missing(key, note, sink);
        return value;
    }

    private static void Missing(string key, Note note, IDiagnosticSink sink) =>
        sink.Report(Diagnostic.Error(note.At, DiagnosticCodes.MissingRequired,
            $"{note.Kind.ToString().ToLowerInvariant()} note has no '{key}', which is required"));

    /// <summary>Reports a value outside the allowed list.</summary>
    internal static void Allowed(Scalar value, string key, IReadOnlyList<string> allowed, IDiagnosticSink sink)
    {
        if (allowed.Contains(value.Value)) return;
        sink.Report(Diagnostic.Error(value.At, DiagnosticCodes.BadEnumValue,
            $"{key} '{value.Value}' is not allowed; expected one of: {string.Join(", ", allowed)}",
            EditDistance.Hint(value.Value, allowed)));
    }

    /// <summary>Reports a value that is not a whole number.</summary>
    internal static void Integer(Scalar? value, string key, IDiagnosticSink sink)
    {
        if (value is null || long.TryParse(value.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)) return;
        sink.Report(Diagnostic.Error(value.At, DiagnosticCodes.WrongType, $"{key} '{value.Value}' is not a whole number"));
    }

    private static string Slugify(string id) =>
        string.Join('-', Regex.Split(References.TexText.AsciiFold(id), "[^a-z0-9]+").Where(p => p.Length > 0));

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
