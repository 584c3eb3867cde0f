// Graph views, as an enhancement: each .graph-view[data-graph-src] fetches Cytoscape.js elements and draws them.
// Selecting a node opens its page. Without JavaScript, or without Cytoscape, the page's lists and tables carry
// the same nodes and links, so nothing is lost.
(function () {
    'use strict';
    if (typeof window.cytoscape !== 'function') return;

    const layerPalette = ['#1d5b79', '#a1352b', '#2f6f3e', '#8a6d1f', '#6b3fa0', '#0f766e', '#b45309', '#475569'];
    const kindColours = {
        Centre: '#123f55', Concept: '#1d5b79', Critique: '#a1352b', Proposition: '#6b3fa0', Reference: '#8a6d1f',
        Author: '#475569', Network: '#0f766e', Dataset: '#0f766e', Actor: '#1d5b79'
    };

    function layerColour(edge) {
        const index = Number(edge.data('layerIndex'));
        return Number.isInteger(index) && index >= 0 ? layerPalette[index % layerPalette.length] : '#9aa3ab';
    }

    async function draw(container) {
        const response = await fetch(container.dataset.graphSrc, { headers: { Accept: 'application/json' } });
        if (!response.ok) return;
        const data = await response.json();
        if (!data.nodes || data.nodes.length === 0) return;
        // Shown only now: without this script the empty container stays hidden.
        container.classList.add('graph-ready');
        const cy = window.cytoscape({
            container: container,
            elements: { nodes: data.nodes, edges: data.edges },
            minZoom: 0.3,
            maxZoom: 2.5,
            style: [
                {
                    selector: 'node', style: {
                        'label': 'data(label)', 'font-family': 'system-ui, sans-serif', 'font-size': 11, 'color': '#1f2328',
                        'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'wrap', 'text-max-width': 120,
                        'background-color': (n) => kindColours[n.data('kind')] || '#6b7179', 'width': 18, 'height': 18
                    }
                },
                { selector: 'node[kind = "Centre"]', style: { 'width': 30, 'height': 30, 'font-size': 13, 'font-weight': 'bold' } },
                { selector: 'node[kind = "Critique"]', style: { 'shape': 'diamond' } },
                { selector: 'node[kind = "Reference"]', style: { 'shape': 'round-rectangle' } },
                {
                    selector: 'edge', style: {
                        'width': 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8,
                        'line-color': layerColour, 'target-arrow-color': layerColour, 'opacity': 0.8,
                        'label': 'data(label)', 'font-size': 8, 'color': '#6b7179', 'text-rotation': 'autorotate',
                        'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 1
                    }
                },
                { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#c2410c' } }
            ],
            layout: { name: 'cose', animate: false, padding: 24, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 }
        });
        cy.on('tap', 'node', (event) => {
            const href = event.target.data('href');
            if (href) window.location.assign(href);
        });
        cy.on('mouseover', 'node', (event) => { if (event.target.data('href')) container.style.cursor = 'pointer'; });
        cy.on('mouseout', 'node', () => { container.style.cursor = ''; });
    }

    document.querySelectorAll('.graph-view[data-graph-src]').forEach((container) => { draw(container); });
})();
