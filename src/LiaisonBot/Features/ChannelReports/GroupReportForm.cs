using System.Text.Json;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;

namespace LiaisonBot.Features.ChannelReports;

/// <summary>
/// Reads and checks the compose card. Card data is untrusted: the result is a draft, or a message per field with the
/// input kept for redisplay. Which group the report is for is decided by the caller's role, not here.
/// </summary>
public static class GroupReportForm
{
    public const string Kind = "kind";
    public const string Title = "title";
    public const string From = "from";
    public const string To = "to";
    public const string WorkDone = "workDone";
    public const string Results = "results";
    public const string Problems = "problems";
    public const string NextSteps = "nextSteps";
    public const string NamesSilent = "namesSilent";

    public const int MaxTitle = 100;
    public const int MaxSection = 2000;

    /// <summary>
    /// The whole text: the compose card carries all of it, and a card must stay under 28 KB at three bytes a Chinese
    /// character. Six thousand characters is a long annual report; the summary and the pages show it all the same.
    /// </summary>
    public const int MaxTotal = 6000;

    private const int RedisplaySlack = 200;

    public static readonly string[] SectionFields = [WorkDone, Results, Problems, NextSteps];

    public static FormInput<GroupReportValues, GroupReportDraft> Read(JsonElement? data, WorkCalendar calendar)
    {
        // What is kept to show again is bounded as a whole too, so a card of over-long sections still fits.
        var budget = MaxTotal + 2 * RedisplaySlack;
        string Section(string field)
        {
            var text = CardData.Text(data, field, Math.Min(MaxSection + RedisplaySlack, budget), multiline: true);
            budget -= text.Length;
            return text;
        }

        var v = new GroupReportValues(CardData.Text(data, Kind, 20), CardData.Text(data, Title, MaxTitle + RedisplaySlack),
            CardData.Text(data, From, 20), CardData.Text(data, To, 20),
            Section(WorkDone), Section(Results), Section(Problems), Section(NextSteps), CardData.Text(data, NamesSilent, 10) == "true");
        var errors = new Dictionary<string, FieldError>();

        var kind = GroupReportKinds.Parse(v.Kind);
        if (kind is null)
        {
            errors[Kind] = new(v.Kind.Length == 0 ? "Form.Required" : "GroupReport.Error.Kind");
        }

        errors.CheckLength(Title, v.Title, MaxTitle, required: true);
        var from = Date(v.From, From, errors);
        var to = Date(v.To, To, errors);
        if (from is { } f && to is { } t)
        {
            if (t < f)
            {
                errors[To] = new("GroupReport.Error.Order");
            }
            else if (f.Year != t.Year)
            {
                errors[To] = new("GroupReport.Error.OneYear");
            }
            else if (f.Year < calendar.WorkYear - 1 || f.Year > calendar.WorkYear)
            {
                errors[From] = new("GroupReport.Error.Year", calendar.WorkYear - 1, calendar.WorkYear);
            }
        }

        foreach (var (field, text) in SectionFields.Zip(v.Sections))
        {
            errors.CheckLength(field, text, MaxSection, required: false);
        }

        var total = v.Sections.Sum(s => s.Length);
        if (total == 0)
        {
            errors[WorkDone] = new("GroupReport.Error.NoSection");
        }
        else if (total > MaxTotal)
        {
            var last = SectionFields.Zip(v.Sections).Last(s => s.Second.Length > 0).First;
            errors.TryAdd(last, new("GroupReport.Error.Total", MaxTotal, total));
        }

        return FormInput<GroupReportValues, GroupReportDraft>.Checked(v, errors, () => new GroupReportDraft(kind!.Value, from!.Value, to!.Value,
            new GroupReportText(v.Title, v.From, v.To, v.WorkDone, v.Results, v.Problems, v.NextSteps, v.NamesSilent)));
    }

    /// <summary>A new report covers the work year so far.</summary>
    public static GroupReportValues Defaults(WorkCalendar calendar)
    {
        var start = new DateOnly(calendar.WorkYear, 1, 1);
        var end = calendar.Today.Year == calendar.WorkYear ? calendar.Today : new DateOnly(calendar.WorkYear, 12, 31);
        return GroupReportValues.Empty with { From = WorkCalendar.Iso(start), To = WorkCalendar.Iso(end) };
    }

    private static DateOnly? Date(string value, string field, Dictionary<string, FieldError> errors)
    {
        if (value.Length == 0)
        {
            errors[field] = new("Form.Required");
            return null;
        }

        var date = CardData.Date(value);
        if (date is null)
        {
            errors[field] = new("Report.Error.DateFormat");
        }

        return date;
    }
}
