namespace LiaisonBot.Features.Broadcasts;

/// <summary>
/// An edit of a sent notice is previewed before it goes out: until saved it is a row of its own beside the notice, so
/// the notice people have stays as it is.
/// </summary>
public static class PendingEdit
{
    private const string Suffix = "-edit";

    public static BroadcastEntity For(BroadcastEntity sent) =>
        new() { RowKey = sent.Id + Suffix, CreatedBy = sent.CreatedBy, CreatedAt = sent.CreatedAt };

    /// <summary>The sent notice with the text of the pending edit.</summary>
    public static BroadcastEntity ApplyTo(BroadcastEntity sent, BroadcastEntity edit)
    {
        sent.Title = edit.Title;
        sent.Body = edit.Body;
        sent.LinkUrl = edit.LinkUrl;
        sent.LinkTitle = edit.LinkTitle;
        sent.Urgent = edit.Urgent;
        sent.AskAck = edit.AskAck;
        return sent;
    }
}
