using System.Diagnostics;
using Azure.Data.Tables;

namespace LiaisonBot.Bench;

/// <summary>Azurite's own rate for single-entity upserts from one process: the ceiling the bot is measured against.</summary>
public static class AzuriteRaw
{
    public static async Task<(double PerSecond, double P99Ms, double MaxMs)> UpsertsPerSecondAsync(string connection, int workers, TimeSpan duration)
    {
        var table = new TableServiceClient(connection).GetTableClient("benchraw" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();
        try
        {
            for (var i = 0; i < 200; i++)
            {
                await table.UpsertEntityAsync(Entity("warm", i)); // connections and JIT warm before timing
            }

            var stop = Stopwatch.StartNew();
            var latencies = await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
            {
                var times = new List<double>();
                while (stop.Elapsed < duration)
                {
                    var started = stop.Elapsed;
                    await table.UpsertEntityAsync(Entity($"w{w}", times.Count));
                    times.Add((stop.Elapsed - started).TotalMilliseconds);
                }

                return times;
            }));
            var all = latencies.SelectMany(l => l).Order().ToArray();
            return (all.Length / stop.Elapsed.TotalSeconds, all[(int)(all.Length * 0.99)], all[^1]);
        }
        finally
        {
            await table.DeleteAsync();
        }
    }

    /// <summary>About the size of a real report: the comparison is like for like.</summary>
    private static TableEntity Entity(string partition, int n) => new(partition, n.ToString("D8"))
    {
        ["Title"] = "赴城关镇调研农村养老服务",
        ["Description"] = "走访三个村的养老服务站，听取村干部和老人意见。",
        ["Kind"] = "Research",
        ["WorkYear"] = 2026,
        ["ActivityDate"] = DateTimeOffset.UtcNow,
    };
}
