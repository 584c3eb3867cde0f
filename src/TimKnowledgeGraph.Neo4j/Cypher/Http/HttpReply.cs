namespace TimKnowledgeGraph.Neo4j.Cypher.Http;

/// <summary>A parsed response body and the <c>Location</c> header (the URL of a newly opened transaction).</summary>
internal readonly record struct HttpReply<T>(T Body, Uri? Location);
