// Conveniences only; every page works without this file.
(function () {
    'use strict';
    // Folded sections (concept page): a link to a section, or to something inside one, unfolds it.
    const unfold = () => {
        const target = window.location.hash.length > 1 && document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
        if (!target) return;
        const fold = target.querySelector('details.fold') || target.closest('details.fold');
        if (fold && !fold.open) { fold.open = true; target.scrollIntoView(); }
    };
    window.addEventListener('hashchange', unfold);
    document.addEventListener('DOMContentLoaded', unfold);

    // Folded sections a reader opened stay open when they come back (Back, or reopening the tab): the open sections'
    // ids are kept in this history entry's state, which the browser restores with the entry. Restored before the
    // page's load event, so the browser's own scroll restoration lands where the reader was.
    const foldsKey = 'timkg.openFolds';
    const foldId = (fold) => fold.closest('section[id]')?.id;
    document.addEventListener('DOMContentLoaded', () => {
        const folds = [...document.querySelectorAll('details.fold')];
        if (folds.length === 0) return;
        const saved = window.history.state?.[foldsKey];
        if (Array.isArray(saved)) folds.forEach((fold) => { if (saved.includes(foldId(fold))) fold.open = true; });
        const remember = () => {
            const open = folds.filter((fold) => fold.open).map(foldId).filter(Boolean);
            try { window.history.replaceState({ ...(window.history.state || {}), [foldsKey]: open }, ''); } catch { /* state too large or blocked */ }
        };
        folds.forEach((fold) => fold.addEventListener('toggle', remember));
    });

    // Console query history: the last 20 queries run from this browser (localStorage, newest first, no duplicates).
    // Each entry refills the form and runs it again. Nothing is sent anywhere; without JavaScript there is no history.
    const historyKey = 'timkg.console.history';
    const historySize = 20;
    function readHistory() {
        try {
            const entries = JSON.parse(window.localStorage.getItem(historyKey) || '[]');
            return Array.isArray(entries) ? entries.filter((e) => e && typeof e.query === 'string').slice(0, historySize) : [];
        } catch { return []; }
    }
    function history(form, query, parameters) {
        form.addEventListener('submit', () => {
            const entry = { query: query.value, parameters: parameters.value };
            if (!entry.query.trim()) return;
            const entries = [entry, ...readHistory().filter((e) => e.query !== entry.query || e.parameters !== entry.parameters)];
            try { window.localStorage.setItem(historyKey, JSON.stringify(entries.slice(0, historySize))); } catch { /* storage full or off */ }
        });
        const entries = readHistory();
        if (entries.length === 0) return;
        const section = document.createElement('section');
        section.className = 'console-history';
        section.setAttribute('aria-labelledby', 'console-history-heading');
        const heading = document.createElement('h2');
        heading.id = 'console-history-heading';
        heading.textContent = 'Recent queries';
        const list = document.createElement('ol');
        entries.forEach((e) => {
            const item = document.createElement('li');
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'history-entry';
            button.title = 'Run this query again';
            const code = document.createElement('code');
            code.textContent = e.query;
            button.append(code);
            button.addEventListener('click', () => {
                query.value = e.query;
                parameters.value = e.parameters || '';
                form.requestSubmit();
            });
            item.append(button);
            list.append(item);
        });
        section.append(heading, list);
        form.after(section);
    }
    document.addEventListener('DOMContentLoaded', () => {
        const form = document.querySelector('form.console-form');
        if (!form) return;
        const query = form.querySelector('textarea[name="Query"]');
        const parameters = form.querySelector('textarea[name="Parameters"]');
        // Ctrl/Cmd+Enter runs the query from either textarea.
        form.addEventListener('keydown', (event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                form.requestSubmit();
            }
        });
        history(form, query, parameters);
        // Example links load the example without a round trip (they still work as plain links).
        document.querySelectorAll('a[data-example-query]').forEach((link) => {
            link.addEventListener('click', (event) => {
                event.preventDefault();
                query.value = link.dataset.exampleQuery;
                parameters.value = link.dataset.exampleParameters || '';
                query.focus();
            });
        });
    });
})();
