namespace LiaisonBot.Protocol;

/// <summary>
/// Section <c>Bot</c>: which Microsoft 365 tenants the bot serves. A multi-tenant registration lets anyone in any tenant
/// install the app, and people are linked to the roster by the e-mail their own directory reports, so the list is what
/// keeps another organisation's "m001@…" from becoming our member.
/// </summary>
public sealed class TenantOptions
{
    public const string Section = "Bot";

    /// <summary>Tenant ids (GUIDs), separated by commas or semicolons; empty serves every tenant (not in Production).</summary>
    public string? AllowedTenants { get; set; }

    internal IReadOnlyList<string> Entries() =>
        (AllowedTenants ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
