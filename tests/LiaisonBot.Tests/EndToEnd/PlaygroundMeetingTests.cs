using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Meetings.SignIn;
using LiaisonBot.Tests.Features.Meetings;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LiaisonBot.Tests.EndToEnd;

/// <summary>
/// A meeting in the playground: a member asks for leave and sees it approved (the one playground user plays the member
/// and then the leader, with "act as"), and signs in with the code the projected screen shows.
/// </summary>
public sealed class PlaygroundMeetingTests : PlaygroundSession
{
    [Fact]
    public async Task AMember_AsksForLeave_TheLeaderApproves_AndTheMemberSeesItApproved()
    {
        var page = await OpenAsync(new() { ViewportSize = new() { Width = 1280, Height = 1400 } });
        await page.Locator(".ac-adaptiveCard", new() { HasText = "Welcome, 高浩然" }).WaitForAsync(new() { Timeout = 30_000 });
        await TypeAsync(page, $"act as {SampleRoster.Member.Code}");
        await page.Locator(".ac-adaptiveCard", new() { HasText = $"Welcome, {SampleRoster.Member.Name}" }).WaitForAsync(new() { Timeout = 15_000 });

        var meeting = SignInTesting.Meeting(DateTimeOffset.UtcNow.AddHours(2));
        meeting.Approval = nameof(LeaveApproval.Leader);
        await SendAsync(meeting);

        var invitation = page.Locator(".ac-adaptiveCard", new() { HasText = SignInTesting.Title });
        await invitation.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Contains("The member's group leader", await invitation.InnerTextAsync());
        await invitation.GetByLabel("Reason for leave").FillAsync("赴市里参加人大代表培训");
        await invitation.GetByRole(AriaRole.Button, new() { Name = "Ask for leave" }).ClickAsync();
        await page.Locator(".ac-adaptiveCard", new() { HasText = "Leave asked: waiting for approval" }).WaitForAsync(new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new() { Path = Shot("meeting-leave-asked"), FullPage = true });

        await TypeAsync(page, $"act as {SampleRoster.Leader.Code}");
        await TypeAsync(page, "meetings");
        var list = page.Locator(".ac-adaptiveCard", new() { HasText = "Leave requests for you to decide: 1" });
        await list.WaitForAsync(new() { Timeout = 15_000 });
        await list.GetByRole(AriaRole.Button, new() { Name = "Decide" }).ClickAsync();
        var request = page.Locator(".ac-adaptiveCard", new() { HasText = $"Leave request: {SampleRoster.Member.Name}" });
        await request.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains("赴市里参加人大代表培训", await request.InnerTextAsync());
        await request.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await page.Locator(".ac-adaptiveCard", new() { HasText = $"Approved by {SampleRoster.Leader.Name}" }).WaitForAsync(new() { Timeout = 15_000 });

        await TypeAsync(page, $"act as {SampleRoster.Member.Code}");
        await SendAsChineseClientAsync("会议");
        var mine = page.Locator(".ac-adaptiveCard", new() { HasText = "我的会议" });
        await mine.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains("✓ 请假已批准", await mine.InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Shot("meeting-leave-approved"), FullPage = true });
    }

    [Fact]
    public async Task TheProjectedScreen_ShowsACode_ThatSignsTheMemberIn()
    {
        var page = await OpenAsync(new() { ViewportSize = new() { Width = 1280, Height = 1400 } });
        await page.Locator(".ac-adaptiveCard", new() { HasText = "Welcome, 高浩然" }).WaitForAsync(new() { Timeout = 30_000 });
        var meeting = SignInTesting.Meeting(DateTimeOffset.UtcNow.AddMinutes(10)); // sign-in is open
        await SendAsync(meeting);
        var invitation = page.Locator(".ac-adaptiveCard", new() { HasText = SignInTesting.Title });
        await invitation.WaitForAsync(new() { Timeout = 30_000 });

        var screen = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 720 } });
        await screen.GotoAsync(new Uri(Bot.ClientOptions.BaseAddress, SignInScreen.PathOf(meeting) + "&lang=zh-CN").AbsoluteUri);
        var code = (await screen.Locator("#code").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
        Assert.Matches("^[0-9]{6}$", code);
        await screen.ScreenshotAsync(new() { Path = Shot("meeting-screen") });

        await invitation.GetByLabel("Sign-in code on the screen").FillAsync(code);
        await invitation.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.Locator(".ac-adaptiveCard", new() { HasText = "✓ Signed in at" }).WaitForAsync(new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new() { Path = Shot("meeting-signed-in"), FullPage = true });
        await Assertions.Expect(screen.Locator("#signed")).ToHaveTextAsync("1", new() { Timeout = 15_000 }); // the screen counts the sign-in
    }

    /// <summary>The secretariat's part, done on the server as the send verb does it: store the meeting, queue the invitations.</summary>
    private async Task SendAsync(MeetingEntity meeting)
    {
        await Bot.Services.GetRequiredService<MeetingStore>().AddAsync(meeting, SignInTesting.Invitees(meeting, signedIn: 0), CancellationToken.None);
        await Bot.Services.GetRequiredService<Invitations>().SendAsync(meeting, CancellationToken.None);
    }

    private static async Task TypeAsync(IPage page, string text)
    {
        var compose = page.Locator("[data-lexical-editor=\"true\"]").First;
        await compose.ClickAsync();
        await page.Keyboard.TypeAsync(text);
        await page.Keyboard.PressAsync("Enter");
    }
}
