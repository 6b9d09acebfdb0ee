using System.Globalization;
using System.Text.Json;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;

namespace LiaisonBot.Features.Scoring;

/// <summary>Reads and checks the secretariat's "open a scoring round" card.</summary>
public static class RoundForm
{
    public const string Year = "year";
    public const string Groups = "groups";
    public const string CloseDate = "closeDate";
    public const string CloseTime = "closeTime";
    public const string MinBallots = "k";

    /// <summary>Survey practice and our anonymity notes: never show a result resting on fewer than 5 ballots.</summary>
    public const int LowestK = 5;

    public static string MaxField(Criterion c) => "max." + c.ToString().ToLowerInvariant();

    public static RoundValues Defaults(Committee roster, WorkCalendar calendar) =>
        new(calendar.WorkYear.ToString(CultureInfo.InvariantCulture), string.Join(',', roster.Groups.Select(g => g.Code)),
            Criteria.All.Select(_ => Criteria.DefaultMax.ToString(CultureInfo.InvariantCulture)).ToList(), "", "18:00",
            LowestK.ToString(CultureInfo.InvariantCulture));

    public static FormInput<RoundValues, RoundDraft> Read(JsonElement? data, Committee roster, WorkCalendar calendar)
    {
        var v = new RoundValues(CardData.Text(data, Year, 10), CardData.Text(data, Groups, 2000),
            Criteria.All.Select(c => CardData.Text(data, MaxField(c), 10)).ToList(), CardData.Text(data, CloseDate, 20),
            CardData.Text(data, CloseTime, 20), CardData.Text(data, MinBallots, 10));
        var errors = new Dictionary<string, FieldError>();

        var year = Int(v.Year);
        if (year is null || !calendar.OpenYears.Contains(year.Value))
        {
            errors[Year] = new("Report.Error.Choice");
        }

        var chosen = CardData.List(v.Groups);
        var groups = roster.Groups.Where(g => chosen.Contains(g.Code, StringComparer.OrdinalIgnoreCase)).Select(g => g.Code).ToList();
        if (chosen.Length == 0 || groups.Count != chosen.Distinct(StringComparer.OrdinalIgnoreCase).Count())
        {
            errors[Groups] = new(chosen.Length == 0 ? "Form.Required" : "Report.Error.Choice");
        }

        var maxima = Criteria.All.Select(c => Int(v.Maxima[(int)c])).ToList();
        foreach (var c in Criteria.All.Where(c => maxima[(int)c] is not (>= 1 and <= Criteria.HighestMax)))
        {
            errors[MaxField(c)] = new("Scoring.Error.Max", Criteria.HighestMax);
        }

        DateTimeOffset closesAt = default;
        if (CardData.Date(v.CloseDate) is not { } date ||
            !TimeOnly.TryParseExact(v.CloseTime.Length == 0 ? "18:00" : v.CloseTime, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ||
            (closesAt = calendar.ToUtc(date, time)) <= calendar.Now)
        {
            errors[CloseDate] = new("Scoring.Error.CloseDate");
        }

        var scorers = roster.WithRole(Roles.StandingCommittee).Count();
        var k = Int(v.MinBallots);
        if (scorers < LowestK)
        {
            errors[MinBallots] = new("Scoring.Error.FewScorers", scorers, LowestK);
        }
        else if (k is null || k < LowestK || k > scorers)
        {
            errors[MinBallots] = new("Scoring.Error.K", LowestK, scorers);
        }

        return FormInput<RoundValues, RoundDraft>.Checked(v, errors, () => new RoundDraft(year!.Value, groups, maxima.Select(m => m!.Value).ToList(), closesAt, k!.Value));
    }

    private static int? Int(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}

/// <summary>The form's fields as strings, exactly as they are shown again.</summary>
public sealed record RoundValues(string Year, string Groups, IReadOnlyList<string> Maxima, string CloseDate, string CloseTime, string MinBallots);

public sealed record RoundDraft(int Year, IReadOnlyList<string> Groups, IReadOnlyList<int> Maxima, DateTimeOffset ClosesAt, int MinBallots);
