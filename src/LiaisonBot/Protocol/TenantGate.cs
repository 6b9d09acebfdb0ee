using Microsoft.Extensions.Options;

namespace LiaisonBot.Protocol;

/// <summary>Whether an activity, or a person's directory, belongs to a tenant the bot serves (<see cref="TenantOptions"/>).</summary>
public sealed class TenantGate(IOptions<TenantOptions> options)
{
    private readonly HashSet<Guid>? allowed = options.Value.Entries() is { Count: > 0 } entries
        ? [.. entries.Select(e => Guid.Parse(e))]
        : null;

    /// <summary>False when the setting is empty: every tenant is served (Development and tests only).</summary>
    public bool IsRestricted => allowed is not null;

    public bool Allows(string? tenantId) =>
        allowed is null || (Guid.TryParse(tenantId, out var id) && allowed.Contains(id));

    /// <summary>
    /// Teams names the tenant in <c>conversation.tenantId</c> and in <c>channelData.tenant.id</c>; both, where present,
    /// must be served, and an activity naming none is not.
    /// </summary>
    public bool Allows(Activity activity)
    {
        var named = new[] { activity.Conversation?.TenantId, activity.ChannelData?.Tenant?.Id }.Where(t => t is not null).ToList();
        return allowed is null || (named.Count > 0 && named.All(Allows));
    }

    /// <summary>The tenant an activity names, for the people it links.</summary>
    public static string? TenantOf(Activity activity) => activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id;
}
