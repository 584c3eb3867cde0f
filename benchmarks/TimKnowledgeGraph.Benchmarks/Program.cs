using TimKnowledgeGraph.Benchmarks;

return await BenchmarkCommands.RunAsync(args);
