namespace LiaisonBot.Features.Broadcasts;

/// <summary>Where a notice stands: the outbox's counts plus the audience members the bot could not reach at all.</summary>
public sealed record BroadcastProgress(int Recipients, int Queued, int Delivered, int NotReachable, int Failed, int Acknowledged);
