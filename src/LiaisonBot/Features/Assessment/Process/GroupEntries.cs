namespace LiaisonBot.Features.Assessment.Process;

/// <summary>What a group claims for a claimable item in its self-evaluation: the points, and a short statement of why.</summary>
public sealed record Claim(decimal Points, string Statement);

/// <summary>A bonus entry (加分) the group claims for commended work, always with its reason; the secretariat reviews it like an item.</summary>
public sealed record BonusEntry(string Id, decimal Points, string Reason);

/// <summary>The secretariat's change to an item's or a bonus entry's points in the review: always with the reason the group will read.</summary>
public sealed record Adjustment(decimal Points, string Reason, string By, DateTimeOffset At);
