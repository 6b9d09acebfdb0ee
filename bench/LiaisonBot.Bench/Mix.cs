using LiaisonBot.App;
using LiaisonBot.Features.Broadcasts;
using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Reports;
using LiaisonBot.Features.Scoring;
using LiaisonBot.Tests.Features.Reports;
using LiaisonBot.Tests.Features.Scoring;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Bench;

/// <summary>
/// The turns members send in a busy week, in a realistic proportion: filing reports, looking at their own reports and
/// tasks, leaders looking at their group's reports, Standing Committee members saving scores, everyone acknowledging a
/// notice. Set up through the bot itself: the secretariat opens a scoring round and sends a notice to everyone.
/// </summary>
public sealed class Mix
{
    private readonly List<(int Weight, Func<Random, TurnSpec> Next)> kinds;
    private readonly Dictionary<string, Func<Random, TurnSpec>> byKind = [];
    private readonly int total;

    private Mix(List<(int, Func<Random, TurnSpec>)> kinds)
    {
        this.kinds = kinds;
        total = kinds.Sum(k => k.Item1);
        foreach (var (_, next) in kinds)
        {
            byKind[next(new Random(0)).Kind] = next;
        }
    }

    public static TurnSpec Submit(TestUser user)
    {
        var form = ReportSamples.Form();
        form[ReportVerbs.FormId] = TurnLoad.FreshId;
        return new TurnSpec("report submit", user, ReportVerbs.Submit, form, ReportVerbs.Withdraw);
    }

    public static TurnSpec Help(TestUser user) => new("help", user, "help", new Dictionary<string, string>(), ReportVerbs.Report);

    /// <summary>Opens the round and sends the notice as the secretariat; fails loudly if either is refused.</summary>
    public static async Task<Mix> PrepareAsync(TurnLoad load, Func<Member, TestUser> user)
    {
        var roster = SampleRoster.Roster;
        var office = user(SampleRoster.Secretariat);
        var roundId = Guid.NewGuid().ToString("N");
        var round = new Dictionary<string, string>(ScoringTesting.RoundFields()) { [ScoringVerbs.Id] = roundId };
        await Require(load, new TurnSpec("set-up: open a scoring round", office, ScoringVerbs.Open, round, "进行中"));

        var noticeId = Guid.NewGuid().ToString("N");
        var notice = new Dictionary<string, string>
        {
            [BroadcastVerbs.Id] = noticeId,
            [BroadcastForm.Title] = "关于报送年度履职情况的通知",
            [BroadcastForm.Body] = "请各位委员于 **12月20日前** 报送本年度履职情况。",
            [BroadcastForm.Urgent] = "false",
            [BroadcastForm.AskAck] = "true",
            [BroadcastForm.Everyone] = "true",
        };
        await Require(load, new TurnSpec("set-up: preview a notice", office, BroadcastVerbs.Preview, notice, BroadcastVerbs.Send));
        await Require(load, new TurnSpec("set-up: send it", office, BroadcastVerbs.Send, new { id = noticeId }, "通知："));

        var members = roster.WithRole(Roles.Member).Select(user).ToList();
        var leaders = roster.WithRole(Roles.Leader).ToList();
        var scorers = roster.WithRole(Roles.StandingCommittee).ToList();
        var scores = new Scores(23, 21, 19, 17);
        return new Mix(
        [
            (25, r => Submit(members[r.Next(members.Count)])),
            (20, r => new TurnSpec("my reports", members[r.Next(members.Count)], ReportVerbs.Mine, new { }, "我的履职")),
            (15, r => new TurnSpec("my tasks", members[r.Next(members.Count)], PlanVerbs.MyTasks, new { }, "我的任务")),
            (10, r => new TurnSpec("group reports", user(leaders[r.Next(leaders.Count)]), ReportVerbs.Group, new { }, "履职情况")),
            (15, r =>
            {
                var scorer = scorers[r.Next(scorers.Count)];
                var page = ScoringTesting.Pages(scorer)[0].ToDictionary(g => g, _ => scores);
                return new TurnSpec("scoring save", user(scorer), ScoringVerbs.Save, ScoringTesting.SaveData(roundId, 0, page), "已记录");
            }),
            (15, r => new TurnSpec("notice ack", members[r.Next(members.Count)], BroadcastVerbs.Ack, new { id = noticeId }, "确认阅读")),
        ]);
    }

    public static readonly string[] Kinds = ["report submit", "my reports", "my tasks", "group reports", "scoring save", "notice ack"];

    /// <summary>Turns of one kind only: what each costs on its own.</summary>
    public Func<Random, TurnSpec> Only(string kind) => byKind[kind];

    public TurnSpec Next(Random random)
    {
        var pick = random.Next(total);
        foreach (var (weight, next) in kinds)
        {
            if ((pick -= weight) < 0)
            {
                return next(random);
            }
        }

        throw new InvalidOperationException("weights do not add up");
    }

    private static async Task Require(TurnLoad load, TurnSpec turn)
    {
        if (!await load.SendAsync(turn))
        {
            throw new InvalidOperationException($"{turn.Kind} was refused: the mix cannot be measured");
        }
    }
}
