using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Reports.Verification;

/// <summary>
/// What waits for the caller, this year's and last year's: the reports to verify (a leader their group's members', the
/// secretariat everyone's, leaders' own first) and the records they organised that a member disputes. Oldest first, so
/// nobody waits longest twice.
/// </summary>
public sealed class ToVerify(ReportStore store, WorkCalendar calendar)
{
    public const int PageSize = 5;

    public static readonly CommandInfo Command = new(ReportVerbs.ToVerify, Roles.Leader | Roles.Secretariat);

    public Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct) =>
        CardAsync(caller, turn.ActionNumber(ReportVerbs.Page) ?? 0, null, ct);

    /// <summary>The list again after a verdict, on the page the reviewer was on, with what just happened on top.</summary>
    public async Task<AdaptiveCard> CardAsync(Caller caller, int page, ListNotice? notice, CancellationToken ct)
    {
        var group = caller.Member.Has(Roles.Secretariat) ? null : caller.Member.GroupCode;
        var waiting = new List<ReportEntity>();
        foreach (var year in calendar.OpenYears)
        {
            waiting.AddRange((await store.ByYearAsync(year, group, ct)).Where(r =>
                (r.AwaitsReview && Reviewers.MayReview(caller.Member, r)) || (Disputed(r) && Reviewers.MaySettle(caller.Member, r))));
        }

        var leaders = waiting.Where(r => caller.Roster.ByCode(r.AuthorCode)?.Has(Roles.Leader) == true).ToHashSet();
        var ordered = waiting.OrderBy(r => Disputed(r) ? 0 : leaders.Contains(r) ? 1 : 2).ThenBy(r => r.UpdatedAt).ToList();
        return Card(caller.Texts, ordered, caller.Roster, calendar, page, notice);
    }

    public static AdaptiveCard Card(Texts t, IReadOnlyList<ReportEntity> waiting, Committee roster, WorkCalendar calendar, int requestedPage, ListNotice? notice)
    {
        var body = new List<CardElement> { Parts.Title(t["Report.ToVerify.Title"]) };
        if (notice is not null)
        {
            body.Add(new TextBlock(notice.Text) { Weight = TextWeight.Bolder, Color = notice.Refused ? TextColor.Attention : TextColor.Good });
        }

        if (waiting.Count == 0)
        {
            body.Add(new TextBlock(t["Report.ToVerify.None"]));
            return new AdaptiveCard(body) { Speak = t["Report.ToVerify.Title"] };
        }

        var page = Pages.Of(waiting, requestedPage, PageSize);
        body.Add(new TextBlock(t.Plural("Report.ToVerify.Count", waiting.Count, page.Number + 1, page.Count)) { IsSubtle = true, Spacing = Spacing.None });
        body.AddRange(page.Items.Select(r => Item(t, r, roster, calendar, page.Number)));
        var actions = new List<CardAction>();
        if (page.HasPrevious)
        {
            actions.Add(PageButton(t["Report.Newer"], page.Number - 1));
        }

        if (page.HasNext)
        {
            actions.Add(PageButton(t["Report.Older"], page.Number + 1));
        }

        return new AdaptiveCard(body) { Actions = actions.Count > 0 ? actions : null, Speak = t["Report.ToVerify.Title"] };
    }

    /// <summary>One waiting report: who, what and when, what they wrote, and the two verdicts.</summary>
    private static Container Item(Texts t, ReportEntity r, Committee roster, WorkCalendar calendar, int page)
    {
        var who = $"{r.AuthorName} · {r.ActivityKind.Name(t)} · {WorkCalendar.Show(calendar.ToDate(r.ActivityDate), t)}";
        var items = new List<CardElement>
        {
            new TextBlock(who) { Weight = TextWeight.Bolder, Size = TextSize.Small, Color = TextColor.Accent },
            new TextBlock(r.Title) { Weight = TextWeight.Bolder, Spacing = Spacing.None, MaxLines = 2 },
            new TextBlock(Parts.Clip(r.Description, 200)) { MaxLines = 4, Spacing = Spacing.Small },
        };
        if (r.ParticipantCodes.Count > 0)
        {
            items.Add(new TextBlock(t.Format("Report.ToVerify.With", string.Join(t["List.Separator"], r.ParticipantCodes.Select(c => roster.ByCode(c)?.Name ?? c))))
            { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        }

        if (r.Edits > 0)
        {
            items.Add(new TextBlock(t["Report.ToVerify.Resubmitted"]) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        }

        var data = Ids(r, page);
        if (Disputed(r))
        {
            items.Insert(0, new TextBlock(t.Format("Report.ToVerify.Disputed", r.AuthorName, r.DisputeReason)) { Weight = TextWeight.Bolder, Wrap = true });
            items.Add(new ActionSet(
            [
                new ExecuteAction(t["Report.Remove"], ReportVerbs.Remove) { Data = data },
                new ExecuteAction(t["Report.Keep"], ReportVerbs.Keep) { Data = data },
            ]));
            return new Container(items) { Separator = true, Spacing = Spacing.Medium, Style = ContainerStyle.Warning };
        }

        items.Add(new ActionSet(
        [
            new ExecuteAction(t["Report.Verify"], ReportVerbs.Verify) { Data = data },
            new ExecuteAction(t["Report.Return"], ReportVerbs.Return) { Data = data },
        ]));
        return new Container(items) { Separator = true, Spacing = Spacing.Medium };
    }

    private static bool Disputed(ReportEntity r) => !r.Withdrawn && r.ReviewState == ReviewState.Disputed;

    /// <summary>What a verdict button carries: whose report, which one, the version the reviewer read, and the page to come back to.</summary>
    public static Dictionary<string, string> Ids(ReportEntity r, int page) => new()
    {
        [ReportVerbs.Author] = r.AuthorCode,
        [ReportVerbs.ReportId] = r.Id,
        [ReportVerbs.ETag] = r.ETag.ToString(),
        [ReportVerbs.Page] = page.ToString(CultureInfo.InvariantCulture),
    };

    private static ExecuteAction PageButton(string title, int page) =>
        new(title, ReportVerbs.ToVerify) { Data = new Dictionary<string, string> { [ReportVerbs.Page] = page.ToString(CultureInfo.InvariantCulture) } };
}
