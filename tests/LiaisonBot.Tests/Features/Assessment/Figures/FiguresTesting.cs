using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Features.Assessment.Figures;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Features.ChannelReports;
using GroupFigures = LiaisonBot.Features.Assessment.Figures.GroupFigures;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Features.MassSupervision;
using LiaisonBot.Features.MassSupervision.Ballots;
using LiaisonBot.Features.MassSupervision.Batches;
using LiaisonBot.Features.MassSupervision.Results;
using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Reports;
using LiaisonBot.Features.Scoring;
using LiaisonBot.Storage;
using LiaisonBot.Tests.Infrastructure;
using MassBallots = LiaisonBot.Features.MassSupervision.Ballots.BallotStore;
using ScoringBallots = LiaisonBot.Features.Scoring.Ballots.BallotStore;

namespace LiaisonBot.Tests.Features.Assessment.Figures;

/// <summary>
/// Seeds a year's records as each feature stores them, through its own store (so the stores announce the changes they
/// announce), and reads the figures back: plans and tasks, channel reports, duty reports, duty points, closed meetings,
/// closed scoring rounds with their ballots, closed mass supervision campaigns with ballots and paper totals.
/// </summary>
public sealed class FiguresTesting(BotHost host)
{
    private static readonly CancellationToken None = CancellationToken.None;

    public WorkCalendar Calendar => Get<WorkCalendar>();

    public AssessmentFigures Figures => Get<AssessmentFigures>();

    public AssessmentStore Store => Get<AssessmentStore>();

    public T Get<T>()
        where T : notnull => host.Services.GetRequiredService<T>();

    public static Group Group(string code) => SampleRoster.Roster.Group(code)!;

    public Task<GroupFigures> ComputeAsync(int year, string group) => Figures.ComputeAsync(FigureSchemes.Scheme(year), Group(group), None);

    public async Task<ItemFigure> ItemAsync(int year, string group, string item) => (await ComputeAsync(year, group)).For(item)!;

    /// <summary>Stores the year's assessment in a state, with a row for every group on the roster (as opening adds them).</summary>
    public async Task AssessmentAsync(AssessmentScheme scheme, AssessmentState state)
    {
        Assert.True(await Store.TryAddAsync(new AssessmentEntity
        {
            RowKey = AssessmentEntity.Row(scheme.Year),
            Scheme = AssessmentJson.Write(scheme),
            SchemeBy = SampleRoster.Secretariat.Code,
            SchemeAt = Calendar.Now,
            State = state.ToString(),
        }, None));
        await Store.AddGroupsAsync(scheme.Year, SampleRoster.Roster.Groups.Select(g => g.Code), None);
    }

    /// <summary>Moves the year's assessment to a state, as opening or approving it does.</summary>
    public Task SetStateAsync(int year, AssessmentState state) => Store.ChangeAsync(year, a =>
    {
        a.State = state.ToString();
        return true;
    }, None);

    public Task OpenAsync(int year) => SetStateAsync(year, AssessmentState.Open);

    /// <summary>The group's plan, sent first on <paramref name="firstSent"/> and last on <paramref name="lastSent"/>; a draft if neither.</summary>
    public async Task PlanAsync(int year, string group, DateOnly? firstSent, DateOnly? lastSent = null, string goals = "围绕乡村振兴开展调研视察")
    {
        var plan = new PlanEntity { PartitionKey = PlanEntity.Partition(year), RowKey = group, Goals = goals, Revision = 1, UpdatedAt = Calendar.Now };
        if (firstSent is { } first)
        {
            (plan.State, plan.PublishedRevision, plan.Publications) = (nameof(PlanState.Published), 1, 1);
            plan.FirstPublishedAt = Calendar.ToUtc(first, new TimeOnly(10, 0));
            plan.PublishedAt = Calendar.ToUtc(lastSent ?? first, new TimeOnly(10, 0));
        }

        Assert.True(await Get<PlanStore>().TrySaveAsync(plan, None));
    }

    /// <summary>Plan tasks as the plan stores them: sent unless said, done on a day or not (null).</summary>
    public async Task TasksAsync(int year, string group, params PlanTask[] tasks) =>
        Assert.True(await Get<PlanStore>().TrySaveTasksAsync([.. tasks.Select(t => new PlanTaskEntity
        {
            PartitionKey = PlanTaskEntity.Partition(year, group),
            RowKey = t.No,
            PlanYear = year,
            GroupCode = group,
            No = t.No,
            Title = t.Title,
            DueDate = WorkCalendar.Iso(t.Due),
            Revision = 1,
            PublishedRevision = t.Sent ? 1 : 0,
            Cancelled = t.Cancelled,
            Progress = t.Done is null ? nameof(PlanTaskStatus.InProgress) : nameof(PlanTaskStatus.Done),
            ProgressAt = t.Done is { } done ? Calendar.ToUtc(done, new TimeOnly(16, 0)) : null,
            UpdatedAt = Calendar.Now,
        })], None));

    public async Task ChannelReportAsync(int year, string group, GroupReportKind kind, string title, DateOnly published, GroupReportState state = GroupReportState.Published) =>
        Assert.True(await Get<GroupReportStore>().TryAddAsync(new GroupReportEntity
        {
            PartitionKey = group,
            RowKey = Guid.NewGuid().ToString("N"),
            Kind = kind.ToString(),
            Year = year,
            Title = title,
            State = state.ToString(),
            PublishedAt = state == GroupReportState.Draft ? null : Calendar.ToUtc(published, new TimeOnly(9, 30)),
        }, None));

    /// <summary>A member's duty report of the year, in a review state (withdrawn if said).</summary>
    public async Task ReportAsync(int year, string author, ReviewState state, string title, int day = 1, bool withdrawn = false)
    {
        var member = SampleRoster.Roster.ByCode(author)!;
        var date = new DateOnly(year, 5, 1).AddDays(day);
        await Get<ReportStore>().CreateAsync(new ReportEntity
        {
            PartitionKey = author,
            RowKey = Guid.NewGuid().ToString("N"),
            AuthorCode = author,
            AuthorName = member.Name,
            GroupCode = member.GroupCode,
            WorkYear = year,
            Kind = nameof(ActivityKind.Research),
            Title = title,
            ActivityDate = Calendar.ToUtc(date),
            Description = title,
            CreatedAt = Calendar.Now,
            UpdatedAt = Calendar.Now,
            Review = state.ToString(),
            Withdrawn = withdrawn,
        }, None);
    }

    /// <summary>The duty points' rows of these members, as the points book writes them, with their minimums met or not.</summary>
    public Task DutyPointsAsync(int year, string group, params (string Member, bool Met)[] members) =>
        Get<DutyPointsStore>().SaveAsync([.. members.Select(m => DutyPointsStore.Row(year, m.Member, group,
            new MemberPoints(0, 0, 0, null, [], [new MinimumProgress(new Minimum(null, 3), m.Met ? 3 : 1)]), 0, Calendar.Now))], None);

    /// <summary>A closed meeting of the year and its invitees' outcomes, recorded as Meetings records them when it closes.</summary>
    public async Task MeetingAsync(int year, string id, DateOnly day, params (string Code, AttendanceOutcome Outcome)[] invitees)
    {
        var startsAt = Calendar.ToUtc(day, new TimeOnly(9, 0));
        var meeting = new MeetingEntity
        {
            RowKey = id,
            Kind = nameof(MeetingKind.Plenary),
            Title = $"会议 {id}",
            StartsAt = startsAt,
            EndsAt = startsAt.AddHours(2),
            OrganiserCode = SampleRoster.Secretariat.Code,
            OrganiserName = "县政协办公室",
            State = nameof(MeetingState.Closed),
            Invitees = string.Join(';', invitees.Select(i => i.Code)),
        };
        await Get<MeetingStore>().RecordAttendanceAsync(meeting, year, [.. invitees.Select(i => new InviteeEntity
        {
            PartitionKey = id, RowKey = i.Code, Code = i.Code, Name = SampleRoster.Roster.ByCode(i.Code)!.Name,
            GroupCode = SampleRoster.Roster.ByCode(i.Code)!.GroupCode, Outcome = i.Outcome.ToString(),
        })], None);
    }

    /// <summary>A scoring round of the year, closed (unless said) with these anonymous ballots, as the tally leaves it.</summary>
    public async Task RoundAsync(int year, IEnumerable<string> groups, int k, DateTimeOffset closedAt, IEnumerable<(string Group, Scores Scores)> ballots,
        int max = 25, RoundState state = RoundState.Closed)
    {
        var round = new ScoringRoundEntity
        {
            RowKey = Guid.NewGuid().ToString("N"),
            WorkYear = year,
            Groups = string.Join(';', groups),
            MaxIdeas = max,
            MaxMeasures = max,
            MaxMethods = max,
            MaxEffect = max,
            MinBallots = k,
            ClosesAt = closedAt,
            State = state.ToString(),
            OpenedAt = closedAt.AddDays(-7),
            OpenedBy = SampleRoster.Secretariat.Code,
            ClosedAt = state == RoundState.Closed ? closedAt : null,
            TallyId = "tally",
            SealedErased = true,
        };
        await Get<Tables>()[ScoringStore.Table].AddEntityAsync(round, None);
        await Get<ScoringBallots>().WriteAsync(round.BallotPartition!, ballots, None);
    }

    /// <summary>
    /// A closed mass supervision campaign of the year over these groups, with page ballots about the group (answer codes
    /// S/M/N/U, one a ballot) and a paper batch's totals, as the tally and the paper entry leave them.
    /// </summary>
    public async Task CampaignAsync(int year, string title, int k, DateTimeOffset closedAt, IReadOnlyDictionary<string, string> pageAnswers,
        IReadOnlyDictionary<string, string>? paper = null)
    {
        var groups = pageAnswers.Keys.Concat(paper?.Keys ?? []).Distinct().ToList();
        var campaign = new CampaignEntity
        {
            RowKey = Guid.NewGuid().ToString("N"),
            WorkYear = year,
            Title = title,
            OpensAt = closedAt.AddDays(-7),
            EndsAt = closedAt,
            Questions = CampaignEntity.FormatQuestions(groups.Select(g => (g, SampleRoster.Roster.MembersOf(g).Select(m => m.Code)))),
            MinBallots = k,
            State = nameof(CampaignState.Closed),
            CreatedBy = SampleRoster.Secretariat.Code,
            CreatedAt = closedAt.AddDays(-8),
            ClosedAt = closedAt,
            TallyId = "tally",
            SealedErased = true,
        };
        Assert.True(await Get<CampaignStore>().AddAsync(campaign, None));
        await Get<MassBallots>().WriteAsync(campaign.Id, "tally", pageAnswers.SelectMany(p => p.Value.Select(code =>
            (p.Key, new Ballot(new Dictionary<string, Answer> { [CampaignEntity.GroupQuestion] = Answers.Parse(code.ToString())!.Value }, null)))), None);
        foreach (var (group, counts) in paper ?? new Dictionary<string, string>())
        {
            var answers = AnswerCounts.Parse(counts);
            Assert.True(await Get<CampaignStore>().AddBatchAsync(new BatchEntity
            {
                PartitionKey = campaign.Id,
                RowKey = Guid.NewGuid().ToString("N"),
                GroupCode = group,
                Label = "纸质评议",
                Slips = answers.Answered + 2,
                CreatedBy = SampleRoster.Secretariat.Code,
                CreatedAt = closedAt.AddDays(-8),
                PaperReturned = answers.Answered,
                PaperAnswers = counts,
            }, None));
        }
    }

    public static DateOnly Day(int year, int month, int day) => new(year, month, day);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A plan task to seed: sent and not cancelled unless said; done on a day, or not done.</summary>
public sealed record PlanTask(string No, string Title, DateOnly Due, DateOnly? Done, bool Sent = true, bool Cancelled = false);
