using System.Globalization;
using System.Text;

namespace TimKnowledgeGraph.Benchmarks.Generation;

/// <summary>
/// A large synthetic note corpus: concept notes with typed lineage (to earlier notes only, so no cycles), wiki-links
/// and Pandoc citations in their bodies, and one BibTeX file of references with authors drawn from a shared pool.
/// </summary>
public static class NoteCorpusGenerator
{
    public static void Write(string root, int notes, int references, int seed = 7)
    {
        var random = new Random(seed);
        Directory.CreateDirectory(Path.Combine(root, "concepts"));
        Directory.CreateDirectory(Path.Combine(root, "references"));
        var authors = Math.Max(10, references / 10);
        using (var bib = new StreamWriter(Path.Combine(root, "references", "library.bib"), false, new UTF8Encoding(false)))
        {
            for (var r = 0; r < references; r++)
            {
                var names = string.Join(" and ", Enumerable.Range(0, 1 + random.Next(3)).Select(_ => $"Family{random.Next(authors)}, Given"));
                bib.WriteLine($"@article{{ref{r},\n  author = {{{names}}},\n  title = {{Work number {r}}},\n  journal = {{Journal {r % 50}}},\n  year = {{{1980 + r % 45}}}\n}}\n");
            }
        }
        var zipf = new Zipf(references, 1.0);
        for (var n = 0; n < notes; n++)
        {
            var text = new StringBuilder()
                .AppendLine("---")
                .AppendLine("kind: concept")
                .AppendLine(CultureInfo.InvariantCulture, $"name: Concept {n}")
                .AppendLine(CultureInfo.InvariantCulture, $"summary: Synthetic concept {n} for the benchmark.");
            if (n > 0) text.AppendLine(CultureInfo.InvariantCulture, $"derived_from: [c{random.Next(n)}]");
            text.AppendLine(CultureInfo.InvariantCulture, $"introduced_in: {{ref: ref{zipf.Next(random)}, locator: \"p. {1 + random.Next(300)}\"}}")
                .AppendLine("---")
                .Append(CultureInfo.InvariantCulture, $"Concept {n} builds on earlier work [@ref{zipf.Next(random)}, p. {1 + random.Next(99)}]");
            if (n > 1) text.Append(CultureInfo.InvariantCulture, $" and relates to [[c{random.Next(n)}]]");
            text.AppendLine(CultureInfo.InvariantCulture, $"; see also [@ref{zipf.Next(random)}; @ref{zipf.Next(random)}].");
            File.WriteAllText(Path.Combine(root, "concepts", $"c{n}.md"), text.ToString());
        }
    }
}
