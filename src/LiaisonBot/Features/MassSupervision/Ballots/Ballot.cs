namespace LiaisonBot.Features.MassSupervision.Ballots;

/// <summary>
/// What one person answered: per question (<see cref="CampaignEntity.GroupQuestion"/> or a member code) an answer, the
/// questions left blank missing; and their suggestion, if any. Nothing about who, when or which slip.
/// </summary>
public sealed record Ballot(IReadOnlyDictionary<string, Answer> Answers, string? Suggestion)
{
    public const int MaxSuggestion = 500;

    /// <summary><c>group=S;M001=M</c>: the compact form ballots are stored in.</summary>
    public string Format() => string.Join(';', Answers.Select(a => $"{a.Key}={a.Value.Code()}"));

    public static Dictionary<string, Answer> Parse(string? stored) =>
        (stored ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2 && MassSupervision.Answers.Parse(p[1]) is not null)
            .ToDictionary(p => p[0], p => MassSupervision.Answers.Parse(p[1])!.Value, StringComparer.OrdinalIgnoreCase);
}
