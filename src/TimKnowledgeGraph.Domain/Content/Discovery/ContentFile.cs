namespace TimKnowledgeGraph.Domain.Content.Discovery;

/// <summary>One file found under the content root.</summary>
/// <param name="Path">Relative to the content root, '/'-separated: the name used in diagnostics and <c>sourceFile</c>.</param>
/// <param name="FullPath">Absolute path on disk.</param>
/// <param name="Kind">What the file is.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes, so a load can record exactly what it read.</param>
public sealed record ContentFile(string Path, string FullPath, ContentFileKind Kind, string Sha256)
{
    /// <summary>Why discovery refused this path (for <see cref="ContentFileKind.Refused"/>); null otherwise.</summary>
    public Diagnostics.Diagnostic? Problem { get; init; }

    /// <summary>For files inside <c>networks/&lt;dataset&gt;/</c>: the dataset folder name; otherwise null.</summary>
    public string? DatasetFolder =>
        Path.StartsWith("networks/", StringComparison.Ordinal) && Path.Count(c => c == '/') >= 2
            ? Path.Split('/')[1]
            : null;

    /// <summary>The file name without its extension, in NFC (<see cref="Unicode.Identifier"/>): a note's default id.</summary>
    public string Stem => StemOf(Path);

    /// <summary>The <see cref="Stem"/> of a file's path: its name without its extension, in NFC (a note's default id).</summary>
    public static string StemOf(string path) => Unicode.Identifier.Normalize(System.IO.Path.GetFileNameWithoutExtension(path));
}
