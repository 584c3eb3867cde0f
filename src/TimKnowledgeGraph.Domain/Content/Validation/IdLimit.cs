using System.Globalization;
using TimKnowledgeGraph.Domain.Content.Networks;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Validation;

/// <summary>
/// The length limit of an id someone writes (<see cref="ContentLimits.MaxIdChars"/>): an evidence item's, a reference's
/// key, a dataset's, a layer's or a region's, and an author's as their name makes it (a note's id is its file name).
/// Ids are index keys in Neo4j, and 3.1's unique constraint neither finds nor enforces one past Lucene's 32,766-byte
/// term: an import of a dataset with a 60,000-character id reported success, left it "running", and a second import
/// made a second Dataset node with the same id. Ids derived from two of these (<c>&lt;dataset&gt;/&lt;actor&gt;</c>)
/// stay under 6,003 bytes.
/// </summary>
internal static class IdLimit
{
    /// <summary>Reports <paramref name="id"/> at <paramref name="at"/> when it is too long; false when it is.</summary>
    public static bool Check(string id, SourceLocation at, string what, IDiagnosticSink sink)
    {
        if (id.Length <= ContentLimits.MaxIdChars) return true;
        sink.Report(Diagnostic.Error(at, DiagnosticCodes.TooLarge, string.Create(CultureInfo.InvariantCulture,
            $"{what} '{CsvRowReader.Excerpt(id)}' is {id.Length:N0} characters long, expected at most {ContentLimits.MaxIdChars:N0} (ids are index keys in Neo4j)")));
        return false;
    }
}
