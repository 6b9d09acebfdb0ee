using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Features.Reports;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Tests.Features.Reports;

/// <summary>Realistic reports and form data for tests and the card gallery.</summary>
public static class ReportSamples
{
    public static readonly WorkCalendar Calendar = new(TimeProvider.System, Options.Create(new CalendarOptions()));

    public static DateOnly Today => Calendar.Today;

    public static Dictionary<string, object?> Form(string? title = "赴城关镇调研农村养老服务", DateOnly? date = null, string kind = "Research",
        string? description = "走访三个村的养老服务站，听取村干部和老人意见。", string? participants = null) => new()
        {
            [ReportForm.Kind] = kind,
            [ReportForm.Title] = title,
            [ReportForm.Date] = WorkCalendar.Iso(date ?? Today.AddDays(-1)),
            [ReportForm.Place] = "城关镇",
            [ReportForm.Description] = description,
            [ReportForm.Outcome] = "形成调研报告一份。",
            [ReportForm.Participants] = participants,
        };

    public static ReportEntity Entity(Member author, int n, bool withdrawn = false) => new()
    {
        PartitionKey = author.Code,
        RowKey = Guid.NewGuid().ToString("N"),
        AuthorCode = author.Code,
        AuthorName = author.Name,
        GroupCode = author.GroupCode,
        WorkYear = Today.Year,
        Kind = Enum.GetValues<ActivityKind>()[n % 11].ToString(),
        Title = $"第{n}次履职活动：" + new string('长', 90),
        ActivityDate = Calendar.ToUtc(Today.AddDays(-n % 200)),
        Place = "县政协会议室",
        Description = new string('述', ReportForm.MaxDescription),
        Outcome = new string('效', ReportForm.MaxOutcome),
        TaskTitle = new string('任', 100),
        Participants = string.Join(';', SampleRoster.Roster.MembersOf(author.GroupCode!).Where(m => m.Code != author.Code).Select(m => m.Code)),
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
        Edits = n % 3,
        Withdrawn = withdrawn,
        WithdrawnAt = withdrawn ? DateTimeOffset.UtcNow : null,
        WithdrawReason = withdrawn ? "重复上报" : null,
    };
}
