using System.Diagnostics;
using System.Globalization;

namespace LiaisonBot.Bench;

/// <summary>
/// How the CPU of one load phase was shared between the bot, Azurite and this process (the load), which share the
/// machine's cores: what a turn costs each, and how busy Azurite's single JavaScript thread was.
/// </summary>
public sealed record CpuSplit(TimeSpan Bot, TimeSpan? Storage, TimeSpan Load, TimeSpan Wall)
{
    public static async Task<(T Result, CpuSplit Cpu)> MeasureAsync<T>(BotProcess? bot, Func<Task<T>> run)
    {
        var storagePid = ProcessCpu.StoragePid;
        var self = Environment.ProcessId;
        var (bot0, storage0, load0) = (bot?.CpuTime() ?? TimeSpan.Zero, storagePid is { } s ? ProcessCpu.Of(s) : (TimeSpan?)null, ProcessCpu.Of(self));
        var clock = Stopwatch.StartNew();
        var result = await run();
        var wall = clock.Elapsed;
        return (result, new CpuSplit((bot?.CpuTime() ?? TimeSpan.Zero) - bot0, storagePid is { } p ? ProcessCpu.Of(p) - storage0 : null, ProcessCpu.Of(self) - load0, wall));
    }

    public double BotMs(double perSecond) => PerTurn(Bot, perSecond);

    public double LoadMs(double perSecond) => PerTurn(Load, perSecond);

    /// <summary>Azurite's CPU a turn, or "?" when the bench was not told its process.</summary>
    public string StorageMs(double perSecond) => Storage is { } s ? PerTurn(s, perSecond).ToString("0.00", CultureInfo.InvariantCulture) : "?";

    public string StorageBusy => Storage is { } s ? (s / Wall).ToString("0 %", CultureInfo.InvariantCulture) : "?";

    private double PerTurn(TimeSpan cpu, double perSecond) => cpu.TotalMilliseconds / (perSecond * Wall.TotalSeconds);
}
