using LiaisonBot.Conversations;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using LiaisonBot.Protocol.Connector;

namespace LiaisonBot.App;

/// <summary>
/// Runs first on every activity: finds the sender on the roster (by the link made at install, their Entra object id,
/// or their e-mail/UPN) and keeps their 1:1 conversation reference current (service URL, locale, link).
/// </summary>
public sealed class SenderIdentification(RosterStore rosters, ConversationStore conversations, TimeProvider clock, ILogger<SenderIdentification> log)
{
    public async Task IdentifyAsync(Turn turn, CancellationToken ct)
    {
        var activity = turn.Activity;
        var roster = await rosters.GetAsync(ct);
        if (activity.From?.Id is not { Length: > 0 } userId)
        {
            turn.Set(new Sender(null, roster, Texts.For(activity.Locale)));
            return;
        }

        var known = await conversations.FindAsync(userId, ct);
        // conversationUpdate carries no locale: answer in the language the person last wrote in.
        var texts = Texts.For(activity.Locale ?? known?.Locale);
        var profile = known is null || Installs.IsInstall(activity) ? await LookUpAsync(turn, userId, ct) : null;
        var member = roster.ByCode(known?.MemberCode)
            ?? roster.ByAadObjectId(activity.From.AadObjectId ?? profile?.AadObjectId ?? known?.AadObjectId)
            ?? roster.ByEmail(profile?.Email ?? known?.Email)
            ?? roster.ByEmail(profile?.UserPrincipalName ?? known?.UserPrincipalName);
        turn.Set(new Sender(member, roster, texts));

        if (turn.IsPersonal && activity.Conversation?.Id is { Length: > 0 } conversationId && activity.ServiceUrl is { Length: > 0 } serviceUrl)
        {
            var next = Reference(activity, userId, conversationId, serviceUrl, known, profile, member);
            if (known is null || Changed(known, next))
            {
                next.UpdatedAt = clock.GetUtcNow();
                await conversations.SaveAsync(next, ct);
            }
        }
    }

    /// <summary>The connector's member record carries the e-mail/UPN the roster is keyed by; a failure only means no link yet.</summary>
    private async Task<TeamsChannelAccount?> LookUpAsync(Turn turn, string userId, CancellationToken ct)
    {
        if (turn.Activity is not { ServiceUrl.Length: > 0, Conversation.Id.Length: > 0 })
        {
            return null;
        }

        try
        {
            return await turn.Connector.GetMemberAsync(turn.Activity.ServiceUrl, turn.Activity.Conversation.Id, userId, ct);
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

    private static ConversationEntity Reference(Activity activity, string userId, string conversationId, string serviceUrl,
        ConversationEntity? known, TeamsChannelAccount? profile, Member? member) => new()
    {
        UserId = userId,
        AadObjectId = activity.From!.AadObjectId ?? profile?.AadObjectId ?? known?.AadObjectId,
        Name = profile?.Name ?? activity.From.Name ?? known?.Name,
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
