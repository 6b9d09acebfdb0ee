using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Reports;

namespace LiaisonBot.Features.DutyFile.Points;

/// <summary>An activity in a member's file as points see it: their own record, or a fellow member's that names them.</summary>
public sealed record Credit(string RecordId, ActivityKind Kind, DateOnly Date, string Title, CreditRole Role, bool Verified);

public enum CreditRole
{
    /// <summary>The member's own record, or one an organiser recorded for them; for a proposal, its lead author.</summary>
    Own,

    /// <summary>A fellow member's record that names this member as taking part; for a proposal, a co-author.</summary>
    CoAuthor,
}

/// <summary>A plan task the member owns, with the day it was finished, if it was.</summary>
public sealed record OwnedTask(string TaskKey, string Title, DateOnly Due, DateOnly? Done)
{
    public bool OnTime => Done is { } done && done <= Due;
}

/// <summary>A closed meeting the member was present at. Its organiser recorded the attendance, so it is verified.</summary>
public sealed record Presence(string MeetingId, MeetingKind Kind, DateOnly Date, string Title);

/// <summary>Something the bot recorded that a deduction rule takes points off for; <see cref="Meeting"/> the kind of meeting missed.</summary>
public sealed record DeductionEvent(string Id, DeductionKind Kind, DateOnly Date, string Title, MeetingKind? Meeting = null);

/// <summary>
/// What the ballots of the year's closed mass supervision campaigns said about the member: how many answered about them
/// (don't-know included, as the results count them against k), the satisfaction share among those with an opinion, the
/// campaigns' k and the day the last of them closed.
/// </summary>
public sealed record Satisfaction(int Answered, decimal? Share, int MinBallots, DateOnly Date)
{
    public bool TooFew => Answered < MinBallots || Share is null;
}

/// <summary>Everything a member's points for a year are computed from.</summary>
public sealed record PointsInputs(
    IReadOnlyList<Credit> Credits, IReadOnlyList<OwnedTask> Tasks, IReadOnlyList<Presence> Presences, IReadOnlyList<DeductionEvent> Deductions)
{
    public static PointsInputs None { get; } = new([], [], [], []);

    /// <summary>Null when no closed campaign of the year asked about the member.</summary>
    public Satisfaction? Satisfaction { get; init; }
}
