using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using LiaisonBot.Spreadsheets;

namespace LiaisonBot.Features.DutyFile;

/// <summary>
/// The year's points rules for the secretariat: every number, who loaded them from which file, and how to change them
/// (download the template, fill it in, attach it in this chat).
/// </summary>
public sealed class PointsRulesView(PointsRulesStore rules, WorkCalendar calendar, PublicAddress address)
{
    public static readonly WorkbookTemplate Template = new("/points/template.xlsx", "Points", "points-rules-template.xlsx");

    public static readonly WorkbookTemplate EnglishTemplate = new("/points/template.en.xlsx", "Points", "points-rules-template.en.xlsx");

    public async Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var year = YearSwitch.Of(turn, calendar);
        var template = caller.Texts.IsChinese ? Template : EnglishTemplate;
        return Card(caller.Texts, year, await rules.FindEntityAsync(year, ct), calendar, template.Url(address.Base));
    }

    public static AdaptiveCard Card(Texts t, int year, PointsRulesEntity? loaded, WorkCalendar calendar, string? templateUrl)
    {
        var body = new List<CardElement> { Parts.Title(t.Format("Points.Rules.Title", year)), YearSwitch.Buttons(t, DutyFileVerbs.Rules, year, calendar) };
        if (loaded is null)
        {
            body.Add(new TextBlock(t.Format("Points.Rules.None", year)));
        }
        else
        {
            body.Add(RulesCard.Loaded(t, loaded, calendar));
            body.AddRange(RulesCard.Body(t, loaded.Read()));
            body.Add(new TextBlock(t["Points.Rules.Change"]) { IsSubtle = true, Size = TextSize.Small, Separator = true });
        }

        var actions = new List<CardAction> { new ExecuteAction(t["Button.points"], DutyFileVerbs.Points) { Data = YearSwitch.With(null, year) } };
        if (templateUrl is not null)
        {
            actions.Insert(0, new OpenUrlAction(t["Points.Rules.Template"], templateUrl));
        }

        return new AdaptiveCard(body) { Actions = actions };
    }
}
