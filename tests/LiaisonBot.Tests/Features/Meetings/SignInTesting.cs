using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Meetings.SignIn;
using LiaisonBot.Storage;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Meetings;

/// <summary>A group meeting of 城关镇联络组 as the organiser's verb will store it, with its invitees, some signed in.</summary>
public static class SignInTesting
{
    public const string Title = "城关镇联络组第四季度集中视察活动";
    public const string Place = "县政协三楼会议室";

    public static readonly string GroupCode = SampleRoster.Leader.GroupCode!;

    public static MeetingEntity Meeting(DateTimeOffset startsAt, MeetingState state = MeetingState.Open) => new()
    {
        RowKey = Guid.NewGuid().ToString("N"),
        Kind = nameof(MeetingKind.GroupActivity),
        Title = Title,
        StartsAt = startsAt,
        EndsAt = startsAt.AddHours(2),
        Place = Place,
        Groups = GroupCode,
        Invitees = string.Join(';', SampleRoster.Roster.MembersOf(GroupCode).Select(m => m.Code)),
        OrganiserCode = SampleRoster.Leader.Code,
        OrganiserName = SampleRoster.Leader.Name,
        OrganiserGroup = GroupCode,
        State = state.ToString(),
        CreatedAt = startsAt.AddDays(-7),
        SignInSecret = SignInCodes.NewSecret(),
        ScreenKey = SignInCodes.NewScreenKey(),
    };

    /// <summary>Every member of the group, the first <paramref name="signedIn"/> of them present.</summary>
    public static List<InviteeEntity> Invitees(MeetingEntity m, int signedIn) =>
        [.. m.InviteeCodes.Select((code, i) => new InviteeEntity
        {
            PartitionKey = m.Id,
            RowKey = Keys.Escape(code),
            Code = code,
            Name = SampleRoster.Roster.ByCode(code)!.Name,
            GroupCode = GroupCode,
            Reply = nameof(MeetingReply.Coming),
            SignedInAt = i < signedIn ? m.StartsAt.AddMinutes(-20) : null,
        })];

    public static async Task<MeetingEntity> AddAsync(IServiceProvider services, MeetingEntity m, int signedIn)
    {
        await services.GetRequiredService<MeetingStore>().AddAsync(m, Invitees(m, signedIn), CancellationToken.None);
        return m;
    }

    public static string ScreenPath(MeetingEntity m, string? lang = null) =>
        SignInScreen.PathOf(m) + (lang is null ? "" : "&lang=" + lang);

    public static string CodePath(MeetingEntity m) =>
        $"/meetings/{m.Id}/screen/code?key={Uri.EscapeDataString(m.ScreenKey)}";
}
