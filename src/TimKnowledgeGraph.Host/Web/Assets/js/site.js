// Conveniences only; every page works without this file.
(function () {
    'use strict';
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
