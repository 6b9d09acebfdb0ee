using LiaisonBot.Features.MassSupervision.Ballots;

namespace LiaisonBot.Features.MassSupervision.Results;

/// <summary>
/// The results of closed campaigns, counted from the anonymous ballots: the read model the results card, the export,
/// and other features (the duty file, the annual assessment) use. Open campaigns have none: no running totals.
/// </summary>
public sealed class SupervisionResults(CampaignStore campaigns, BallotStore ballots)
{
    public async Task<CampaignResult?> OfAsync(CampaignEntity c, CancellationToken ct)
    {
        if (c.Status != CampaignState.Closed)
        {
            return null;
        }

        var batches = await campaigns.BatchesAsync(c.Id, ct);
        var groups = new List<GroupResult>();
        foreach (var group in c.GroupCodes)
        {
            var cast = (await ballots.ReadAsync(c, group, ct)).Select(b => (Answers: Ballot.Parse(b.Answers), b.Suggestion)).ToList();
            var ofGroup = batches.Where(b => string.Equals(b.GroupCode, group, StringComparison.OrdinalIgnoreCase)).ToList();
            var paper = ofGroup.Where(b => b.PaperReturned is not null && !b.Overfilled).ToList();
            groups.Add(new GroupResult(
                group,
                ofGroup.Where(b => !b.Voided).Sum(b => b.Slips),
                cast.Count,
                Count(cast.Select(b => b.Answers), CampaignEntity.GroupQuestion),
                c.MembersOf(group).ToDictionary(m => m, m => Count(cast.Select(b => b.Answers), m), StringComparer.OrdinalIgnoreCase),
                paper.Sum(b => b.PaperReturned!.Value),
                paper.Aggregate(AnswerCounts.None, (all, b) => all + AnswerCounts.Parse(b.PaperAnswers)),
                ofGroup.Count(b => b.Overfilled),
                cast.Where(b => b.Suggestion is not null).Select(b => b.Suggestion!).Order(StringComparer.Ordinal).ToList()));
        }

        return new CampaignResult(c, groups);
    }

    /// <summary>
    /// Each group's and each member's answers in a work year's closed campaigns (electronic and paper together for the
    /// group; members are asked on the page only), for the duty file and the annual assessment.
    /// </summary>
    public async Task<YearFigures> ForYearAsync(int year, CancellationToken ct)
    {
        var groups = new Dictionary<string, AnswerCounts>(StringComparer.OrdinalIgnoreCase);
        var members = new Dictionary<string, AnswerCounts>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in (await campaigns.AllAsync(ct)).Where(c => c.WorkYear == year && c.Status == CampaignState.Closed))
        {
            foreach (var g in (await OfAsync(c, ct))!.Groups)
            {
                groups[g.Group] = groups.GetValueOrDefault(g.Group, AnswerCounts.None) + g.GroupAnswers + g.PaperAnswers;
                foreach (var (member, counts) in g.Members)
                {
                    members[member] = members.GetValueOrDefault(member, AnswerCounts.None) + counts;
                }
            }
        }

        return new YearFigures(year, groups, members);
    }

    /// <summary>
    /// What the page's ballots said about these members in a work year's closed campaigns, reading only the groups they
    /// were asked about (the duty file recomputes a group at a time); with the largest k of those campaigns and the day
    /// the last of them closed. Null when no closed campaign of the year asked about any of them.
    /// </summary>
    public async Task<MemberFigures?> OfMembersAsync(int year, IReadOnlyCollection<string> memberCodes, CancellationToken ct)
    {
        var members = new Dictionary<string, AnswerCounts>(StringComparer.OrdinalIgnoreCase);
        var asked = (await campaigns.AllAsync(ct)).Where(c => c.WorkYear == year && c.Status == CampaignState.Closed)
            .SelectMany(c => c.GroupCodes.Where(g => c.MembersOf(g).Intersect(memberCodes, StringComparer.OrdinalIgnoreCase).Any()).Select(g => (Campaign: c, Group: g)))
            .ToList();
        foreach (var (c, group) in asked)
        {
            var cast = (await ballots.ReadAsync(c, group, ct)).Select(b => Ballot.Parse(b.Answers)).ToList();
            foreach (var member in c.MembersOf(group).Intersect(memberCodes, StringComparer.OrdinalIgnoreCase))
            {
                members[member] = members.GetValueOrDefault(member, AnswerCounts.None) + Count(cast, member);
            }
        }

        return asked.Count == 0 ? null
            : new MemberFigures(members, asked.Max(a => a.Campaign.MinBallots), asked.Max(a => a.Campaign.ClosedAt ?? a.Campaign.EndsAt));
    }

    private static AnswerCounts Count(IEnumerable<Dictionary<string, Answer>> cast, string question) =>
        cast.Aggregate(AnswerCounts.None, (all, b) => b.TryGetValue(question, out var a) ? all.With(a) : all);
}

public sealed record CampaignResult(CampaignEntity Campaign, IReadOnlyList<GroupResult> Groups);

/// <summary>One group's result: slips issued (voided batches left out), ballots cast on the page, the answers about the
/// group and about each member, the paper totals entered apart (batches returning more than issued left out and
/// counted as void), and the suggestions.</summary>
public sealed record GroupResult(string Group, int Issued, int Returned, AnswerCounts GroupAnswers, IReadOnlyDictionary<string, AnswerCounts> Members,
    int PaperReturned, AnswerCounts PaperAnswers, int VoidBatches, IReadOnlyList<string> Suggestions);

/// <summary>A work year's answers per group and per member code.</summary>
public sealed record YearFigures(int Year, IReadOnlyDictionary<string, AnswerCounts> Groups, IReadOnlyDictionary<string, AnswerCounts> Members);

/// <summary>Members' answers in a work year's closed campaigns, the k under which a share is not shown, and when the last campaign closed.</summary>
public sealed record MemberFigures(IReadOnlyDictionary<string, AnswerCounts> Members, int MinBallots, DateTimeOffset ClosedAt);
