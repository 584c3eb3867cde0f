// The lineage of a concept as a layered directed graph (dagre): origins above, what grew out of them below, ranked by
// the year each node was introduced where a work gives it. Labels sit inside their nodes, each node as wide as its
// wrapped label, so dagre's spacing keeps labels apart. Checkboxes filter by node type and by relation.
// Loaded before graph.js, which calls window.timkgLineage.draw for .graph-view[data-graph-layout=lineage].
(function () {
    'use strict';
    if (typeof window.cytoscape !== 'function') return;

    const font = '11px system-ui, sans-serif';
    const maxLabelWidth = 150, lineHeight = 14, padX = 10, padY = 8;
    const colours = { Centre: '#123f55', Concept: '#1d5b79', Proposition: '#6b3fa0', Critique: '#a1352b', Reference: '#8a6d1f' };
    const relations = { DERIVED_FROM: 'derived from', IS_A: 'is a kind of', MEMBER_OF: 'member of', MOTIVATED_BY: 'motivated by' };

    // Word-wraps a label the way Cytoscape's text-wrap: wrap does (at spaces, within maxLabelWidth) and measures it.
    const canvas = document.createElement('canvas').getContext('2d');
    function measure(text) {
        canvas.font = font;
        const lines = [];
        let line = '';
        text.split(/\s+/).forEach((word) => {
            const next = line ? line + ' ' + word : word;
            if (line && canvas.measureText(next).width > maxLabelWidth) { lines.push(line); line = word; } else line = next;
        });
        if (line) lines.push(line);
        const width = Math.max(...lines.map((l) => canvas.measureText(l).width), 20);
        return { width: Math.ceil(width) + 2 * padX, height: lines.length * lineHeight + 2 * padY };
    }

    function checkboxes(legend, title, values, names, onChange) {
        const group = document.createElement('fieldset');
        const caption = document.createElement('legend');
        caption.textContent = title;
        group.append(caption);
        values.forEach((value) => {
            const label = document.createElement('label');
            const box = document.createElement('input');
            box.type = 'checkbox';
            box.checked = true;
            box.value = value;
            box.addEventListener('change', onChange);
            label.append(box, document.createTextNode(' ' + (names[value] || value)));
            group.append(label);
        });
        legend.append(group);
        return group;
    }

    async function draw(container) {
        const response = await fetch(container.dataset.graphSrc, { headers: { Accept: 'application/json' } });
        if (!response.ok) return;
        const data = await response.json();
        if (!data.nodes || data.nodes.length < 2) return;
        // The year of introduction, where known, follows the name so the order in time can be read off the drawing.
        data.nodes.forEach((n) => {
            n.data.display = n.data.year ? n.data.label + ' (' + n.data.year + ')' : n.data.label;
            Object.assign(n.data, measure(n.data.display));
        });
        // Rank in time: an edge spans as many ranks as distinct introduction years lie between its ends (at least one).
        const years = [...new Set(data.nodes.map((n) => Number(n.data.year)).filter((y) => y > 0))].sort((a, b) => a - b);
        const yearOf = new Map(data.nodes.map((n) => [n.data.id, Number(n.data.year) || null]));
        const rankGap = (edge) => {
            const from = yearOf.get(edge.data('source')), to = yearOf.get(edge.data('target'));
            return from && to && to > from ? Math.max(1, years.indexOf(to) - years.indexOf(from)) : 1;
        };
        container.classList.add('graph-ready', 'lineage-graph');
        const dagre = typeof window.cytoscapeDagre === 'function';
        const cy = window.cytoscape({
            container: container,
            elements: { nodes: data.nodes, edges: data.edges },
            minZoom: 0.3,
            maxZoom: 2.5,
            style: [
                {
                    selector: 'node', style: {
                        'shape': 'round-rectangle', 'width': 'data(width)', 'height': 'data(height)',
                        'background-color': (n) => colours[n.data('kind')] || '#6b7179',
                        'label': 'data(display)', 'color': '#ffffff', 'font-family': 'system-ui, sans-serif', 'font-size': 11,
                        'text-valign': 'center', 'text-halign': 'center', 'text-wrap': 'wrap', 'text-max-width': maxLabelWidth,
                        'line-height': lineHeight / 11
                    }
                },
                { selector: 'node[kind = "Centre"]', style: { 'font-weight': 'bold', 'border-width': 3, 'border-color': '#c2410c' } },
                {
                    selector: 'edge', style: {
                        'width': 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': '#8b9199',
                        'target-arrow-color': '#8b9199'
                    }
                },
                { selector: 'edge[label = "MOTIVATED_BY"]', style: { 'line-style': 'dashed' } },
                { selector: 'edge[label = "IS_A"], edge[label = "MEMBER_OF"]', style: { 'line-style': 'dotted' } },
                { selector: '.filtered', style: { 'display': 'none' } }
            ]
        });
        const layout = () => cy.elements(':visible').layout(dagre
            ? { name: 'dagre', rankDir: 'TB', nodeSep: 24, rankSep: 46, edgeSep: 12, minLen: rankGap, padding: 20, animate: false, fit: true }
            : { name: 'breadthfirst', directed: true, padding: 20, spacingFactor: 1.4, animate: false }).run();
        layout();
        cy.on('tap', 'node', (event) => { const href = event.target.data('href'); if (href) window.location.assign(href); });
        cy.on('mouseover', 'node', () => { container.classList.add('pointing'); });
        cy.on('mouseout', 'node', () => { container.classList.remove('pointing'); });

        // Filters: a node shows when its type is ticked and it still joins the concept by a ticked relation.
        const controls = document.createElement('div');
        controls.className = 'graph-filters';
        const kinds = [...new Set(cy.nodes('[kind != "Centre"]').map((n) => n.data('kind')))];
        const rels = [...new Set(cy.edges().map((e) => e.data('label')))];
        const apply = () => {
            const shownKinds = new Set([...controls.querySelectorAll('.kinds input:checked')].map((b) => b.value));
            const shownRels = new Set([...controls.querySelectorAll('.relations input:checked')].map((b) => b.value));
            cy.batch(() => {
                const centre = cy.nodes('[kind = "Centre"]');
                const nodes = cy.nodes().filter((n) => n.same(centre) || shownKinds.has(n.data('kind')));
                const edges = cy.edges().filter((e) => shownRels.has(e.data('label')) && nodes.has(e.source()) && nodes.has(e.target()));
                // Keep only what still joins the concept through shown nodes and relations (either direction).
                const reached = nodes.union(edges).breadthFirstSearch({ roots: centre, directed: false }).path.nodes();
                cy.elements().addClass('filtered');
                reached.removeClass('filtered');
                edges.filter((e) => reached.has(e.source()) && reached.has(e.target())).removeClass('filtered');
            });
            layout();
        };
        const kindGroup = checkboxes(controls, 'Show types', kinds, {}, apply);
        kindGroup.classList.add('kinds');
        const relGroup = checkboxes(controls, 'Show relations', rels, relations, apply);
        relGroup.classList.add('relations');
        container.before(controls);
        window.timkgGraphs = window.timkgGraphs || {};
        window.timkgGraphs[container.id] = cy;
        container.dataset.graphState = 'drawn';
    }

    window.timkgLineage = { draw: draw };
})();
