using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>
/// Two small datasets that take the import's branches (<see cref="SentCypherLintTests"/>): one untimed, one with waves,
/// dates, a directed layer that is an instance of a loaded concept, a source that is a loaded reference, and a repeated tie.
/// </summary>
internal static class LintDatasets
{
    public const string Plain = "zzq-lint-plain";

    public const string Timed = "zzq-lint-timed";

    /// <summary>Writes the untimed dataset's folder into <paramref name="data"/> and returns it.</summary>
    public static string WritePlain(TempContent data)
    {
        data.With($"{Plain}/dataset.md", $$"""
                ---
                id: {{Plain}}
                title: An untimed two-layer network (test fixture)
                layers:
                  - {id: reco, name: Economic, scale: regional, nature: economic, formality: formal}
                  - {id: rsoc, name: Social, scale: regional, nature: social, formality: informal}
                regions:
                  - {id: zzq-north, name: North}
                  - {id: zzq-south, name: South}
                ---
                """)
            .With($"{Plain}/actors.csv", "id,name,kind,region,layers\np1,P1,firm,zzq-north,reco\np2,P2,firm,zzq-south,\np3,P3,university,zzq-north,rsoc\np4,P4,person,,\n")
            .With($"{Plain}/ties.csv", "source,target,layer,resource,weight\np1,p2,reco,goods,2\np2,p3,rsoc,,1\np3,p1,reco,,\np1,p4,rsoc,advice,3\n");
        return Path.Combine(data.Root, Plain);
    }

    /// <summary>Writes the timed dataset's folder into <paramref name="data"/> and returns it.</summary>
    public static string WriteTimed(TempContent data)
    {
        data.With($"{Timed}/dataset.md", $$"""
                ---
                id: {{Timed}}
                title: A timed network with a directed layer (test fixture)
                source: source-book
                layers:
                  - {id: advice, name: Advice, nature: epistemic, directed: true, instance_of: epistemic-networks}
                  - {id: trade, name: Trade, nature: economic}
                regions:
                  - {id: zzq-r1, name: Region one}
                waves:
                  - {id: w1, name: First survey}
                  - w2
                ---
                """)
            .With($"{Timed}/actors.csv", "id,name,kind,region,layers,from,to,wave\na,A,firm,zzq-r1,trade,2005,,\nb,B,firm,zzq-r1,advice,,,w1\n" +
                "c,C,university,,advice,,,w2\nd,D,person,,,,,\n")
            .With($"{Timed}/ties.csv", "source,target,layer,resource,weight,from,to,wave\na,b,trade,goods,2,2007,2009,\na,b,trade,goods,1,2011-03-01,,\n" +
                "b,c,advice,,,,,w1\nc,b,advice,,,,,w2\na,d,trade,,,,,\nd,c,advice,,,2008,,\na,d,trade,,,,,\n");
        return Path.Combine(data.Root, Timed);
    }

    /// <summary>Removes an actor and every tie it is an end of (the files are ours: plain fields, no quotes).</summary>
    public static void DropActor(string folder, string actor)
    {
        Keep(Path.Combine(folder, "actors.csv"), fields => fields[0] != actor);
        Keep(Path.Combine(folder, "ties.csv"), fields => fields[0] != actor && fields[1] != actor);
    }

    private static void Keep(string path, Func<string[], bool> keep) =>
        File.WriteAllLines(path, File.ReadAllLines(path).Where(line => keep(line.Split(','))));
}
