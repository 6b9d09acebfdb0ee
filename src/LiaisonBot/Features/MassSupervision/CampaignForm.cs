using System.Globalization;
using System.Text.Json;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;

namespace LiaisonBot.Features.MassSupervision;

/// <summary>Reads and checks the secretariat's "new campaign" card.</summary>
public static class CampaignForm
{
    public const string Year = "year";
    public const string Title = "title";
    public const string From = "from";
    public const string To = "to";

    public const int MaxTitle = 100;

    public static CampaignValues Defaults(WorkCalendar calendar, Localization.Texts t) =>
        new(calendar.WorkYear.ToString(CultureInfo.InvariantCulture), t.Format("Mass.Form.DefaultTitle", calendar.WorkYear),
            WorkCalendar.Iso(calendar.Today), WorkCalendar.Iso(calendar.Today.AddDays(30)));

    public static FormInput<CampaignValues, CampaignDraft> Read(JsonElement? data, WorkCalendar calendar)
    {
        var v = new CampaignValues(CardData.Text(data, Year, 10), CardData.Text(data, Title, MaxTitle + 100),
            CardData.Text(data, From, 20), CardData.Text(data, To, 20));
        var errors = new Dictionary<string, FieldError>();
        var year = int.TryParse(v.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && calendar.OpenYears.Contains(y) ? y : (int?)null;
        if (year is null)
        {
            errors[Year] = new("Report.Error.Choice");
        }

        errors.CheckLength(Title, v.Title, MaxTitle, required: true);
        var from = CardData.Date(v.From);
        var to = CardData.Date(v.To);
        if (from is null)
        {
            errors[From] = new("Mass.Error.Date");
        }

        if (to is null)
        {
            errors[To] = new("Mass.Error.Date");
        }
        else if (to < calendar.Today)
        {
            errors[To] = new("Mass.Error.EndPast");
        }
        else if (from is not null && to < from)
        {
            errors[To] = new("Mass.Error.EndBeforeStart");
        }

        return FormInput<CampaignValues, CampaignDraft>.Checked(v, errors,
            () => new CampaignDraft(year!.Value, v.Title, calendar.ToUtc(from!.Value), calendar.ToUtc(to!.Value.AddDays(1))));
    }
}

/// <summary>The form's fields as typed, to show them again.</summary>
public sealed record CampaignValues(string Year, string Title, string From, string To);

/// <summary>A checked form: ballots are taken from <paramref name="OpensAt"/> until just before <paramref name="EndsAt"/>.</summary>
public sealed record CampaignDraft(int Year, string Title, DateTimeOffset OpensAt, DateTimeOffset EndsAt);
