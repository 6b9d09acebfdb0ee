using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Meetings;

/// <summary>A short card for a stale button or a step refused: say what happened and lead back to the meeting or the list.</summary>
public static class MeetingNotice
{
    public static Dictionary<string, string> Data(string id) => new() { [MeetingVerbs.Id] = id };

    /// <summary>Says <paramref name="key"/>; with a meeting id, offers the way back to that meeting, else to the list.</summary>
    public static AdaptiveCard Card(Texts t, string key, string? id = null, bool attention = true) =>
        Parts.Notice(t[key], attention, id is null
            ? new ExecuteAction(t["Button.meetings"], MeetingVerbs.List)
            : new ExecuteAction(t["Meeting.Open"], MeetingVerbs.View) { Data = Data(id) });

    public static AdaptiveCard NotFound(Texts t) => Card(t, "Meeting.NotFound");

    /// <summary>Only the organiser and the secretariat manage a meeting; the refusal names whom to ask.</summary>
    public static AdaptiveCard NotOrganiser(Caller caller) =>
        Parts.Notice(caller.Texts["Meeting.NotOrganiser"] + " " + AppCards.Secretariat(caller.Texts, caller.Roster), attention: true,
            new ExecuteAction(caller.Texts["Button.meetings"], MeetingVerbs.List));

    /// <summary>The meeting a button names, if it exists.</summary>
    public static Task<MeetingEntity?> NamedAsync(this MeetingStore store, Turn turn, CancellationToken ct) =>
        turn.ActionId(MeetingVerbs.Id) is { } id ? store.FindAsync(id, ct) : Task.FromResult<MeetingEntity?>(null);
}
