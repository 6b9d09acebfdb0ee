namespace LiaisonBot.Bench;

/// <summary>What a kind of turn asks of storage, counted at a <see cref="StorageTap"/> in front of a warm bot.</summary>
public static class StorageRequests
{
    /// <summary>
    /// Sends <paramref name="turns"/> one after another, twice: the first pass fills what the instance caches, the second
    /// is counted. Returns the requests per turn and the kinds of request ("POST Reports", "GET Roster()") with their share.
    /// </summary>
    public static async Task<(double PerTurn, string Kinds)> PerTurnAsync(StorageTap tap, string tablePrefix, TurnLoad load, IReadOnlyList<TurnSpec> turns)
    {
        foreach (var turn in turns)
        {
            await load.SendAsync(turn);
        }

        tap.Take();
        foreach (var turn in turns)
        {
            await load.SendAsync(turn);
        }

        var requests = tap.Take();
        var kinds = requests.GroupBy(r => Kind(r, tablePrefix)).OrderByDescending(g => g.Count())
            .Select(g => $"{g.Key} {(double)g.Count() / turns.Count:0.00}");
        return ((double)requests.Count / turns.Count, string.Join(", ", kinds));
    }

    // "GET /devstoreaccount1/bt1Roster(PartitionKey='x',RowKey='y')?$select=… HTTP/1.1" → "GET Roster(…)"
    private static string Kind(string requestLine, string tablePrefix)
    {
        var parts = requestLine.Split(' ');
        var path = parts[1].Split('?')[0];
        var resource = path[(path.LastIndexOf('/') + 1)..];
        resource = resource.StartsWith(tablePrefix, StringComparison.Ordinal) ? resource[tablePrefix.Length..] : resource;
        var open = resource.IndexOf('(');
        return $"{parts[0]} {(open < 0 ? resource : resource[..open] + (resource[(open + 1)..].StartsWith(')') ? "()" : "(…)"))}";
    }
}
