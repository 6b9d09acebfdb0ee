using LiaisonBot.Conversations;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using LiaisonBot.Protocol.Connector;

namespace LiaisonBot.App;

/// <summary>
/// Runs first on every activity: finds the sender on the roster and keeps their 1:1 conversation reference current
/// (service URL, locale, link). Who the sender is comes from the connector's member record for their <c>from.id</c> in
/// that conversation, looked up once and then kept with that id; the <c>aadObjectId</c> an activity carries is only a
/// claim, checked against that record. A claim it does not back, or an id the connector does not know, makes the sender
/// someone the roster does not know, and nothing about them is stored.
/// </summary>
public sealed class SenderIdentification(
    RosterStore rosters, ConversationStore conversations, TenantGate tenants, TimeProvider clock, ILogger<SenderIdentification> log)
{
    public async Task IdentifyAsync(Turn turn, CancellationToken ct)
    {
        var activity = turn.Activity;
        var roster = await rosters.GetAsync(ct);
        var userId = activity.From!.Id!; // the endpoint lets no activity without from.id through
        var known = await conversations.FindAsync(userId, ct);
        // conversationUpdate carries no locale: answer in the language the person last wrote in.
        var texts = Texts.For(activity.Locale ?? known?.Locale);
        var profile = known is null || Installs.IsInstall(activity) ? await LookUpAsync(turn, userId, ct) : null;
        if (Refusal(activity, userId, known, profile) is { } why)
        {
            log.LogWarning("Sender not identified: {Reason}.", why);
            turn.Set(new Sender(null, roster, texts));
            return;
        }

        // E-mail and UPN are what the person's own directory reports: trusted only from a tenant the bot serves.
        var byEmail = tenants.Allows(profile?.TenantId ?? known?.TenantId ?? TenantGate.TenantOf(activity));
        var member = roster.ByCode(known?.MemberCode)
            ?? roster.ByAadObjectId(profile?.AadObjectId ?? known?.AadObjectId)
            ?? (byEmail ? ByEmail(roster, profile, known) : null);
        turn.Set(new Sender(member, roster, texts));

        if (turn.IsPersonal && activity.ServiceUrl is { Length: > 0 } serviceUrl)
        {
            var next = Reference(activity, userId, activity.Conversation!.Id!, serviceUrl, known, profile, member);
            if (known is null || Changed(known, next))
            {
                next.UpdatedAt = clock.GetUtcNow();
                await conversations.SaveAsync(next, ct);
            }
        }
    }

    /// <summary>Why the sender cannot be taken to be who the activity says, or null when the connector backs it.</summary>
    private static string? Refusal(Activity activity, string userId, ConversationEntity? known, TeamsChannelAccount? profile)
    {
        if (known is null && profile is null)
        {
            return "the connector has no member record for this id";
        }

        if (profile is not null && profile.Id != userId)
        {
            return "the connector's member record is of another id";
        }

        // The id is kept with what the connector reported when it was first seen (or just now, on install).
        var trusted = profile is not null ? profile.AadObjectId : known!.AadObjectId;
        return activity.From!.AadObjectId is { Length: > 0 } claimed && trusted is { Length: > 0 } &&
               !string.Equals(claimed, trusted, StringComparison.OrdinalIgnoreCase)
            ? "the activity's aadObjectId is not the one the connector reports for this id"
            : null;
    }

    /// <summary>The connector's member record carries the e-mail/UPN the roster is keyed by; a failure only means no link yet.</summary>
    private async Task<TeamsChannelAccount?> LookUpAsync(Turn turn, string userId, CancellationToken ct)
    {
        if (turn.Activity is not { ServiceUrl.Length: > 0 })
        {
            return null;
        }

        try
        {
            // In a team ask the team, as Bot Builder's TeamsInfo does: a channel thread's conversation id has no roster.
            var scope = turn.Activity.ChannelData?.Team?.Id ?? turn.Activity.Conversation!.Id!;
            return await turn.Connector.GetMemberAsync(turn.Activity.ServiceUrl, scope, userId, ct);
        }
        catch (ConnectorException e)
        {
            log.LogWarning("Member look-up failed with {Status} {Code}.", (int)e.StatusCode, e.ErrorCode);
            return null;
        }
        catch (HttpRequestException e)
        {
            log.LogWarning("Member look-up could not reach the connector ({Error}).", e.HttpRequestError);
            return null;
        }
    }

    private static Member? ByEmail(Committee roster, TeamsChannelAccount? profile, ConversationEntity? known) =>
        roster.ByEmail(profile?.Email ?? known?.Email) ?? roster.ByEmail(profile?.UserPrincipalName ?? known?.UserPrincipalName);

    private static ConversationEntity Reference(Activity activity, string userId, string conversationId, string serviceUrl,
        ConversationEntity? known, TeamsChannelAccount? profile, Member? member) => new()
        {
            UserId = userId,
            AadObjectId = profile?.AadObjectId ?? known?.AadObjectId,
            Name = profile?.Name ?? activity.From!.Name ?? known?.Name,
            Email = profile?.Email ?? known?.Email,
            UserPrincipalName = profile?.UserPrincipalName ?? known?.UserPrincipalName,
            ServiceUrl = serviceUrl,
            ConversationId = conversationId,
            TenantId = activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id ?? known?.TenantId,
            ChannelId = activity.ChannelId,
            BotId = activity.Recipient?.Id,
            Locale = activity.Locale ?? known?.Locale,
            MemberCode = member?.Code,
            Installed = !Installs.IsUninstall(activity),
            ETag = known?.ETag ?? default,
        };

    private static bool Changed(ConversationEntity a, ConversationEntity b) =>
        a.ServiceUrl != b.ServiceUrl || a.ConversationId != b.ConversationId || a.Locale != b.Locale ||
        a.MemberCode != b.MemberCode || a.Installed != b.Installed || a.AadObjectId != b.AadObjectId ||
        a.Email != b.Email || a.UserPrincipalName != b.UserPrincipalName || a.Name != b.Name || a.TenantId != b.TenantId;
}
