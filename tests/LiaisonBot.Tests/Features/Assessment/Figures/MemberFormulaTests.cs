using LiaisonBot.Features.Assessment.Figures;
using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Reports;
using LiaisonBot.Localization;
using LiaisonBot.Tests.Infrastructure;
using static LiaisonBot.Tests.Features.Assessment.Figures.FiguresTesting;

namespace LiaisonBot.Tests.Features.Assessment.Figures;

/// <summary>
/// The formulas on the members' year, each on a hand-worked example against <see cref="FigureSchemes"/> (4 verified
/// records a member: 10; members meeting the minimums: 10; attendance: 10). 城关镇 T01 has six members (M001–M006),
/// 河口镇 T02 five (M007–M011), 石桥镇 T03 five (M012–M016), 柳林镇 T04 four (M017–M020).
/// </summary>
public sealed class MemberFormulaTests(SharedBotHost<MemberFormulaTests> shared) : IClassFixture<SharedBotHost<MemberFormulaTests>>, ISharedBotHost
{
    private readonly FiguresTesting seed = new(shared.ForNextTest());

    public static async Task<BotHost> StartAsync()
    {
        var host = await BotHost.StartAsync();
        await host.ImportRosterAsync();
        return host;
    }

    [Fact]
    public async Task VerifiedRecordsAMember_AgainstTheTarget_OnlyVerifiedCounted_CappedAtTheFullPoints()
    {
        const int year = 2041;
        // T01 verified: M001 4, M002 5, M003 3, M004 2, M005 0, M006 1 = 15.
        foreach (var (member, count) in new[] { ("M001", 4), ("M002", 5), ("M003", 3), ("M004", 2), ("M006", 1) })
        {
            for (var i = 0; i < count; i++)
            {
                await seed.ReportAsync(year, member, ReviewState.Verified, $"调研{i}", day: i);
            }
        }

        // Not counted: waiting, returned, disputed, withdrawn, and last year's.
        await seed.ReportAsync(year, "M005", ReviewState.Submitted, "待核实");
        await seed.ReportAsync(year, "M005", ReviewState.Returned, "退回");
        await seed.ReportAsync(year, "M005", ReviewState.Disputed, "有异议");
        await seed.ReportAsync(year, "M004", ReviewState.Verified, "已撤回", day: 30, withdrawn: true);
        await seed.ReportAsync(year - 1, "M005", ReviewState.Verified, "去年的调研");
        // T04: M017–M019 4 each, M020 6 = 18, 4.5 a member: over the target.
        foreach (var (member, count) in new[] { ("M017", 4), ("M018", 4), ("M019", 4), ("M020", 6) })
        {
            for (var i = 0; i < count; i++)
            {
                await seed.ReportAsync(year, member, ReviewState.Verified, $"视察{i}", day: i);
            }
        }

        var t01 = await seed.ItemAsync(year, "T01", "C1");
        var t04 = await seed.ItemAsync(year, "T04", "C1");
        var t02 = await seed.ItemAsync(year, "T02", "C1");

        // 15 / 6 = 2.5 a member; 15 / (6 × 4) = 0.625 × 10 = 6.25 → 6.3.
        Assert.Equal((6.3m, 2.5m, 4m), (t01.Points, t01.Have, t01.Of));
        Assert.Equal(["高浩然 · 4 ✓", "彭金凤 · 5 ✓", "王秋菊 · 3 ✗", "孙淑珍 · 2 ✗", "陆玉林 · 0 ✗", "何思远 · 1 ✗"],
            t01.Evidence.Select(e => $"{e.Text} {(e.Counts ? "✓" : "✗")}"));
        Assert.Equal((10m, 4.5m, 4m), (t04.Points, t04.Have, t04.Of));
        Assert.Equal((0m, 0m, 4m), (t02.Points, t02.Have, t02.Of));

        var item = FigureSchemes.Item(year, "C1");
        Assert.Equal("人均核实记录 2.5 条（目标 4 条）", FigureText.Explain(Texts.Chinese, item, t01));
        Assert.Equal("2.5 verified records a member (target 4)", FigureText.Explain(Texts.English, item, t01));
    }

    [Fact]
    public async Task MembersMeetingTheMinimums_OverTheGroupsMembers_AMemberWithoutPointsHasNotMetThem()
    {
        const int year = 2042;
        await seed.DutyPointsAsync(year, "T01", ("M001", true), ("M002", true), ("M003", false), ("M004", true), ("M005", false)); // M006 has no row
        await seed.DutyPointsAsync(year, "T03", ("M012", true), ("M013", true), ("M014", true), ("M015", true), ("M016", false));
        await seed.DutyPointsAsync(year - 1, "T02", ("M007", true)); // last year's

        var t01 = await seed.ItemAsync(year, "T01", "C2");
        var t03 = await seed.ItemAsync(year, "T03", "C2");
        var t02 = await seed.ItemAsync(year, "T02", "C2");

        // 3 of 6 × 10 = 5; 4 of 5 × 10 = 8.
        Assert.Equal((5m, 3m, 6m), (t01.Points, t01.Have, t01.Of));
        Assert.Equal(["高浩然 ✓", "彭金凤 ✓", "王秋菊 ✗", "孙淑珍 ✓", "陆玉林 ✗", "何思远 ✗"], t01.Evidence.Select(e => $"{e.Text} {(e.Counts ? "✓" : "✗")}"));
        Assert.Equal((8m, 4m, 5m), (t03.Points, t03.Have, t03.Of));
        Assert.Equal((0m, Figure.Notes.NoDutyPoints), (t02.Points, t02.Note));

        var item = FigureSchemes.Item(year, "C2");
        Assert.Equal("达到年度基本要求的委员 3 人，共 6 人", FigureText.Explain(Texts.Chinese, item, t01));
        Assert.Equal("3 of 6 members met the yearly minimums", FigureText.Explain(Texts.English, item, t01));
        Assert.Equal("本年度没有履职积分（未导入积分规则），不计分", FigureText.Explain(Texts.Chinese, item, t02));
    }

    [Fact]
    public async Task Attendance_PresentOverInvitedAtClosedMeetings_LeaveIsNotPresence()
    {
        const int year = 2043;
        await seed.MeetingAsync(year, "m2043a", Day(year, 3, 1),
            ("M001", AttendanceOutcome.Present), ("M002", AttendanceOutcome.Present), ("M003", AttendanceOutcome.Excused), ("M004", AttendanceOutcome.Absent),
            ("M007", AttendanceOutcome.Absent));
        await seed.MeetingAsync(year, "m2043b", Day(year, 9, 1), ("M001", AttendanceOutcome.Present), ("M004", AttendanceOutcome.Present), ("M005", AttendanceOutcome.Present));
        await seed.MeetingAsync(year - 1, "m2042", Day(year - 1, 9, 1), ("M012", AttendanceOutcome.Present)); // last year's

        var t01 = await seed.ItemAsync(year, "T01", "B2");
        var t02 = await seed.ItemAsync(year, "T02", "B2");
        var t03 = await seed.ItemAsync(year, "T03", "B2");

        // T01: present 5 of 7 invitations × 10 = 7.14… → 7.1. T02: 0 of 1. T03: no invitations this year.
        Assert.Equal((7.1m, 5m, 7m), (t01.Points, t01.Have, t01.Of));
        Assert.Equal(["高浩然 · 2/2 ✓", "彭金凤 · 1/1 ✓", "王秋菊 · 0/1 ✗", "孙淑珍 · 1/2 ✗", "陆玉林 · 1/1 ✓", "何思远 · 0/0 ✗"],
            t01.Evidence.Select(e => $"{e.Text} {(e.Counts ? "✓" : "✗")}"));
        Assert.Equal((0m, 0m, 1m), (t02.Points, t02.Have, t02.Of));
        Assert.Equal((0m, Figure.Notes.NoMeetings), (t03.Points, t03.Note));

        var item = FigureSchemes.Item(year, "B2");
        Assert.Equal("应出席 7 人次，实到 5 人次（71.4%）", FigureText.Explain(Texts.Chinese, item, t01));
        Assert.Equal("Present 5 of 7 times invited (71.4%)", FigureText.Explain(Texts.English, item, t01));
        Assert.Equal("No closed meeting invited the group's members", FigureText.Explain(Texts.English, item, t03));
    }
}
