using LiaisonBot.Features.MassSupervision.Ballots;
using LiaisonBot.Features.MassSupervision.Batches;

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
            var paper = CountedPaper(batches, group);
            groups.Add(new GroupResult(
                group,
                ofGroup.Where(b => !b.Voided).Sum(b => b.Slips),
                cast.Count,
                Count(cast.Select(b => b.Answers), CampaignEntity.GroupQuestion),
                c.MembersOf(group).ToDictionary(m => m, m => Count(cast.Select(b => b.Answers), m), StringComparer.OrdinalIgnoreCase),
                paper.Sum(b => b.PaperReturned!.Value),
                paper.Aggregate(AnswerCounts.None, (all, b) => all + AnswerCounts.Parse(b.PaperAnswers)),
                c.MembersOf(group).ToDictionary(m => m, m => PaperOf(paper, m), StringComparer.OrdinalIgnoreCase),
                ofGroup.Count(b => b.Overfilled),
                cast.Where(b => b.Suggestion is not null).Select(b => b.Suggestion!).Order(StringComparer.Ordinal).ToList()));
        }

        return new CampaignResult(c, groups);
    }

    /// <summary>
    /// Each group's and each member's answers in a work year's closed campaigns, electronic and paper together, for the
    /// duty file and the annual assessment. "Counted apart" is how paper is tallied and shown (totals nobody can check
    /// against a code, so never mixed into the page's lines); they are still ballots of the same evaluation, the group's
    /// have always counted here, and leaving the members' out would rate a member of a group evaluated on paper on
    /// nothing ("too few ballots") while the group itself had a share.
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
                    members[member] = members.GetValueOrDefault(member, AnswerCounts.None) + counts + g.PaperMembers[member];
                }
            }
        }

        return new YearFigures(year, groups, members);
    }

    /// <summary>
    /// What the ballots (page and paper, as in <see cref="ForYearAsync"/>) said about these members in a work year's
    /// closed campaigns, reading only the groups they were asked about (the duty file recomputes a group at a time); with
    /// the largest k of those campaigns and the day the last of them closed. Null when no closed campaign of the year asked about any of them.
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
            var paper = CountedPaper(await campaigns.BatchesAsync(c.Id, ct), group);
            foreach (var member in c.MembersOf(group).Intersect(memberCodes, StringComparer.OrdinalIgnoreCase))
            {
                members[member] = members.GetValueOrDefault(member, AnswerCounts.None) + Count(cast, member) + PaperOf(paper, member);
            }
        }

        return asked.Count == 0 ? null
            : new MemberFigures(members, asked.Max(a => a.Campaign.MinBallots), asked.Max(a => a.Campaign.ClosedAt ?? a.Campaign.EndsAt));
    }

    /// <summary>
    /// What a work year's closed campaigns said about one group, page and paper together as in <see cref="ForYearAsync"/>,
    /// reading only that group's ballots: each campaign's answers, with its k. Empty when no closed campaign asked about it.
    /// </summary>
    public async Task<IReadOnlyList<CampaignAnswers>> OfGroupAsync(int year, string group, CancellationToken ct)
    {
        var answers = new List<CampaignAnswers>();
        var asked = (await campaigns.OfYearAsync(year, ct))
            .Where(c => c.Status == CampaignState.Closed && c.GroupCodes.Contains(group, StringComparer.OrdinalIgnoreCase));
        foreach (var c in asked.OrderBy(c => c.ClosedAt))
        {
            var cast = (await ballots.ReadAsync(c, group, ct)).Select(b => Ballot.Parse(b.Answers));
            var paper = CountedPaper(await campaigns.BatchesAsync(c.Id, ct), group);
            var counts = Count(cast, CampaignEntity.GroupQuestion) + paper.Aggregate(AnswerCounts.None, (all, b) => all + AnswerCounts.Parse(b.PaperAnswers));
            answers.Add(new CampaignAnswers(c.Title, c.ClosedAt ?? c.EndsAt, c.MinBallots, counts));
        }

        return answers;
    }

    /// <summary>A group's batches with paper totals that count: entered, and not returning more than issued.</summary>
    private static List<BatchEntity> CountedPaper(IEnumerable<BatchEntity> batches, string group) =>
        batches.Where(b => string.Equals(b.GroupCode, group, StringComparison.OrdinalIgnoreCase) && b.PaperReturned is not null && !b.Overfilled).ToList();

    private static AnswerCounts PaperOf(IEnumerable<BatchEntity> paper, string member) =>
        paper.Aggregate(AnswerCounts.None, (all, b) => all + b.PaperMembers.GetValueOrDefault(member, AnswerCounts.None));

    private static AnswerCounts Count(IEnumerable<Dictionary<string, Answer>> cast, string question) =>
        cast.Aggregate(AnswerCounts.None, (all, b) => b.TryGetValue(question, out var a) ? all.With(a) : all);
}

public sealed record CampaignResult(CampaignEntity Campaign, IReadOnlyList<GroupResult> Groups);

/// <summary>One group's result: slips issued (voided batches left out), ballots cast on the page, the answers about the
/// group and about each member, the paper totals entered apart (about the group and each member; batches returning
/// more than issued left out and counted as void), and the suggestions.</summary>
public sealed record GroupResult(string Group, int Issued, int Returned, AnswerCounts GroupAnswers, IReadOnlyDictionary<string, AnswerCounts> Members,
    int PaperReturned, AnswerCounts PaperAnswers, IReadOnlyDictionary<string, AnswerCounts> PaperMembers, int VoidBatches, IReadOnlyList<string> Suggestions);

/// <summary>What one closed campaign's ballots said about a group, and the campaign's k.</summary>
public sealed record CampaignAnswers(string Title, DateTimeOffset ClosedAt, int MinBallots, AnswerCounts Answers);

/// <summary>A work year's answers per group and per member code.</summary>
public sealed record YearFigures(int Year, IReadOnlyDictionary<string, AnswerCounts> Groups, IReadOnlyDictionary<string, AnswerCounts> Members);

/// <summary>Members' answers in a work year's closed campaigns, the k under which a share is not shown, and when the last campaign closed.</summary>
public sealed record MemberFigures(IReadOnlyDictionary<string, AnswerCounts> Members, int MinBallots, DateTimeOffset ClosedAt);
