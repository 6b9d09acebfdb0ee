using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Scoring;

/// <summary>Pieces the scoring cards share.</summary>
public static class ScoringParts
{
    /// <summary>The data every button about a round carries: its id.</summary>
    public static Dictionary<string, string> Ids(ScoringRoundEntity round) => new() { [ScoringVerbs.Id] = round.Id };

    /// <summary>"思路 25 · 措施 25 · 方法 25 · 成效 25（满分 100）".</summary>
    public static string CriteriaLine(Texts t, ScoringRoundEntity round) =>
        t.Format("Scoring.CriteriaLine", string.Join(" · ", Criteria.All.Select(c => $"{c.Name(t)} {round.Max(c)}")), round.MaxTotal);

    public static string GroupName(Committee roster, string code) => roster.Group(code)?.Name ?? code;

    /// <summary>The round's title and closing time, atop the cards a scorer starts from.</summary>
    public static IEnumerable<CardElement> Heading(Texts t, ScoringRoundEntity round, WorkCalendar calendar)
    {
        yield return Parts.Title(t.Format("Scoring.Title", round.WorkYear));
        yield return new TextBlock(t.Format("Scoring.Invite.Closes", calendar.ShowMoment(round.ClosesAt, t))) { IsSubtle = true, Spacing = Spacing.None };
    }

    /// <summary>The anonymity promise, and what it does not cover, on every card a scorer scores from.</summary>
    public static Container Promise(Texts t) =>
        new([
            new TextBlock("🔒 " + t["Scoring.Promise.Title"]) { Weight = TextWeight.Bolder, Size = TextSize.Small },
            new TextBlock(t["Scoring.Promise"]) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        ])
        { Separator = true, Spacing = Spacing.Medium };

    /// <summary>A button that opens one page of the scorer's groups.</summary>
    public static ExecuteAction PageAction(string title, ScoringRoundEntity round, int page) =>
        new(title, ScoringVerbs.Page)
        {
            Data = new Dictionary<string, string>(Ids(round)) { [ScoringVerbs.PageNumber] = page.ToString(CultureInfo.InvariantCulture) },
        };
}
