namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>Seconds spent per phase: degree, participation, structural holes and brokerage (local), and betweenness.</summary>
public sealed record MeasureTimings(double LocalSeconds, double BetweennessSeconds);
