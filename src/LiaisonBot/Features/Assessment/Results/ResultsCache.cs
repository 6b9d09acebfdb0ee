using System.Collections.Concurrent;
using Azure.Data.Tables;
using LiaisonBot.App;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.Assessment.Results;

/// <summary>
/// The year's results as the cards read them, kept between turns: a scorecard or the ranking needs every group's row (for
/// the rank and the county average), and a busy year's rows carry every record behind their figures, megabytes for 60
/// groups. Each turn still reads the year's row and the ETags of its group rows (one partition, a projection of a few
/// bytes a group); only when any of them, or the roster, changed are the rows read again. Approved years never change,
/// so they are read once. The records behind the figures are left out of what is kept: the figure card reads its
/// group's row for them.
/// </summary>
public sealed class ResultsCache(AssessmentStore store, AssessmentResults results, RosterStore roster, Tables tables)
{
    private static readonly string[] KeyOnly = ["RowKey"];

    private readonly ConcurrentDictionary<int, Kept> kept = new();

    public async Task<YearResults?> ForYearAsync(int year, CancellationToken ct)
    {
        if (await store.FindAsync(year, ct) is not { } assessment)
        {
            kept.TryRemove(year, out _);
            return null;
        }

        var committee = await roster.GetAsync(ct);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {AssessmentEntity.Row(year)}");
        var rows = await tables[AssessmentStore.GroupTable].ListAsync<TableEntity>(filter, ct, KeyOnly);
        // A row without an ETag cannot say it is unchanged: then nothing is kept.
        var version = rows.All(r => r.ETag != default)
            ? string.Join(';', rows.Select(r => $"{r.RowKey}={r.ETag}").Prepend(assessment.ETag.ToString()))
            : null;
        if (version is null)
        {
            return await ReadAsync(year, ct);
        }

        // Turns that find the same change at once share one read of the rows instead of each making its own.
        var mine = new Kept(version, committee, new Lazy<Task<YearResults?>>(() => ReadAsync(year, CancellationToken.None)));
        var current = kept.AddOrUpdate(year, mine, (_, old) => old.Version == version && ReferenceEquals(old.Roster, committee) ? old : mine);
        try
        {
            return await current.Results.Value.WaitAsync(ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            kept.TryRemove(new KeyValuePair<int, Kept>(year, current));
            throw;
        }
    }

    /// <summary>The rows read after their versions: what is kept is never older than the versions it is kept under.</summary>
    private async Task<YearResults?> ReadAsync(int year, CancellationToken ct) =>
        await results.ForYearAsync(year, ct) is { } fresh ? fresh with { Cards = [.. fresh.Cards.Select(Lean)] } : null;

    private static Scorecard Lean(Scorecard card) => card with
    {
        Items = [.. card.Items.Select(i => i.Figure is { } f ? i with { Figure = f with { Evidence = [] } } : i)],
    };

    private sealed record Kept(string Version, Committee Roster, Lazy<Task<YearResults?>> Results);
}
