using System.Text;
using System.Text.Json;
using Azure.Core;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using LiaisonBot.Storage;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Outbox;

/// <summary>
/// A work item on the queue: <c>{"job":"…"}</c> starts a job (fans out its chunks when NotBefore has come),
/// <c>{"job":"…","chunk":7}</c> delivers one chunk. The table rows are the truth; a message only says where to look, so a
/// duplicate message is harmless.
/// </summary>
internal sealed record OutboxMessage(string Job, int? Chunk = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public string ToText() => JsonSerializer.Serialize(this, Json);

    public static OutboxMessage? Parse(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<OutboxMessage>(text, Json) is { Job.Length: > 0 } message ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>The outbox's Azure Storage queue, one per <c>Storage:TablePrefix</c>; created at start-up.</summary>
internal sealed class OutboxQueue
{
    // Messages never expire on their own: a job scheduled weeks ahead keeps its start message.
    private static readonly TimeSpan NeverExpire = TimeSpan.FromSeconds(-1);

    private readonly QueueClient client;
    private readonly OutboxMetrics metrics;

    public OutboxQueue(StorageAccount storage, IOptions<OutboxOptions> options, OutboxMetrics metrics)
    {
        Name = options.Value.QueueName is { Length: > 0 } name ? name : NameFor(storage.TablePrefix);
        client = storage.Queue(Name);
        this.metrics = metrics;
    }

    public string Name { get; }

    /// <summary>
    /// Queue names are 3–63 lowercase letters, digits and single hyphens: the table prefix lowercased, anything else turned
    /// into a hyphen, then "-outbox".
    /// </summary>
    public static string NameFor(string tablePrefix)
    {
        var name = new StringBuilder();
        foreach (var c in tablePrefix.ToLowerInvariant())
        {
            var keep = c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-';
            if (keep != '-' || (name.Length > 0 && name[^1] != '-'))
            {
                name.Append(keep);
            }
        }

        var prefix = name.ToString().Trim('-');
        if (prefix.Length > 56)
        {
            prefix = prefix[..56].TrimEnd('-');
        }

        return prefix.Length == 0 ? "outbox" : prefix + "-outbox";
    }

    public async Task CreateAsync(CancellationToken ct)
    {
        this.metrics.Storage("queue.create");
        await client.CreateIfNotExistsAsync(cancellationToken: ct);
    }

    public async Task SendAsync(OutboxMessage message, TimeSpan delay, CancellationToken ct)
    {
        this.metrics.Storage("queue.send");
        await client.SendMessageAsync(message.ToText(), delay, NeverExpire, ct);
    }

    public async Task<QueueMessage[]> ReceiveAsync(int count, TimeSpan visibility, CancellationToken ct)
    {
        this.metrics.Storage("queue.receive");
        return (await client.ReceiveMessagesAsync(count, visibility, ct)).Value;
    }

    /// <summary>Hides the message for <paramref name="visibility"/> from now; returns the new pop receipt.</summary>
    public async Task<string> HideAsync(string messageId, string popReceipt, TimeSpan visibility, CancellationToken ct)
    {
        this.metrics.Storage("queue.update");
        return (await client.UpdateMessageAsync(messageId, popReceipt, visibilityTimeout: visibility, cancellationToken: ct)).Value.PopReceipt;
    }

    public async Task DeleteAsync(string messageId, string popReceipt, CancellationToken ct)
    {
        this.metrics.Storage("queue.delete");
        await client.DeleteMessageAsync(messageId, popReceipt, ct);
    }

    /// <summary>Messages waiting or being worked on (approximate), e.g. to see that the outbox has drained.</summary>
    public async Task<int> CountAsync(CancellationToken ct) => (await client.GetPropertiesAsync(ct)).Value.ApproximateMessagesCount;
}
