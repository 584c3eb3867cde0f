using System.ComponentModel.DataAnnotations;

namespace TimKnowledgeGraph.Graph.Loading;

/// <summary>Where the content lives. Bound from the <c>Content</c> configuration section.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>The content folder (notes, references, networks). Relative paths are resolved against the working directory.</summary>
    [Required] public string Root { get; set; } = "content";

    public string FullRoot => Path.GetFullPath(Root);
}
