using LiaisonBot.Calendar;
using LiaisonBot.Features.ChannelReports;
using LiaisonBot.Features.ChannelReports.Links;
using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Reports;
using LiaisonBot.Tests.Features.Reports;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.ChannelReports;

/// <summary>Realistic and worst-case group reports, links and form data for tests and the card gallery.</summary>
public static class ChannelReportSamples
{
    public static WorkCalendar WorkCalendar => ReportSamples.Calendar;

    public static Dictionary<string, string> Form(string kind = "Annual", string title = "城关镇联络组2026年度工作报告",
        string workDone = "组织委员开展农村养老服务调研3次，视察县人民医院急诊科1次。", string? from = null, string? to = null) => new()
        {
            [GroupReportForm.Kind] = kind,
            [GroupReportForm.Title] = title,
            [GroupReportForm.From] = from ?? WorkCalendar.Iso(new DateOnly(ReportSamples.Calendar.WorkYear, 1, 1)),
            [GroupReportForm.To] = to ?? WorkCalendar.Iso(ReportSamples.Calendar.Today),
            [GroupReportForm.WorkDone] = workDone,
            [GroupReportForm.Results] = "形成调研报告2份，提出建议8条，其中5条被县政府采纳。",
            [GroupReportForm.Problems] = "部分委员参与活动较少。",
            [GroupReportForm.NextSteps] = "明年围绕乡村振兴开展专题协商。",
        };

    /// <summary>The longest report allowed: two sections at their limit and two sharing the rest, one a single unbroken paragraph.</summary>
    public static Dictionary<string, string> LongForm()
    {
        var form = Form(title: new string('题', GroupReportForm.MaxTitle));
        var rest = (GroupReportForm.MaxTotal - 2 * GroupReportForm.MaxSection) / 2;
        form[GroupReportForm.WorkDone] = Long(GroupReportForm.MaxSection, oneParagraph: true);
        form[GroupReportForm.Results] = Long(GroupReportForm.MaxSection, oneParagraph: false);
        form[GroupReportForm.Problems] = Long(rest, oneParagraph: false);
        form[GroupReportForm.NextSteps] = Long(rest, oneParagraph: false);
        return form;
    }

    /// <summary>A form far over every limit, as someone pasting whole documents would send it.</summary>
    public static Dictionary<string, string> OversizeForm()
    {
        var form = Form(title: new string('题', 400));
        foreach (var field in GroupReportForm.SectionFields)
        {
            form[field] = Long(GroupReportForm.MaxSection * 3, oneParagraph: false);
        }

        return form;
    }

    public static string Long(int length, bool oneParagraph) => oneParagraph
        ? new string('述', length)
        : string.Join('\n', Enumerable.Range(1, length / 100 + 1).Select(i => $"{i}. " + new string('述', 140)))[..length];

    public static GroupReportEntity Entity(GroupReportState state = GroupReportState.Published, bool longText = true, bool onBehalf = false, int edits = 0)
    {
        var r = new GroupReportEntity
        {
            PartitionKey = "T01",
            RowKey = Guid.NewGuid().ToString("N"),
            Kind = nameof(GroupReportKind.Annual),
            Year = ReportSamples.Calendar.WorkYear,
            State = state.ToString(),
            CreatedBy = "M001",
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedBy = "M001",
            UpdatedAt = DateTimeOffset.UtcNow,
            PublishedBy = state == GroupReportState.Draft ? null : onBehalf ? "S01" : "M001",
            PublishedAt = state == GroupReportState.Draft ? null : DateTimeOffset.UtcNow,
            OnBehalf = onBehalf,
            PostFailure = state == GroupReportState.PostFailed ? "BotNotInConversationRoster" : null,
            Edits = edits,
            EditedAt = edits > 0 ? DateTimeOffset.UtcNow : null,
        };
        var form = longText ? LongForm() : Form();
        r.Text = new GroupReportText(form[GroupReportForm.Title], form[GroupReportForm.From], form[GroupReportForm.To], form[GroupReportForm.WorkDone],
            form[GroupReportForm.Results], form[GroupReportForm.Problems], form[GroupReportForm.NextSteps], NamesSilent: true);
        var members = SampleRoster.Roster.MembersOf("T01").ToList();
        r.Figures = new GroupFigures(137, Enum.GetValues<ActivityKind>().Select((k, i) => (k, 30 - i)).ToList(),
            members.Select(m => m.Code).ToList(), members.Count, onBehalf ? null : new TaskFigures(12, 7, 3), DateTimeOffset.UtcNow);
        return r;
    }

    public static ChannelLinkEntity Link(string group = "T01") => new()
    {
        RowKey = group,
        TeamId = "19:ecc900187ac2449b816dfad0749e2b13@thread.tacv2",
        TeamName = "城关镇联络组",
        ChannelId = "19:1fe8c23ea5974ea5ab18794c91b20c0f@thread.tacv2",
        ChannelName = "工作报告",
        ServiceUrl = "https://smba.trafficmanager.net/apac/",
        Locale = "zh-CN",
        LinkedBy = "M001",
        LinkedAt = DateTimeOffset.UtcNow,
    };
}
