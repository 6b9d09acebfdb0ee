using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Meetings.SignIn;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Meetings;

/// <summary>签到 with the code on the room's screen, typed on the invitation card: only in the window, only the current code, few tries.</summary>
public sealed class MeetingSignInTests : MeetingScenario
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task TheCodeOnTheScreen_SignsAnInviteeIn_AndAWrongOrOtherMeetingsCodeDoesNot()
    {
        var id = await CreateAsync(Office);
        var other = await CreateAsync(Office, Form(title: "城关镇联络组另一场会议"));
        var member = Group[1];
        Assert.Contains("签到尚未开始", Sent.Text(await ExecuteAsync(member, MeetingVerbs.SignIn, new { id, code = "123456" })));

        Clock.Offset = TimeSpan.FromMinutes(15); // sign-in opens 30 minutes before the start
        var status = await ExecuteAsync(Office, MeetingVerbs.Status, new { id });
        var screen = Sent.Links(status).Single();
        var page = await Host.Client.GetStringAsync(screen.PathAndQuery);
        var meeting = await MeetingAsync(id);
        var code = SignInCodes.CodeAt(meeting, Clock.GetUtcNow(), Step);
        Assert.Contains("城关镇联络组三季度协商会", page);
        Assert.Contains("签到", Sent.Text(await ExecuteAsync(member, MeetingVerbs.View, new { id })));

        var otherCode = SignInCodes.CodeAt(await MeetingAsync(other), Clock.GetUtcNow(), Step);
        var wrong = Sent.Text(await ExecuteAsync(member, MeetingVerbs.SignIn, new { id, code = otherCode == code ? "000000" : otherCode }));
        Assert.Contains("签到码错误或已过期", wrong);
        Assert.Null((await InviteeAsync(id, member)).SignedInAt);

        var fullWidth = string.Concat(code.Select(c => (char)(c - '0' + '０')));
        var signed = Sent.Text(await ExecuteAsync(member, MeetingVerbs.SignIn, new { id, code = $"{fullWidth[..3]} {fullWidth[3..]}" }));
        Assert.Contains("✓ 已于", signed);
        Assert.NotNull((await InviteeAsync(id, member)).SignedInAt);
        Assert.Contains("已签到：1 / 6", Sent.Text(await ExecuteAsync(Office, MeetingVerbs.Status, new { id })));
        Assert.Contains("✓ 已于", Sent.Text(await ExecuteAsync(member, MeetingVerbs.SignIn, new { id, code = "000000" }))); // once in, stays in
    }

    [Fact]
    public async Task WrongCodes_AreLimitedPerMember_SoTheCodeCannotBeGuessed()
    {
        var id = await CreateAsync(Office);
        Clock.Offset = TimeSpan.FromMinutes(15);
        var guesser = Group[2];
        var code = SignInCodes.CodeAt(await MeetingAsync(id), Clock.GetUtcNow(), Step);
        var wrongCode = code == "111111" ? "222222" : "111111";

        for (var i = 0; i < 4; i++)
        {
            Assert.Contains("签到码错误或已过期", Sent.Text(await ExecuteAsync(guesser, MeetingVerbs.SignIn, new { id, code = wrongCode })));
        }

        Assert.Contains("错误次数过多", Sent.Text(await ExecuteAsync(guesser, MeetingVerbs.SignIn, new { id, code = wrongCode })));
        code = SignInCodes.CodeAt(await MeetingAsync(id), Clock.GetUtcNow(), Step);
        Assert.Contains("错误次数过多", Sent.Text(await ExecuteAsync(guesser, MeetingVerbs.SignIn, new { id, code })));
        Assert.Null((await InviteeAsync(id, guesser)).SignedInAt);
        Assert.Equal(5, (await InviteeAsync(id, guesser)).FailedCodes);

        Assert.Contains("✓ 已于", Sent.Text(await ExecuteAsync(Group[3], MeetingVerbs.SignIn, new { id, code })));
    }
}
