using System.Runtime.CompilerServices;

// The wire format (request writer, response reader) is internal; its unit tests read real Neo4j bodies directly.
[assembly: InternalsVisibleTo("TimKnowledgeGraph.Tests")]
