namespace TimKnowledgeGraph.Domain.Content.Validation;

/// <summary>How derived node ids are made (content/README.md, "Ids").</summary>
public static class Ids
{
    /// <summary>A layer's Network id: <c>&lt;dataset&gt;/&lt;layer&gt;</c>.</summary>
    public static string Network(string dataset, string layer) => $"{dataset}/{layer}";

    /// <summary>An actor's id: <c>&lt;dataset&gt;/&lt;actor&gt;</c>, since actor ids in CSV/GraphML are local labels.</summary>
    public static string Actor(string dataset, string actor) => $"{dataset}/{actor}";

    /// <summary>An evidence item's default id: <c>&lt;note&gt;/evidence-&lt;n&gt;</c>, n from 1 in file order.</summary>
    public static string Evidence(string note, int number) => $"{note}/evidence-{number}";
}
