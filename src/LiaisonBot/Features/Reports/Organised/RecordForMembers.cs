using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Reports.Organised;

/// <summary>
/// Whoever organises records it (谁组织谁记录): a leader records an activity for members of their group, the secretariat
/// for anyone, on the report form; each named member gets it in their own reports, verified, with the organiser named.
/// Nobody records for themselves this way: that would be verifying their own report.
/// </summary>
public sealed class RecordForMembers(ReportStore store, WorkCalendar calendar)
{
    public const int MaxMembers = 150;

    public static readonly CommandInfo Command = new(ReportVerbs.RecordFor, Roles.Leader | Roles.Secretariat);

    public Task<AdaptiveCard> FormAsync(Turn turn, Caller caller, CancellationToken ct) =>
        Task.FromResult(Form(caller, ReportFormState.New() with { Organising = true }));

    public async Task<AdaptiveCard> RecordAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        if (turn.ActionId(ReportVerbs.FormId) is not { } formId)
        {
            return ReportNotice.Card(caller.Texts, "Report.Expired");
        }

        var input = ReportForm.Read(turn.ActionData, new Participation(Eligible(caller), Required: true, MaxMembers, "Report.Error.Members"), caller.Roster, calendar, []);
        if (input.Draft is not { } draft)
        {
            return Form(caller, new ReportFormState(formId, null, null, input.Values, input.Errors, Organising: true));
        }

        var now = calendar.Now;
        var members = draft.Participants.Select(code => caller.Roster.ByCode(code)!).ToList();
        foreach (var member in members)
        {
            // One row per member under the form's id: a second delivery of the same form records nobody twice.
            var entity = new ReportEntity { PartitionKey = member.Code, RowKey = formId, AuthorCode = member.Code, CreatedAt = now, OrganizedBy = caller.Member.Code };
            draft.WriteTo(entity, member, now, calendar);
            entity.Participants = null;
            entity.Verify(caller.Member.Code, now);
            await store.CreateAsync(entity, ct);
        }

        return Recorded(caller.Texts, draft.Title, members);
    }

    /// <summary>Who the caller may record for: their group's other members, or (the secretariat) everyone else on the roster.</summary>
    public static IReadOnlyList<Member> Eligible(Caller caller) =>
    [
        .. (caller.Member.Has(Roles.Secretariat) ? caller.Roster.Members.Where(m => m.GroupCode is not null) : caller.Roster.MembersOf(caller.Member.GroupCode ?? ""))
            .Where(m => m.Code != caller.Member.Code),
    ];

    private AdaptiveCard Form(Caller caller, ReportFormState state) =>
        ReportFormCard.Build(caller.Texts, state, new ReportFormChoices(Eligible(caller), []), calendar);

    public static AdaptiveCard Recorded(Texts t, string title, IReadOnlyList<Member> members) => new(
    [
        new Container([Parts.Title("✓ " + t.Plural("Report.Recorded.Title", members.Count))]) { Style = ContainerStyle.Good, Bleed = true },
        new TextBlock(title) { Weight = TextWeight.Bolder },
        new TextBlock(string.Join(t["List.Separator"], members.Select(m => m.Name))) { IsSubtle = true },
        new TextBlock(t["Report.Recorded.Body"]) { Size = TextSize.Small },
    ])
    {
        Actions = [new ExecuteAction(t["Report.Recorded.Another"], ReportVerbs.RecordFor)],
        Speak = t.Plural("Report.Recorded.Title", members.Count),
    };
}
