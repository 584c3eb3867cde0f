using System.Globalization;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Graph.Import;

/// <summary>
/// One import of a dataset at a time. Two runs of the same import at once each read the dataset's state and then wrote
/// by it: both took an empty graph for a first import and created the same ties (duplicates), or one created ties
/// while the other's clean-up deleted them, and both could report success. So a run claims the dataset on its Dataset
/// node before it reads that state, and a second run finds the claim and is refused before it writes anything.
/// </summary>
/// <remarks>
/// The claim names the run (a random token) and holds until a time on Neo4j's clock (<c>timestamp()</c>, so clients on
/// other machines agree), renewed every quarter of the lease while the run writes. Marking the dataset complete
/// releases it (<see cref="ImportStatements.Complete"/>), and so does a failure or a cancellation (<see cref="ReleaseAsync"/>).
/// A run killed outright leaves its claim to lapse after the lease (<see cref="ImportOptions.ClaimLeaseSeconds"/>); the next
/// run then takes it over and repairs the dataset, as after any interruption. The claim is read and set under the
/// Dataset node's write lock, taken first by setting a property (Neo4j's documented way to lock in Cypher): without it,
/// two runs could both read "no claim" before either wrote one.
/// </remarks>
internal sealed class ImportClaim : IAsyncDisposable
{
    private const string Claim = DatasetShape.ImportClaim, Until = DatasetShape.ImportClaimUntil;

    // The state is read under the lock, before this run changes anything; `created`: the claim made the node. The two
    // helper properties are removed in the same statement, so they are never committed.
    private const string Take =
        $"MERGE (d:{DatasetShape.Label} {{id: $id}}) ON CREATE SET d.{DatasetShape.ImportState} = 'running', d.importClaimCreated = true " +
        "SET d.importClaimLock = true " +
        $"WITH d, d.{Claim} AS held, d.{Until} AS until, timestamp() AS now, d.importClaimCreated IS NOT NULL AS created, " +
        $"d.{CommonProperties.ImportRun} IS NULL AND d.{CommonProperties.SourceFile} IS NOT NULL AS content " +
        "WITH d, held, until, now, created, content, NOT content AND (held IS NULL OR held = $token OR until < now) AS free " +
        $"SET d.{Claim} = CASE WHEN free THEN $token ELSE held END, d.{Until} = CASE WHEN free THEN now + $lease ELSE until END " +
        "REMOVE d.importClaimLock, d.importClaimCreated " +
        $"RETURN free, until - now, content, CASE WHEN created THEN null ELSE d.{DatasetShape.ImportState} END, d.{CommonProperties.ImportRun}, " +
        $"d.{DatasetShape.MeasuresWrittenAt} IS NOT NULL";

    private const string Renew =
        $"MATCH (d:{DatasetShape.Label} {{id: $id}}) WHERE d.{Claim} = $token SET d.{Until} = timestamp() + $lease RETURN count(d)";

    // A node only the claim made (no run described the dataset in it) goes with the claim.
    private const string Release =
        $"MATCH (d:{DatasetShape.Label} {{id: $id}}) WHERE d.{Claim} = $token REMOVE d.{Claim}, d.{Until} " +
        $"WITH d WHERE d.{CommonProperties.ImportRun} IS NULL AND size([(d)--() | 1]) = 0 DELETE d";

    private readonly ICypherClient _client;
    private readonly string _dataset;
    private readonly long _leaseMs;
    private readonly CancellationTokenSource _lost;
    private readonly CancellationTokenSource _stop = new();
    private Task _renewing = Task.CompletedTask;

    private ImportClaim(ICypherClient client, string dataset, TimeSpan lease, CancellationToken cancellationToken)
    {
        _client = client;
        _dataset = dataset;
        _leaseMs = (long)lease.TotalMilliseconds;
        _lost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    /// <summary>The run's token, written on the Dataset node while it holds the claim.</summary>
    public string Token { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Cancelled when the caller cancels or the claim is lost (another run took it over after it lapsed).</summary>
    public CancellationToken Held => _lost.Token;

    /// <summary>Whether a renewal found the claim taken over.</summary>
    public bool IsLost { get; private set; }

    /// <summary>The dataset as the claim found it, read under the lock.</summary>
    public DatasetState State { get; private set; } = DatasetState.None;

    /// <summary>
    /// Claims <paramref name="dataset"/> and starts renewing the claim. Throws <see cref="ImportInProgressException"/> when
    /// another run holds it; returns a claim whose <see cref="State"/> says the dataset is content's (nothing claimed) for
    /// the caller to report.
    /// </summary>
    public static async Task<ImportClaim> TakeAsync(ICypherClient client, string dataset, TimeSpan lease, CancellationToken cancellationToken)
    {
        var claim = new ImportClaim(client, dataset, lease, cancellationToken);
        var results = await client.RunAsync(
        [
            CypherStatement.Of(Take, ("id", dataset), ("token", claim.Token), ("lease", claim._leaseMs)),
            CypherStatement.Of(ImportStatements.AnyActor, ("p", Ids.Actor(dataset, ""))),
        ], cancellationToken).ConfigureAwait(false);
        var row = results[0].Rows[0];
        var anyActor = results[1].Rows.Count > 0;
        var importState = row[3] as string;
        claim.State = new DatasetState(
            Exists: importState is not null || anyActor,
            Incomplete: importState is not null && importState != "complete",
            Run: row[4] is long run ? run : null, // an older version stamped strings: start numbering afresh
            OwnedByContent: row[2] is true,
            HadMeasures: row[5] is true);
        if (row[0] is not true)
        {
            if (claim.State.OwnedByContent) return claim;
            await claim.DisposeAsync().ConfigureAwait(false);
            throw new ImportInProgressException(dataset, TimeSpan.FromMilliseconds(Math.Max(0, Convert.ToInt64(row[1], CultureInfo.InvariantCulture))));
        }
        claim._renewing = claim.RenewAsync();
        return claim;
    }

    /// <summary>Throws <see cref="ImportInProgressException"/> when a renewal found the claim taken over.</summary>
    public void ThrowIfLost()
    {
        if (IsLost) throw ImportInProgressException.TakenOver(_dataset);
    }

    /// <summary>Gives the claim up after a failure or a cancellation, so the next run need not wait for it to lapse.</summary>
    public async Task ReleaseAsync()
    {
        await StopRenewingAsync().ConfigureAwait(false);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _client.RunAsync([CypherStatement.Of(Release, ("id", _dataset), ("token", Token))], timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Neo4jException or OperationCanceledException or HttpRequestException)
        {
            // Neo4j down or gone: the claim lapses after its lease, and the run's own failure is what the caller reports.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopRenewingAsync().ConfigureAwait(false);
        _lost.Dispose();
        _stop.Dispose();
    }

    private async Task StopRenewingAsync()
    {
        if (!_stop.IsCancellationRequested) await _stop.CancelAsync().ConfigureAwait(false);
        await _renewing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    // Renews every quarter of the lease: a renewal that fails (Neo4j busy or restarting) is tried again at the next
    // tick, three more times before the claim could lapse. One that finds the claim gone stops the run.
    private async Task RenewAsync()
    {
        using var ticks = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(1, _leaseMs / 4)));
        while (await ticks.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
        {
            try
            {
                var results = await _client.RunAsync([CypherStatement.Of(Renew, ("id", _dataset), ("token", Token), ("lease", _leaseMs))], _stop.Token)
                    .ConfigureAwait(false);
                if (Convert.ToInt64(results[0].Rows[0][0], CultureInfo.InvariantCulture) == 1) continue;
                IsLost = true;
                await _lost.CancelAsync().ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (e is Neo4jException or HttpRequestException)
            {
                // Tried again at the next tick; the run's own requests meet the same trouble and report it.
            }
        }
    }
}

/// <summary>The dataset's state when an import run starts.</summary>
internal sealed record DatasetState(bool Exists, bool Incomplete, long? Run, bool OwnedByContent, bool HadMeasures)
{
    public static readonly DatasetState None = new(false, false, null, false, false);
}
