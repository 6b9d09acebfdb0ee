using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using LiaisonBot.Storage;
using Microsoft.Extensions.Options;

namespace LiaisonBot.App;

/// <summary>
/// Keeps the roster as immutable versions: an import writes a whole new version, then flips the pointer row, so readers
/// see the old roster or the new one, never a mix. Every instance caches the current version and re-checks the pointer
/// (one point read) at most every <see cref="RosterOptions.RecheckAfter"/>.
/// </summary>
public sealed class RosterStore(Tables tables, TimeProvider clock, IOptions<RosterOptions> options)
{
    public const string Table = "Roster";

    private readonly SemaphoreSlim refresh = new(1, 1);
    private volatile Cached? cached;

    private TableClient Rows => tables[Table];

    public async Task<Committee> GetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var known = cached;
        if (known is not null && now - known.CheckedAt < options.Value.RecheckAfter)
        {
            return known.Roster;
        }

        // One caller re-checks; everyone else keeps answering from the roster they have rather than queueing behind it.
        if (known is not null && !await refresh.WaitAsync(0, ct))
        {
            return known.Roster;
        }

        if (known is null)
        {
            await refresh.WaitAsync(ct);
        }

        try
        {
            if (cached is { } again && now - again.CheckedAt < options.Value.RecheckAfter)
            {
                return again.Roster;
            }

            var pointer = await ReadPointerAsync(ct);
            var roster = pointer is null ? Committee.Empty
                : cached?.Version == pointer.Version ? cached.Roster
                : await LoadAsync(pointer.Version, ct);
            cached = new Cached(pointer?.Version, roster, now);
            return roster;
        }
        finally
        {
            refresh.Release();
        }
    }

    /// <summary>Makes <paramref name="roster"/> current, unless it equals the current one (then nothing is written).</summary>
    public async Task<bool> SaveAsync(Committee roster, CancellationToken ct)
    {
        var pointer = await ReadPointerAsync(ct);
        var hash = Hash(roster);
        if (pointer?.ContentHash == hash)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var version = "v" + Keys.NewestFirst(now);
        var rows = roster.Groups.Select(g => RosterRowEntity.From(version, g))
            .Concat(roster.Members.Select(m => RosterRowEntity.From(version, m)))
            .Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e))
            .ToList();
        await Rows.SubmitCheckedAsync(rows, ct);

        var next = new RosterPointerEntity
        {
            Version = version,
            ContentHash = hash,
            ImportedAt = now,
            GroupCount = roster.Groups.Count,
            MemberCount = roster.Members.Count,
        };
        if (pointer is null)
        {
            await Rows.AddCheckedAsync(next, ct); // 409 if another import created it first: that import wins
        }
        else
        {
            await Rows.UpdateCheckedAsync(next, pointer.ETag, ct); // 412 if another import flipped it first
            await DeleteVersionAsync(pointer.Version, ct);
        }

        cached = new Cached(version, roster, now);
        return true;
    }

    private async Task<RosterPointerEntity?> ReadPointerAsync(CancellationToken ct)
    {
        var response = await Rows.GetEntityIfExistsAsync<RosterPointerEntity>(RosterPointerEntity.Partition, RosterPointerEntity.Row, cancellationToken: ct);
        return response.HasValue ? response.Value : null;
    }

    private async Task<Committee> LoadAsync(string version, CancellationToken ct)
    {
        var groups = new List<Group>();
        var members = new List<Member>();
        await foreach (var row in Rows.QueryAsync<RosterRowEntity>(e => e.PartitionKey == version, cancellationToken: ct))
        {
            if (row.IsGroup)
            {
                groups.Add(row.ToGroup());
            }
            else
            {
                members.Add(row.ToMember());
            }
        }

        return new Committee(groups, members);
    }

    /// <summary>Old versions are no longer read once the pointer moved; removing them is tidy-up, not correctness.</summary>
    private async Task DeleteVersionAsync(string version, CancellationToken ct)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in Rows.QueryAsync<TableEntity>(e => e.PartitionKey == version, select: ["PartitionKey", "RowKey"], cancellationToken: ct))
        {
            rows.Add(row);
        }

        await Rows.DeleteAllAsync(rows, ct);
    }

    private static string Hash(Committee roster)
    {
        var text = new StringBuilder();
        foreach (var g in roster.Groups)
        {
            text.Append("g|").Append(g.Code).Append('|').Append(g.Name).Append('|').Append(g.Kind).Append('\n');
        }

        foreach (var m in roster.Members)
        {
            text.Append("m|").Append(m.Code).Append('|').Append(m.Name).Append('|').Append(m.GroupCode).Append('|')
                .Append(RoleNames.Format(m.Roles)).Append('|').Append(m.Email).Append('|').Append(m.AadObjectId).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private sealed record Cached(string? Version, Committee Roster, DateTimeOffset CheckedAt);
}
