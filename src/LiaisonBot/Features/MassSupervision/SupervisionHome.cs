using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.MassSupervision;

/// <summary>The supervision command (secretariat): the campaigns so far, each to open, and "new campaign".</summary>
public sealed class SupervisionHome(CampaignStore store, WorkCalendar calendar)
{
    public static readonly CommandInfo Command = new(MassVerbs.Home, Roles.Secretariat);

    public async Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct) =>
        Card(caller.Texts, await store.AllAsync(ct), calendar);

    public static AdaptiveCard Card(Texts t, IReadOnlyList<CampaignEntity> campaigns, WorkCalendar calendar)
    {
        var body = new List<CardElement> { Parts.Title(t["Mass.Home.Title"]), new TextBlock(t["Mass.Home.Intro"]) { IsSubtle = true } };
        if (campaigns.Count == 0)
        {
            body.Add(new TextBlock(t["Mass.Home.None"]));
        }

        foreach (var c in campaigns.Take(8))
        {
            body.Add(new ColumnSet([
                new Column([
                    new TextBlock(c.Title) { Weight = TextWeight.Bolder },
                    new TextBlock($"{Period(t, c, calendar)} · {t[$"Mass.State.{c.Status}"]}") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
                ]) { Width = "stretch", VerticalContentAlignment = VerticalAlignment.Center },
                new Column([new ActionSet([new ExecuteAction(t["Report.Open"], c.Status == CampaignState.Closed ? MassVerbs.Results : MassVerbs.View)
                    { Data = MassNotice.Data(c.Id) }])]) { Width = "auto" },
            ])
            { Separator = true });
        }

        return new AdaptiveCard(body) { Actions = [new ExecuteAction(t["Mass.New"], MassVerbs.New)], Speak = t["Mass.Home.Title"] };
    }

    /// <summary>"1 Dec 2026 – 31 Dec 2026": the last day shown is the one before the end instant.</summary>
    public static string Period(Texts t, CampaignEntity c, WorkCalendar calendar) =>
        $"{WorkCalendar.Show(calendar.ToDate(c.OpensAt), t)} – {WorkCalendar.Show(calendar.ToDate(c.EndsAt).AddDays(-1), t)}";
}
