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
