namespace LiaisonBot.Features.MassSupervision.Slips;

/// <summary>One printed slip: a one-time code, the group it evaluates, and the ballot page's address with the code after <c>#</c>.</summary>
public sealed record Slip(string Code, string GroupName, Uri BallotLink);
