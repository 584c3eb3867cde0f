// Every reference with what the author–date formatter needs, for in-text citations and reference entries (the whole
// corpus at once: same-author-same-year letters depend on all works).
// @internal  run by the web pages and the API, not listed for users
// @returns id, type, title, year, authors, editors, container, volume, issue, pages, publisher, place, doi, url, language, month, day, originalYear, translators, edition, genre, accessed, caseProtected
MATCH (r:Reference)
RETURN r.id AS id, r.type AS type, r.title AS title, r.year AS year, coalesce(r.authors, []) AS authors,
       coalesce(r.editors, []) AS editors, r.container AS container, r.volume AS volume, r.issue AS issue,
       r.pages AS pages, r.publisher AS publisher, r.place AS place, r.doi AS doi, r.url AS url, r.language AS language,
       r.month AS month, r.day AS day, r.originalYear AS originalYear, coalesce(r.translators, []) AS translators, r.edition AS edition,
       r.genre AS genre, r.accessed AS accessed, r.caseProtected AS caseProtected
