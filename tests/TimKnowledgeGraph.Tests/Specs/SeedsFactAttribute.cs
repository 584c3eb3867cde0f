using System.Runtime.CompilerServices;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Specs;

/// <summary>A fact that needs the seed texts: skipped outside CI when they are missing, run (and failing) under CI (<see cref="SkipPolicy"/>).</summary>
public sealed class SeedsFactAttribute : FactAttribute
{
    public SeedsFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber) =>
        SkipPolicy.Apply(this, SourceTexts.Available ? null : $"The source texts are not in {SourceTexts.Folder} (shared/seeds beside the repository)");
}
