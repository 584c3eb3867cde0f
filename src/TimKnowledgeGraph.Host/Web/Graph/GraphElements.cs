namespace TimKnowledgeGraph.Host.Web.Graph;

/// <summary>Cytoscape.js elements: nodes and edges, each with a <c>data</c> object (graph.js reads href to make nodes links).</summary>
internal sealed record GraphElements(IReadOnlyList<GraphElement> Nodes, IReadOnlyList<GraphElement> Edges);

/// <summary>One node or edge; <c>Data</c> holds id, label, kind and href (nodes) or source, target and label (edges).</summary>
internal sealed record GraphElement(IReadOnlyDictionary<string, string?> Data);
