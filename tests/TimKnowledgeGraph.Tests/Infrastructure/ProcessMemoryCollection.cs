namespace TimKnowledgeGraph.Tests.Infrastructure;

/// <summary>
/// Tests that measure the whole process's managed heap (<see cref="GC.GetTotalMemory(bool)"/>) run alone, after the
/// parallel ones: what other test classes hold at that moment would otherwise count as theirs (a fresh-clone CI run
/// failed <c>NetworkReaderTests.ShouldReadManyTiesInConstantMemory</c> once that way, and passed it in six others).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessMemoryCollection
{
    public const string Name = "process memory";
}
