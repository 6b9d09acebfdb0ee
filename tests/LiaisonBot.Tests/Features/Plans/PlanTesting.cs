using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Plans.Import;
using LiaisonBot.Tests.Features.Broadcasts;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Plans;

/// <summary>A small plan for two groups of the sample roster, and the settings to run the bot on its year.</summary>
public static class PlanTesting
{
    public const int Year = 2026;

    /// <summary>Reminder tests use a year whose due dates are far from the real clock, so the running service stays idle.</summary>
    public const int FutureYear = 2027;

    public static Dictionary<string, string?> Settings(int year = Year) =>
        new(BroadcastTesting.Settings) { ["Calendar:WorkYear"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    public static PlanDraft Plan(string group, int year = Year) =>
        new(year, group, $"{group} 围绕乡村振兴开展调研视察，年内形成高质量建议", ["学习全国政协会议精神", "学习协商议政规则"], ["专题调研", "委员接待日"], "每位委员全年至少参加 4 次活动");

    public static TaskDraft Task(string group, string no, string title, string due, params string[] owners) =>
        new(int.Parse(due[..4]), group, no, title, $"{title}的说明", $"{title}的成果", DateOnly.Parse(due), owners, "乡村振兴");

    /// <summary>
    /// T01 (leader M001, members M002–M006): 1 whole group, overdue on the real clock; 2 M004 alone; 3 M002 and M003.
    /// T02: 1 M008 alone.
    /// </summary>
    public static PlanWorkbook Workbook(int year = Year) => new(year, [Plan("T01", year), Plan("T02", year)],
    [
        Task("T01", "1", "开展农村人居环境调研", $"{year}-03-31"),
        Task("T01", "2", "撰写社情民意信息", $"{year}-06-30", "M004"),
        Task("T01", "3", "视察城关镇养老服务", $"{year}-12-20", "M002", "M003"),
        Task("T02", "1", "联系河口镇企业", $"{year}-12-25", "M008"),
    ]);

    public static async Task<PlanImportResult> ImportAsync(BotHost host, PlanWorkbook workbook) =>
        await host.Services.GetRequiredService<PlanImporter>().ImportAsync(workbook, CancellationToken.None);

    /// <summary>Installs the app for these members (the way Teams does), so the outbox can reach them.</summary>
    public static async Task<List<TestUser>> InstallAsync(BotHost host, params string[] codes)
    {
        var users = codes.Select(c => TestUser.Of(SampleRoster.Roster.ByCode(c)!, host)).ToList();
        foreach (var user in users)
        {
            await host.PostAsync(user.Installation("add"));
            await host.PostAsync(user.Install());
        }

        return users;
    }
}
