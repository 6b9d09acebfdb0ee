using LiaisonBot.App;
using LiaisonBot.Features.Roster;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Roster;

public sealed class RosterCsvTests
{
    private const string Header = "code,name,group_code,group_name,group_kind,roles,email,aad_object_id";

    [Fact]
    public void SampleRoster_IsTheWholeCommittee()
    {
        var roster = SampleRoster.Roster;

        Assert.Equal(24, roster.Groups.Count);
        Assert.Equal(15, roster.Groups.Count(g => g.Kind == GroupKind.Township));
        Assert.Equal(9, roster.Groups.Count(g => g.Kind == GroupKind.Agency));
        Assert.Equal(138, roster.WithRole(Roles.Member).Count());
        Assert.All(roster.Groups, g => Assert.Single(roster.MembersOf(g.Code), m => m.Has(Roles.Leader)));
        Assert.InRange(roster.WithRole(Roles.StandingCommittee).Count(), 25, 35);
        Assert.Equal(3, roster.WithRole(Roles.Secretariat).Count());
    }

    [Fact]
    public void ChineseHeadersAndRoleNames_AreAccepted()
    {
        var parse = Parse("编号,姓名,组编号,联络组,类别,角色,邮箱\nM1,张三,T01,城关镇联络组,乡镇,组长、常委,m1@example.cn\nS1,李四,,,,办公室,s1@example.cn");

        Assert.True(parse.Succeeded, string.Join("; ", parse.Errors));
        Assert.Equal(Roles.Member | Roles.Leader | Roles.StandingCommittee, parse.Roster!.ByCode("M1")!.Roles);
        Assert.Equal(GroupKind.Township, parse.Roster.Group("T01")!.Kind);
        Assert.Null(parse.Roster.ByCode("S1")!.GroupCode);
    }

    [Theory]
    [InlineData("M1,,T01,G,township,leader,m1@example.cn,", 2, "Import.Missing")]
    [InlineData("M1,张三,T01,G,township,leader,not-an-email,", 2, "Import.BadEmail")]
    [InlineData("M1,张三,T01,G,township,leader,m1@example.cn,not-a-guid", 2, "Import.BadAad")]
    [InlineData("M1,张三,T01,G,village,leader,m1@example.cn,", 2, "Import.UnknownKind")]
    [InlineData("M1,张三,T01,G,township,leader;chair,m1@example.cn,", 2, "Import.UnknownRole")]
    [InlineData("M1/2,张三,T01,G,township,leader,m1@example.cn,", 2, "Import.BadCode")]
    [InlineData("M1,张三,,,,standing-committee,m1@example.cn,", 2, "Import.RoleNeedsGroup")]
    [InlineData("M1,张三,T01,G,township,member,m1@example.cn,", 2, "Import.NoLeader")]
    [InlineData("M1,张三,T09,,,leader,m1@example.cn,", 2, "Import.UnknownGroup")]
    [InlineData("M1,\"张\"三,T01,G,township,leader,m1@example.cn,", 2, "Import.BadCsv")]
    public void BadRow_IsReportedWithItsLine_AndNothingIsReturned(string row, int line, string key)
    {
        var parse = Parse($"{Header}\n{row}");

        Assert.Null(parse.Roster);
        Assert.Contains(parse.Errors, e => e.Line == line && e.Key == key);
    }

    [Fact]
    public void DuplicatesAndSecondLeaders_NameBothLines()
    {
        var parse = Parse($"""
            {Header}
            M1,张三,T01,城关镇联络组,township,leader,m1@example.cn,
            M2,李四,T01,城关镇联络组,township,leader,m2@example.cn,
            M1,王五,T01,城关镇联络组,township,member,m1@example.cn,
            M4,赵六,T01,河口镇联络组,township,member,m4@example.cn,
            """);

        Assert.Contains(parse.Errors, e => e is { Line: 3, Key: "Import.TwoLeaders" });
        Assert.Contains(parse.Errors, e => e is { Line: 4, Key: "Import.DuplicateCode" } && e.Args[1] is 2);
        Assert.Contains(parse.Errors, e => e is { Line: 4, Key: "Import.DuplicateEmail" });
        Assert.Contains(parse.Errors, e => e is { Line: 5, Key: "Import.GroupConflict" });
        Assert.Equal(parse.Errors.OrderBy(e => e.Line), parse.Errors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("code,name,roles\nM1,张三,member")]
    public void MissingHeader_IsOneErrorOnLineOne(string csv)
    {
        var parse = Parse(csv);

        Assert.Equal(1, Assert.Single(parse.Errors).Line);
    }

    private static RosterParse Parse(string csv) => RosterCsv.Parse(new StringReader(csv.ReplaceLineEndings("\n")));
}
