using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Plans.Publishing;

/// <summary>The secretariat publishes one group's plan, or every plan of the year with something new to send.</summary>
public sealed class PublishPlans(PlanStore store, PlanPublisher publisher, WorkCalendar calendar)
{
    public async Task<AdaptiveCard> PublishAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var year = PlanYear.Of(turn, calendar);
        var which = turn.ActionString(PlanVerbs.Group);
        var groups = which == PlanVerbs.AllGroups
            ? (await store.PlansAsync(year, ct)).Select(p => p.GroupCode).ToList()
            : caller.Roster.Group(which) is { } one ? [one.Code] : [];
        var done = new List<Publication>();
        foreach (var group in groups)
        {
            if (await publisher.PublishAsync(year, group, caller.Roster, ct) is { } publication)
            {
                done.Add(publication);
            }
        }

        return Card(caller.Texts, done, caller.Roster);
    }

    /// <summary>What publishing did, per group that had something to send.</summary>
    public static AdaptiveCard Card(Texts t, IReadOnlyList<Publication> publications, Committee roster)
    {
        var sent = publications.Where(p => !p.NothingChanged).ToList();
        var body = new List<CardElement> { Parts.Title(t["Plans.Published.Title"]) };
        if (sent.Count == 0)
        {
            body.Add(new TextBlock(t["Plans.Published.Nothing"]));
        }
        else
        {
            body.Add(new TextBlock(t.Format("Plans.Published.Summary", sent.Sum(p => p.Sent), sent.Count)) { Color = TextColor.Good, Weight = TextWeight.Bolder });
            body.Add(new FactSet(sent.Select(p => new Fact(roster.Group(p.GroupCode)?.Name ?? p.GroupCode,
                p.NotInstalled > 0 ? t.Plural("Plans.Published.GroupMissing", p.Sent, p.NotInstalled) : t.Plural("Plans.Published.Group", p.Sent))).ToList()));
        }

        return new AdaptiveCard(body) { Actions = [new ExecuteAction(t["Button.plans"], PlanVerbs.Plans)] };
    }
}
