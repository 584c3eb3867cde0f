using System.ComponentModel.DataAnnotations;

namespace TimKnowledgeGraph.Graph.Loading;

/// <summary>Where the content lives and how the host follows it. Bound from the <c>Content</c> configuration section.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>The content folder (notes, references, networks). Relative paths are resolved against the working directory.</summary>
    [Required] public string Root { get; set; } = "content";

    /// <summary>While the host runs, reload when files under <see cref="Root"/> change (<c>Content:Watch=false</c> turns it off).</summary>
    public bool Watch { get; set; } = true;

    /// <summary>
    /// Quiet time after the last file event before reloading: editors save in bursts (temp file, rename, touch),
    /// and one reload per save is what we want.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan WatchDebounce { get; set; } = TimeSpan.FromMilliseconds(150);

    /// <summary>After a failed reload (Neo4j down), try again this long later even if nothing else changes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan WatchRetry { get; set; } = TimeSpan.FromSeconds(10);

    // "" passes through as "": the options validator reads every property, this one too, before [Required] can refuse
    // an empty Root (Content__Root= or --Content:Root=), and Path.GetFullPath("") threw instead (a stack trace).
    public string FullRoot => Root.Length == 0 ? Root : Path.GetFullPath(Root);
}
