using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Conversations;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Assessment.Process;

using Outbox = LiaisonBot.Outbox.Outbox;

/// <summary>What a sending did: how many people it went to, and how many could not be reached (the bot not installed).</summary>
public sealed record Mailing(int Sent, int Unreachable);

/// <summary>
/// Sends the assessment's cards to people's 1:1 chats through the outbox, under a job id the caller derives from the year
/// and the step: enqueueing the same id again does nothing, so no step ever sends twice.
/// </summary>
public sealed class ProcessMail(Outbox outbox, ConversationStore conversations)
{
    /// <summary>Each group's leader their own card (built in their language), e.g. the self-evaluation or the scorecard.</summary>
    public async Task<Mailing> ToLeadersAsync(string jobId, Committee roster, IEnumerable<string> groups, Func<Texts, Group, AdaptiveCard> card, CancellationToken ct)
    {
        var reachable = await conversations.ReachableAsync(ct);
        var payloads = new Dictionary<string, Activity>();
        var recipients = new List<OutboxRecipient>();
        var unreachable = 0;
        foreach (var code in groups)
        {
            if (roster.Group(code) is not { } group || roster.LeaderOf(code) is not { } leader || !reachable.TryGetValue(leader.Code, out var chat))
            {
                unreachable++;
                continue;
            }

            payloads[leader.Code] = CardAttachment.Message(card(Texts.For(chat.Locale), group));
            recipients.Add(chat.Recipient(leader.Code) with { PayloadKey = leader.Code });
        }

        if (recipients.Count > 0)
        {
            await outbox.EnqueueAsync(new OutboxJob(jobId, DeliveryKind.Send, payloads, recipients), ct);
        }

        return new Mailing(recipients.Count, unreachable);
    }

    /// <summary>The same card to everyone on the roster (members and the secretariat), each in their language.</summary>
    public async Task<Mailing> ToEveryoneAsync(string jobId, Committee roster, Func<Texts, AdaptiveCard> card, CancellationToken ct)
    {
        var recipients = (await conversations.ReachableAsync(ct)).Recipients(roster.Members.Select(m => m.Code));
        if (recipients.Count > 0)
        {
            await outbox.EnqueueAsync(new OutboxJob(jobId, DeliveryKind.Send, CardAttachment.PerLanguage(card), recipients), ct);
        }

        return new Mailing(recipients.Count, roster.Members.Count - recipients.Count);
    }
}
