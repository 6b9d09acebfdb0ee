using System.Diagnostics;

namespace LiaisonBot.Outbox;

/// <summary>
/// Tells Teams' two kinds of 429 apart, which its answer does not: one conversation over its own windows, or the app over
/// its limit. A 429 from the app's limit falls on whatever calls arrive, so it shows as many conversations throttled at
/// once; <see cref="OutboxOptions.ThrottleSpreadConversations"/> distinct ones within
/// <see cref="OutboxOptions.ThrottleSpreadWindow"/> count as the app's.
/// </summary>
internal sealed class ThrottleSpread(OutboxOptions options)
{
    private readonly Lock gate = new();
    private readonly Queue<(long At, string ConversationId)> recent = new();

    /// <summary>Adds a 429 for <paramref name="conversationId"/>; true when it makes the spread (which then starts afresh).</summary>
    public bool Add(string conversationId)
    {
        lock (gate)
        {
            var now = Stopwatch.GetTimestamp();
            recent.Enqueue((now, conversationId));
            while (Stopwatch.GetElapsedTime(recent.Peek().At, now) > options.ThrottleSpreadWindow)
            {
                recent.Dequeue();
            }

            if (recent.Select(r => r.ConversationId).Distinct(StringComparer.Ordinal).Count() < options.ThrottleSpreadConversations)
            {
                return false;
            }

            recent.Clear();
            return true;
        }
    }
}
