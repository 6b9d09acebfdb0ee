using LiaisonBot.Cards;
using LiaisonBot.Features.MassSupervision;
using LiaisonBot.Features.MassSupervision.Batches;
using LiaisonBot.Features.MassSupervision.Results;
using LiaisonBot.Localization;
using LiaisonBot.Tests.Cards;
using LiaisonBot.Tests.Features.Reports;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.MassSupervision;

/// <summary>Every mass-supervision card at its biggest: all 24 groups, a batch for each, every error, long hostile suggestions.</summary>
public sealed class MassSupervisionCardSamples : ICardSamples
{
    public IEnumerable<(string Name, AdaptiveCard Card)> Samples(Texts t)
    {
        var roster = SampleRoster.Roster;
        var calendar = ReportSamples.Calendar;
        var c = Campaign(roster, CampaignState.Open);
        var batches = roster.Groups.Select((g, i) => new BatchLine(new BatchEntity
        {
            PartitionKey = c.Id,
            RowKey = Guid.NewGuid().ToString("N"),
            GroupCode = g.Code,
            Label = "干部群众座谈会（第二场，县政协三楼会议室）",
            Slips = 200,
            Voided = i == 3,
            PaperReturned = i % 5 == 0 ? 30 + i : null,
            PaperAnswers = "S=10;M=5;N=2;U=1",
        }, i * 7, $"https://bot.example.cn/supervision/{c.Id}/b/slips.pdf?until=1&lang=zh-CN&sig=" + new string('a', 64))).ToList();
        var errors = new Dictionary<string, FieldError>
        {
            [CampaignForm.Year] = new("Report.Error.Choice"),
            [CampaignForm.Title] = new("Form.TooLong", 100, 140),
            [CampaignForm.From] = new("Mass.Error.Date"),
            [CampaignForm.To] = new("Mass.Error.EndBeforeStart"),
        };

        yield return ("mass-home", SupervisionHome.Card(t, [c, Campaign(roster, CampaignState.Closed)], calendar));
        yield return ("mass-form", OpenCampaign.Form(t, c.Id, CampaignForm.Defaults(calendar, t), new Dictionary<string, FieldError>(), calendar));
        yield return ("mass-form-errors", OpenCampaign.Form(t, c.Id, new CampaignValues("1999", new string('长', 140), "", "2020-01-01"), errors, calendar));
        yield return ("mass-campaign", CampaignCard.Card(t, roster, c, batches, "https://bot.example.cn/v/", calendar, CreateBatch.Defaults,
            new Dictionary<string, FieldError> { [CreateBatch.Slips] = new("Mass.Error.Slips", 200), [CreateBatch.Label] = new("Form.Required") }));
        yield return ("mass-campaign-closed", CampaignCard.Card(t, roster, Campaign(roster, CampaignState.Closed), batches, "https://bot.example.cn/v/", calendar,
            CreateBatch.Defaults, new Dictionary<string, FieldError>()));
        var questions = c.QuestionsOf(batches[0].Batch.GroupCode);
        yield return ("mass-paper", PaperTotals.Form(t, roster, c, batches[0].Batch, new Dictionary<string, string> { [PaperTotals.Returned] = "31" },
            questions.ToDictionary(q => PaperTotals.Field(q, Answer.Satisfied), _ => new FieldError("Mass.Error.PaperSum"))));
        yield return ("mass-results", ResultsCard.Card(t, roster, Result(roster, c), calendar, "https://bot.example.cn/supervision/x/results.xlsx?sig=a"));
    }

    private static CampaignEntity Campaign(LiaisonBot.App.Committee roster, CampaignState state) => new()
    {
        RowKey = Guid.NewGuid().ToString("N"),
        WorkYear = 2026,
        Title = "2026年度联络组群众评议（乡镇及县直机关干部群众）",
        OpensAt = new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero),
        EndsAt = new DateTimeOffset(2026, 12, 30, 16, 0, 0, TimeSpan.Zero),
        Questions = CampaignEntity.FormatQuestions(roster.Groups.Select(g => (g.Code, roster.MembersOf(g.Code).Select(m => m.Code)))),
        MinBallots = 5,
        State = state.ToString(),
    };

    private static CampaignResult Result(LiaisonBot.App.Committee roster, CampaignEntity c) => new(c, roster.Groups.Select((g, i) => new GroupResult(
        g.Code, 200, i == 5 ? 3 : 150 + i, new AnswerCounts(90, 40, 10 + i, 10),
        c.MembersOf(g.Code).ToDictionary(m => m, m => new AnswerCounts(80, 50, 10, 10)),
        i % 4 == 0 ? 30 : 0, new AnswerCounts(20, 5, 3, 2),
        c.MembersOf(g.Code).ToDictionary(m => m, _ => i % 4 == 0 ? new AnswerCounts(18, 6, 3, 3) : AnswerCounts.None), i == 7 ? 1 : 0,
        Enumerable.Range(0, 3).Select(n => $"**{n}** [点这里](http://evil.example) " + new string('建', 480)).ToList())).ToList());
}
