using System.Globalization;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.References;

/// <summary>
/// The names (authors, editors) one reference file may give: at most <see cref="PerReference"/> per reference and
/// <see cref="PerFile"/> in all. Each author becomes an Author node and an AUTHORED relationship, about 2 KB of a load,
/// while its JSON can be 17 bytes: one CSL-JSON item listing a million authors (20 MB) took validation to 2.1 GB. The
/// longest real author lists run to a few thousand (physics collaborations); a library of tens of thousands of items
/// with a few authors each stays far under the file's limit. Names past a limit are not read, and it is an error.
/// </summary>
internal sealed class NameLimit
{
    public const int PerReference = 10_000;

    public const int PerFile = 300_000;

    private long _read;
    private bool _fileReported;

    /// <summary>The first names of <paramref name="names"/> that fit (enumerated no further than that, plus one).</summary>
    public IReadOnlyList<PersonName> Keep(IEnumerable<PersonName> names, string role, SourceLocation at, IDiagnosticSink sink)
    {
        var room = (int)Math.Min(PerReference, PerFile - _read);
        var kept = names.Take(room + 1).ToList();
        if (kept.Count > room)
        {
            kept.RemoveAt(room);
            if (room == PerReference)
            {
                sink.Report(Diagnostic.Error(at, DiagnosticCodes.TooLarge, string.Create(CultureInfo.InvariantCulture,
                    $"this reference lists more than {PerReference:N0} {role}s, expected at most {PerReference:N0}; the rest are not read")));
            }
            else if (!_fileReported)
            {
                _fileReported = true;
                sink.Report(Diagnostic.Error(at, DiagnosticCodes.TooLarge, string.Create(CultureInfo.InvariantCulture,
                    $"the references of this file list more than {PerFile:N0} authors and editors, expected at most {PerFile:N0}; from this reference on they are not read (split the library into several files)")));
            }
        }
        _read += kept.Count;
        return kept;
    }
}
