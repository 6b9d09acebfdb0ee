using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using LiaisonBot.Spreadsheets;

namespace LiaisonBot.Features.Assessment.Scheme;

/// <summary>
/// The year's assessment scheme for the secretariat (verb <see cref="AssessmentVerbs.Scheme"/>): every item, who loaded it
/// from which file, and how to change it while the year is not approved (download the template, fill it in, attach it here).
/// </summary>
public sealed class SchemeView(AssessmentStore store, WorkCalendar calendar, PublicAddress address)
{
    public static readonly WorkbookTemplate Template = new("/assessment/template.xlsx", "Assessment", "assessment-scheme-template.xlsx");

    public static readonly WorkbookTemplate EnglishTemplate = new("/assessment/template.en.xlsx", "Assessment", "assessment-scheme-template.en.xlsx");

    public async Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var year = YearSwitch.Of(turn, calendar);
        var template = caller.Texts.IsChinese ? Template : EnglishTemplate;
        return Card(caller.Texts, year, await store.FindAsync(year, ct), calendar, template.Url(address.Base));
    }

    public static AdaptiveCard Card(Texts t, int year, AssessmentEntity? loaded, WorkCalendar calendar, string? templateUrl)
    {
        var body = new List<CardElement> { Parts.Title(t.Format("Assessment.Scheme.Title", year)), YearSwitch.Buttons(t, AssessmentVerbs.Scheme, year, calendar) };
        if (loaded is null)
        {
            body.Add(new TextBlock(t.Format("Assessment.Scheme.None", year)));
        }
        else
        {
            body.Add(SchemeCard.Loaded(t, loaded, calendar));
            body.AddRange(SchemeCard.Body(t, loaded.ReadScheme()));
            body.Add(new TextBlock(t[$"Assessment.Scheme.Change.{loaded.Status}"]) { IsSubtle = true, Size = TextSize.Small, Separator = true });
        }

        // An approved year's scheme is frozen with its results: no template to change it with.
        return new AdaptiveCard(body)
        {
            Actions = templateUrl is not null && loaded?.Status != AssessmentState.Approved ? [new OpenUrlAction(t["Points.Rules.Template"], templateUrl)] : null,
        };
    }
}
