// Independent figures for the network queries, computed with graphology (not Cypher) from the fixture JSON files.
// Usage (from this folder): npm ci && node compute.mjs ../multiplex.json ../markusen.json
// Writes ../expected/<dataset>.json, which NetworkFigureTests compares with the Cypher queries' output (tolerance 1e-9).
// The conventions are the queries' own (see the headers of cypher/layer-overlap.cypher, multiplex-participation.cypher,
// brokers.cypher): each layer is an undirected SIMPLE graph (graphology UndirectedGraph: parallel ties merged, self-loops
// dropped); a layer's actors are the ends of its ties plus the actors listed in it (= PARTICIPATES_IN).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import Graph from 'graphology';

// Versions as installed (package.json files read directly: graphology's "exports" map hides them from require).
const installed = name => JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
const versions = { node: process.version, graphology: installed('graphology') };

function layerGraphs(net) {
  const graphs = new Map(net.layers.map(l => [l.id, new Graph({ type: 'undirected', multi: false, allowSelfLoops: false })]));
  for (const a of net.actors) for (const l of a.layers ?? []) graphs.get(l).mergeNode(a.id);
  for (const t of net.ties) {
    const g = graphs.get(t.layer);
    g.mergeNode(t.source); g.mergeNode(t.target);
    if (t.source !== t.target) g.mergeEdge(t.source, t.target);
  }
  return graphs;
}

const jaccard = (a, b) => {
  const both = [...a].filter(x => b.has(x)).length;
  const either = new Set([...a, ...b]).size;
  return { both, either, value: either === 0 ? 0 : both / either };
};
const pairKey = (g, e) => [g.source(e), g.target(e)].sort().join('\u0000');

function compute(net) {
  const graphs = layerGraphs(net);
  const ids = [...graphs.keys()].sort();
  const overlap = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
    const [A, B] = [graphs.get(ids[i]), graphs.get(ids[j])];
    const actors = jaccard(new Set(A.nodes()), new Set(B.nodes()));
    const pairs = jaccard(new Set(A.edges().map(e => pairKey(A, e))), new Set(B.edges().map(e => pairKey(B, e))));
    overlap.push({ layerA: ids[i], layerB: ids[j], actorsBoth: actors.both, actorsEither: actors.either, actorJaccard: actors.value,
      pairsBoth: pairs.both, pairsEither: pairs.either, tieJaccard: pairs.value });
  }
  const M = ids.length;
  const actorIds = [...new Set(ids.flatMap(id => graphs.get(id).nodes()))].sort();
  const participation = actorIds.map(id => {
    const degrees = ids.map(l => ({ layer: l, degree: graphs.get(l).hasNode(id) ? graphs.get(l).degree(id) : 0 }));
    const o = degrees.reduce((s, d) => s + d.degree, 0);
    const P = o === 0 || M < 2 ? 0 : (M / (M - 1)) * (1 - degrees.reduce((s, d) => s + (d.degree / o) ** 2, 0));
    const all = new Set(ids.flatMap(l => graphs.get(l).hasNode(id) ? graphs.get(l).neighbors(id) : []));
    return { actorId: id, degrees, overlappingDegree: o, aggregateDegree: all.size, participation: P };
  });
  // Brokers: classes = scale-nature of layers where the actor has degree > 0; brokered pairs = pairs of neighbours from
  // two different classes, not adjacent in the union of all layers.
  const union = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const g of graphs.values()) g.forEachEdge((e, a, s, t) => { union.mergeNode(s); union.mergeNode(t); union.mergeEdge(s, t); });
  const layerClass = new Map(net.layers.map(l => [l.id, `${l.scale}-${l.nature}`]));
  const brokers = [];
  for (const id of actorIds) {
    const byClass = new Map();
    for (const l of ids) {
      const g = graphs.get(l);
      if (!g.hasNode(id) || g.degree(id) === 0) continue;
      const c = layerClass.get(l);
      if (!byClass.has(c)) byClass.set(c, new Set());
      g.forEachNeighbor(id, n => byClass.get(c).add(n));
    }
    if (byClass.size < 2) continue;
    const classes = [...byClass.keys()].sort();
    const pairs = new Set();
    for (let i = 0; i < classes.length; i++) for (let j = i + 1; j < classes.length; j++)
      for (const u of byClass.get(classes[i])) for (const v of byClass.get(classes[j]))
        if (u !== v && !union.hasEdge(u, v)) pairs.add([u, v].sort().join('\u0000'));
    brokers.push({ actorId: id, classCount: classes.length, classes, brokeredPairs: pairs.size });
  }
  brokers.sort((a, b) => b.classCount - a.classCount || b.brokeredPairs - a.brokeredPairs || (a.actorId < b.actorId ? -1 : 1));
  return { dataset: net.dataset.id, overlap, participation, brokers };
}

mkdirSync(new URL('../expected/', import.meta.url), { recursive: true });
for (const file of process.argv.slice(2)) {
  const net = JSON.parse(readFileSync(file, 'utf8'));
  const result = { producedBy: `node compute.mjs ${file}`, versions, ...compute(net) };
  const out = new URL(`../expected/${net.dataset.id}.json`, import.meta.url);
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  console.log(`wrote ${out.pathname}`);
}
