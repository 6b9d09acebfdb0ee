using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.MassSupervision.Batches;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.MassSupervision.Results;

/// <summary>
/// A closed campaign's results for the secretariat: per group the slips issued and ballots returned, the shares of
/// each answer about the group and each member ("too few ballots" under k), paper totals apart (group and members), satisfaction per group
/// as a chart, the suggestions as plain text, and the workbook.
/// </summary>
public sealed class ResultsCard(CampaignStore store, SupervisionResults results, SlipLinks links, WorkCalendar calendar)
{
    /// <summary>The card stays under Teams' 28 KB with all 24 groups; the workbook has every suggestion and every share.</summary>
    public const int SuggestionsShown = 5;

    public Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct) =>
        store.NamedAsync(turn, ct).OrAsync(() => MassNotice.NotFound(caller.Texts), async c =>
            await results.OfAsync(c, ct) is { } r
                ? Card(caller.Texts, caller.Roster, r, calendar, links.Workbook(c, caller.Texts.Culture.Name))
                : MassNotice.Card(caller.Texts, "Mass.Results.NotYet", c.Id));

    public static AdaptiveCard Card(Texts t, Committee roster, CampaignResult r, WorkCalendar calendar, string workbook)
    {
        var c = r.Campaign;
        var k = c.MinBallots;
        var body = new List<CardElement>
        {
            Parts.Title(t.Format("Mass.Results.Title", c.Title)),
            new TextBlock($"{SupervisionHome.Period(t, c, calendar)} · {t.Format("Mass.Results.K", k)}") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            BarChart.Of(t["Mass.Results.Chart"], r.Groups.Where(g => g.Returned >= k && g.GroupAnswers.SatisfactionShare is not null)
                .Select(g => (Name(roster, g.Group), Math.Round(100 * g.GroupAnswers.SatisfactionShare!.Value, 1))).ToList()),
        };
        foreach (var g in r.Groups)
        {
            var lines = new List<CardElement>
            {
                new TextBlock(Name(roster, g.Group)) { Weight = TextWeight.Bolder },
                new TextBlock(t.Format("Mass.Results.Turnout", g.Issued, g.Returned)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            };
            if (g.Returned < k)
            {
                lines.Add(new TextBlock(t.Format("Mass.Results.TooFew", k)) { Color = TextColor.Attention, Size = TextSize.Small, Spacing = Spacing.None });
            }
            else
            {
                lines.Add(new TextBlock(t.Format("Mass.Results.Group", Shares(t, g.GroupAnswers))) { Size = TextSize.Small, Spacing = Spacing.None });
                var members = g.Members.Select(m => t.Format("Mass.Results.Line", PlainText.Literal(roster.ByCode(m.Key)?.Name ?? m.Key),
                    m.Value.Answered < k ? t.Format("Mass.Results.TooFew", k) : Satisfaction(t, m.Value)));
                lines.Add(new TextBlock(string.Join("\n\n", members)) { Size = TextSize.Small, IsSubtle = true });
            }

            if (g.PaperReturned > 0 || g.VoidBatches > 0)
            {
                lines.Add(new TextBlock(t.Format("Mass.Results.Paper", g.PaperReturned, Shares(t, g.PaperAnswers))
                    + (g.VoidBatches > 0 ? " " + t.Format("Mass.Results.VoidBatches", g.VoidBatches) : "")
                    + PaperMembers(t, roster, g.PaperMembers, k))
                { Size = TextSize.Small, Spacing = Spacing.None });
            }

            body.Add(new Container(lines) { Separator = true });
        }

        var suggestions = r.Groups.SelectMany(g => g.Suggestions.Select(s => (g.Group, Text: s))).ToList();
        body.Add(new TextBlock(t.Format("Mass.Results.Suggestions", suggestions.Count)) { Weight = TextWeight.Bolder, Spacing = Spacing.Large });
        foreach (var s in suggestions.Take(SuggestionsShown))
        {
            body.Add(new TextBlock(t.Format("Mass.Results.Line", PlainText.Literal(Name(roster, s.Group)), PlainText.Literal(Parts.Clip(s.Text, 80)))) { Size = TextSize.Small });
        }

        if (suggestions.Count > SuggestionsShown)
        {
            body.Add(new TextBlock(t.Format("Mass.Results.MoreSuggestions", suggestions.Count - SuggestionsShown)) { IsSubtle = true, Size = TextSize.Small });
        }

        return new AdaptiveCard(body)
        {
            Actions =
            [
                new OpenUrlAction(t["Mass.Results.Export"], workbook),
                new ExecuteAction(t["Button.supervision"], MassVerbs.Home),
            ],
            Speak = t.Format("Mass.Results.Title", c.Title),
        };
    }

    /// <summary>"满意 60% · 基本满意 30% · 不满意 10% · 不了解 0% (10)": each answer's share and how many answered.</summary>
    public static string Shares(Texts t, AnswerCounts counts) =>
        string.Join(" · ", Answers.All.Select(a => $"{t[$"Mass.Answer.{a}"]} {Percent(counts.Share(a))}")) + $" ({counts.Answered.ToString(CultureInfo.InvariantCulture)})";

    /// <summary>A member's line: the satisfaction share and how many answered (each answer's share is in the workbook).</summary>
    public static string Satisfaction(Texts t, AnswerCounts counts) =>
        t.Format("Mass.Results.Satisfaction", counts.SatisfactionShare is { } s ? Percent(s) : "–", counts.Answered);

    /// <summary>
    /// The members' paper satisfaction on one line, "–" under k: with every group's members on their own lines the card
    /// would pass Teams' 28 KB; the workbook has each answer's count.
    /// </summary>
    private static string PaperMembers(Texts t, Committee roster, IReadOnlyDictionary<string, AnswerCounts> members, int k) =>
        members.Any(m => m.Value.Answered > 0)
            ? "\n\n" + t.Format("Mass.Results.PaperMembers", string.Join(" · ", members.Select(m => PlainText.Literal(roster.ByCode(m.Key)?.Name ?? m.Key) + " "
                + (m.Value.Answered >= k && m.Value.SatisfactionShare is { } s ? Percent(s) : "–"))))
            : "";

    public static string Percent(decimal share) => (100 * share).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Name(Committee roster, string group) => roster.Group(group)?.Name ?? group;
}
