namespace TimKnowledgeGraph.Tests.Infrastructure;

/// <summary>A throwaway content folder built file by file for one test; deleted on dispose.</summary>
public sealed class TempContent : IDisposable
{
    public TempContent() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "timkg-content", Guid.NewGuid().ToString("n"));

    /// <summary>Writes a file; its line endings become "\n" unless <paramref name="keepLineEndings"/>.</summary>
    public TempContent With(string relativePath, string text, bool keepLineEndings = false)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, keepLineEndings ? text : text.ReplaceLineEndings("\n"));
        return this;
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(Root, relativePath));

    /// <summary>The SDIN note of <see cref="SmallLineage"/> under another name: an edit that changes one node.</summary>
    public static string SdinNamed(string name) => $"""
        ---
        kind: framework
        name: {name}
        derived_from: [learning-region]
        ---
        Grew out of the [[Learning Region]].
        """;

    /// <summary>A small, valid corpus: a TIM family, the Learning Region (member, derived from learning organisations), and SDIN derived from it.</summary>
    public static TempContent SmallLineage() => new TempContent()
        .With("references/refs.bib", """
            @article{storper1993,
              author = {Storper, Michael},
              year = {1993},
              note = {Cited in section 3}
            }
            @article{florida1995,
              author = {Florida, Richard},
              year = {1995},
              journal = {Futures}
            }
            """)
        .With("concepts/territorial-innovation-models.md", """
            ---
            kind: tim-family
            name: Territorial Innovation Models
            aliases: [TIMs]
            ---
            A family of theories.
            """)
        .With("concepts/learning-organisation.md", """
            ---
            kind: concept
            name: Learning organisation
            ---
            From corporate studies.
            """)
        .With("concepts/learning-region.md", """
            ---
            kind: tim
            name: Learning Region
            year: 1993
            member_of: [territorial-innovation-models]
            derived_from:
              - id: learning-organisation
                ref: florida1995
                locator: section 3
            introduced_in:
              - ref: storper1993
                locator: section 3
            ---
            Emerged with [@storper1993], part of the [[TIMs]].
            """)
        .With("concepts/sdin.md", """
            ---
            kind: framework
            name: Social dynamics of innovation networks
            derived_from: [learning-region]
            ---
            Grew out of the [[Learning Region]].
            """);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
