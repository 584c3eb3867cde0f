// Graph views, as an enhancement: each .graph-view[data-graph-src] fetches Cytoscape.js elements and draws them,
// with a legend. Selecting a node opens its page. Without JavaScript, or without Cytoscape, the page's lists and
// tables carry the same nodes and links, so nothing is lost.
(function () {
    'use strict';
    if (typeof window.cytoscape !== 'function') return;

    const layerPalette = ['#1d5b79', '#a1352b', '#2f6f3e', '#b45309', '#6b3fa0', '#0f766e', '#8a6d1f', '#475569', '#be185d', '#4d7c0f'];
    const kinds = {
        Centre: { colour: '#123f55', name: 'This concept', rank: 4 },
        Concept: { colour: '#1d5b79', name: 'Concept', rank: 3 },
        Proposition: { colour: '#6b3fa0', name: 'Proposition', rank: 3 },
        Critique: { colour: '#a1352b', name: 'Critique', rank: 2 },
        Network: { colour: '#0f766e', name: 'Network layer', rank: 2 },
        Reference: { colour: '#8a6d1f', name: 'Reference', rank: 1 },
        Actor: { colour: '#1d5b79', name: 'Actor', rank: 1 },
        Author: { colour: '#475569', name: 'Author', rank: 1 },
        Dataset: { colour: '#0f766e', name: 'Dataset', rank: 1 },
        Evidence: { colour: '#b45309', name: 'Evidence', rank: 1 }
    };
    const kindOf = (node) => kinds[node.data('kind')] || { colour: '#6b7179', name: node.data('kind'), rank: 0 };
    const layerColour = (edge) => {
        const index = Number(edge.data('layerIndex'));
        return Number.isInteger(index) && index >= 0 ? layerPalette[index % layerPalette.length] : '#b4b9bf';
    };

    // The legend is built with DOM calls (no HTML strings, no inline style attributes: colours go through CSSOM).
    function legend(container, entries) {
        const list = document.createElement('ul');
        list.className = 'graph-legend';
        list.setAttribute('aria-hidden', 'true');
        entries.forEach(([colour, text]) => {
            const item = document.createElement('li');
            const swatch = document.createElement('span');
            swatch.className = 'swatch';
            swatch.style.backgroundColor = colour;
            item.append(swatch, document.createTextNode(text));
            list.append(item);
        });
        container.after(list);
    }

    // Elements come from data-graph-src (fetched) or, for a page that already holds them (the console's result), from
    // the JSON block named by data-graph-json: a <script type="application/json">, which the CSP lets be as it is data.
    async function elements(container) {
        if (container.dataset.graphJson) {
            const block = document.getElementById(container.dataset.graphJson);
            try { return block ? JSON.parse(block.textContent) : null; } catch { return null; }
        }
        const response = await fetch(container.dataset.graphSrc, { headers: { Accept: 'application/json' } });
        return response.ok ? response.json() : null;
    }

    async function draw(container) {
        const data = await elements(container);
        if (!data || !data.nodes || data.nodes.length === 0) return;
        // Free-form graphs (the console) are laid out by force, like actor networks, and their edges say their type.
        const freeForm = container.dataset.graphLayout === 'force';
        const network = freeForm || data.nodes.every((n) => n.data.kind === 'Actor');
        // Shown only now: without this script the empty container stays hidden.
        container.classList.add('graph-ready');
        const cy = window.cytoscape({
            container: container,
            elements: { nodes: data.nodes, edges: data.edges },
            minZoom: 0.3,
            maxZoom: 3,
            style: [
                {
                    selector: 'node', style: {
                        'label': 'data(label)', 'font-family': 'system-ui, sans-serif', 'font-size': 10, 'color': '#1f2328',
                        'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': 110,
                        'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': 1,
                        'min-zoomed-font-size': 7,
                        'background-color': (n) => kindOf(n).colour, 'width': 16, 'height': 16
                    }
                },
                { selector: 'node[kind = "Centre"]', style: { 'width': 34, 'height': 34, 'font-size': 14, 'font-weight': 'bold', 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 6, 'text-margin-y': 0 } },
                { selector: 'node[kind = "Critique"]', style: { 'shape': 'diamond' } },
                { selector: 'node[kind = "Reference"]', style: { 'shape': 'round-rectangle', 'width': 12, 'height': 12 } },
                {
                    selector: 'edge', style: {
                        'width': network ? 2 : 1, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.7,
                        'line-color': layerColour, 'target-arrow-color': layerColour, 'opacity': network ? 0.85 : 0.45
                    }
                },
                ...(freeForm ? [{ selector: 'edge[label]', style: { 'label': 'data(label)', 'font-size': 8, 'color': '#4b5563', 'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8 } }] : []),
                { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#c2410c' } }
            ],
            layout: network
                ? { name: 'cose', animate: false, padding: 30, nodeRepulsion: () => 600000, idealEdgeLength: () => 90, gravity: 0.4, numIter: 2000 }
                : { name: 'concentric', animate: false, padding: 30, minNodeSpacing: 14, concentric: (n) => kindOf(n).rank, levelWidth: () => 1 }
        });
        // A console result of a few dozen nodes fits its box at a zoom near 0.5, where 10px captions fell under the
        // minimum drawn size and vanished (bare dots). As Neo4j Browser keeps captions readable, free-form graphs keep
        // theirs at about 10px on screen whatever the zoom (up to 2.5 times the drawn size).
        if (freeForm) {
            const readable = () => {
                const scale = Math.min(2.5, Math.max(1, 1 / cy.zoom()));
                cy.style().selector('node').style({ 'font-size': 10 * scale, 'text-max-width': 110 * scale, 'min-zoomed-font-size': 0 }).update();
            };
            readable();
            cy.on('zoom', readable);
        }
        cy.on('tap', 'node', (event) => {
            const href = event.target.data('href');
            if (href) window.location.assign(href);
        });
        cy.on('mouseover', 'node', (event) => { if (event.target.data('href')) container.classList.add('pointing'); });
        cy.on('mouseout', 'node', () => { container.classList.remove('pointing'); });

        window.timkgGraphs[container.id || 'graph-' + Object.keys(window.timkgGraphs).length] = cy;
        container.dataset.graphState = 'drawn';
        container.dataset.drawnNodes = String(cy.nodes().length);
        container.dataset.drawnEdges = String(cy.edges().length);

        if (freeForm) {
            const present = new Map();
            cy.nodes().forEach((n) => present.set(n.data('kind') || 'Node', kindOf(n).colour));
            legend(container, [...present].map(([kind, colour]) => [colour, kind]));
        } else if (network) {
            const layers = new Map();
            cy.edges().forEach((e) => layers.set(e.data('label'), layerColour(e)));
            legend(container, [...layers].map(([name, colour]) => [colour, name]));
        } else {
            const present = new Set(cy.nodes().map((n) => n.data('kind')));
            legend(container, Object.entries(kinds).filter(([kind]) => present.has(kind)).map(([, k]) => [k.colour, k.name]));
        }
    }

    // Drawn graphs by container id, so browser tests can read node positions and label boxes.
    window.timkgGraphs = window.timkgGraphs || {};

    // A graph inside a folded section is drawn when the section first opens: Cytoscape cannot lay out in a hidden box.
    document.querySelectorAll('.graph-view[data-graph-src], .graph-view[data-graph-json]').forEach((container) => {
        const render = () => (container.dataset.graphLayout === 'lineage' ? window.timkgLineage.draw(container) : draw(container));
        const fold = container.closest('details');
        if (!fold || fold.open) { render(); return; }
        fold.addEventListener('toggle', () => { if (fold.open && !container.dataset.graphState) { container.dataset.graphState = 'drawing'; render(); } });
    });
})();
