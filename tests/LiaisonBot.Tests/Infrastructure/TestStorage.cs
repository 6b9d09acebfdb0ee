namespace LiaisonBot.Tests.Infrastructure;

/// <summary>The Azurite that scripts/test.sh starts. Each user of it gets its own table prefix, so tests never share state.</summary>
public static class TestStorage
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("LIAISONBOT_TEST_STORAGE") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "LIAISONBOT_TEST_STORAGE is not set: run the tests with scripts/test.sh, which starts Azurite for them.");

    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..10];

    public static Dictionary<string, string?> Settings(string prefix) => new()
    {
        ["Storage:ConnectionString"] = ConnectionString,
        ["Storage:TablePrefix"] = prefix,
        ["Roster:RecheckAfter"] = "00:00:00",
    };
}
