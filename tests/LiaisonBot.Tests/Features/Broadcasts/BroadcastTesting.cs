namespace LiaisonBot.Tests.Features.Broadcasts;

/// <summary>Settings that make the outbox and its hooks (the status card) quick enough for tests.</summary>
public static class BroadcastTesting
{
    public static readonly Dictionary<string, string?> Settings = new()
    {
        ["Outbox:HookInterval"] = "00:00:00.200",
        ["Outbox:PollInterval"] = "00:00:00.050",
        ["Outbox:CancelCheckInterval"] = "00:00:00.100",
        ["Outbox:RetryBaseDelay"] = "00:00:00.050",
        ["Outbox:AppRatePerSecond"] = "500",
    };
}
