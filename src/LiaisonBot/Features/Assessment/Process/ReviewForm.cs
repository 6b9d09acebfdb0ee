using System.Text.Json;
using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Features.Assessment.Results;
using LiaisonBot.Features.Assessment.Scheme;

namespace LiaisonBot.Features.Assessment.Process;

/// <summary>What a review stores once checked: the entered scores, each adjustment's points and reason, and whether it is done.</summary>
public sealed record ReviewDraft(IReadOnlyDictionary<string, decimal> Entered, IReadOnlyDictionary<string, (decimal Points, string Reason)> Adjusted, bool Done);

/// <summary>
/// The review form of one group: the county party committee's score for each entered item (0 to its maximum), and for
/// every item and bonus entry an optional adjusted points with its reason, which an adjustment always needs (the group
/// reads it). An empty adjusted points accepts what was proposed.
/// </summary>
public static class ReviewForm
{
    public const string DoneField = "done";

    public static string EnteredField(string item) => "entered." + item;

    public static string AdjustField(string id) => "adjust." + id;

    public static string ReasonField(string id) => "reason." + id;

    /// <summary>Everything the review can adjust, with the most its points may be: the group's items, then its bonus entries.</summary>
    public static IEnumerable<(string Id, decimal Max)> Adjustable(AssessmentScheme scheme, Group group, GroupEntries entries) =>
        scheme.ItemsFor(group.Kind).Select(i => (i.Code, i.Max)).Concat(entries.Bonus.Select(b => (b.Id, scheme.BonusCap)));

    public static Dictionary<string, string> Values(AssessmentScheme scheme, Group group, GroupAssessmentEntity row)
    {
        var entries = row.ReadEntries();
        var values = new Dictionary<string, string> { [DoneField] = row.ReviewedAt is null ? "false" : "true" };
        foreach (var (code, points) in entries.Entered)
        {
            values[EnteredField(code)] = ProcessParts.Number(points);
        }

        foreach (var (id, a) in entries.Adjustments)
        {
            values[AdjustField(id)] = ProcessParts.Number(a.Points);
            values[ReasonField(id)] = a.Reason;
        }

        return values;
    }

    public static FormInput<Dictionary<string, string>, ReviewDraft> Read(JsonElement? data, AssessmentScheme scheme, Group group, GroupEntries entries)
    {
        var values = new Dictionary<string, string>();
        var errors = new Dictionary<string, FieldError>();
        var entered = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in scheme.ItemsFor(group.Kind).Where(i => i.Source == ItemSource.Entered))
        {
            var typed = values[EnteredField(item.Code)] = CardData.Text(data, EnteredField(item.Code), 20);
            if (typed.Length > 0 && ProcessParts.Points(typed, 0, item.Max) is not { } points)
            {
                errors[EnteredField(item.Code)] = new FieldError("Assessment.Error.Points", ProcessParts.Number(item.Max));
            }
            else if (typed.Length > 0)
            {
                entered[item.Code] = ProcessParts.Points(typed, 0, item.Max)!.Value;
            }
        }

        var adjusted = new Dictionary<string, (decimal, string)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, max) in Adjustable(scheme, group, entries))
        {
            var typed = values[AdjustField(id)] = CardData.Text(data, AdjustField(id), 20);
            var reason = values[ReasonField(id)] = CardData.Text(data, ReasonField(id), ProcessParts.MaxText * 3, multiline: true);
            errors.CheckLength(ReasonField(id), reason, ProcessParts.MaxText, required: false);
            var points = ProcessParts.Points(typed, 0, max);
            if (typed.Length == 0)
            {
                if (reason.Length > 0)
                {
                    errors[AdjustField(id)] = new FieldError("Assessment.Error.AdjustPoints", ProcessParts.Number(max));
                }
            }
            else if (points is null)
            {
                errors[AdjustField(id)] = new FieldError("Assessment.Error.Points", ProcessParts.Number(max));
            }
            else if (reason.Length == 0)
            {
                errors[ReasonField(id)] = new FieldError("Assessment.Error.Reason");
            }
            else
            {
                adjusted[id] = (points.Value, reason);
            }
        }

        var done = values[DoneField] = CardData.Text(data, DoneField, 10);
        return FormInput<Dictionary<string, string>, ReviewDraft>.Checked(values, errors, () => new ReviewDraft(entered, adjusted, done == "true"));
    }
}
