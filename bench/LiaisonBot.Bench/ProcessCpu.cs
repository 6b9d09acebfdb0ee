namespace LiaisonBot.Bench;

/// <summary>CPU time a process has used so far (user + system), read from /proc/PID/stat.</summary>
public static class ProcessCpu
{
    /// <summary>Azurite's table service, whose process id scripts/bench.sh passes on: storage's share of the two cores.</summary>
    public static int? StoragePid =>
        int.TryParse(Environment.GetEnvironmentVariable("BENCH_STORAGE_PID"), out var pid) && File.Exists($"/proc/{pid}/stat") ? pid : null;

    public static TimeSpan Of(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11]) + long.Parse(fields[12]); // utime, stime (fields 14 and 15 of the line)
        return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ is 100 on Linux
    }
}
