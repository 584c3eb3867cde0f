// Does the server run a statement: the health check's probe (answering HTTP is not enough).
// @internal  run by /api/health, not listed for users
// @returns ok
RETURN 1 AS ok
