using System.Globalization;
using System.Text.Json;
using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Features.Assessment.Results;
using LiaisonBot.Features.Assessment.Scheme;

namespace LiaisonBot.Features.Assessment.Process;

/// <summary>What a self-evaluation stores once checked: the claims by item code and the group's bonus entries.</summary>
public sealed record SelfDraft(IReadOnlyDictionary<string, Claim> Claims, IReadOnlyList<BonusEntry> Bonus);

/// <summary>
/// The self-evaluation form: for each claimable item its points (0 to the item's maximum) and a statement, needed when the
/// points are above 0; up to <see cref="BonusEntries"/> bonus entries, each with points and a reason. Saving a draft may
/// leave an item empty; submitting needs every item given (0 if nothing is claimed).
/// </summary>
public static class SelfForm
{
    public const int BonusEntries = 3;

    public static string ClaimField(string item) => "claim." + item;

    public static string StatementField(string item) => "statement." + item;

    /// <summary>The group's own bonus entries are "+1" to "+3": never an item code, since adjustments are keyed by both.</summary>
    public static string BonusId(int i) => "+" + i.ToString(CultureInfo.InvariantCulture);

    public static string BonusPointsField(int i) => $"bonus{i}.points";

    public static string BonusReasonField(int i) => $"bonus{i}.reason";

    public static IEnumerable<SchemeItem> Claimable(AssessmentScheme scheme, Group group) =>
        scheme.ItemsFor(group.Kind).Where(i => i.Source == ItemSource.Claimed);

    /// <summary>The form as stored entries fill it, to show the card again.</summary>
    public static Dictionary<string, string> Values(AssessmentScheme scheme, Group group, GroupEntries entries)
    {
        var values = new Dictionary<string, string>();
        foreach (var item in Claimable(scheme, group))
        {
            if (entries.Claims.TryGetValue(item.Code, out var claim))
            {
                values[ClaimField(item.Code)] = ProcessParts.Number(claim.Points);
                values[StatementField(item.Code)] = claim.Statement;
            }
        }

        for (var i = 1; i <= BonusEntries; i++)
        {
            if (entries.Bonus.FirstOrDefault(b => b.Id == BonusId(i)) is { } bonus)
            {
                values[BonusPointsField(i)] = ProcessParts.Number(bonus.Points);
                values[BonusReasonField(i)] = bonus.Reason;
            }
        }

        return values;
    }

    public static FormInput<Dictionary<string, string>, SelfDraft> Read(JsonElement? data, AssessmentScheme scheme, Group group, bool submit)
    {
        var values = new Dictionary<string, string>();
        var errors = new Dictionary<string, FieldError>();
        var claims = new Dictionary<string, Claim>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in Claimable(scheme, group))
        {
            var (pointsField, statementField) = (ClaimField(item.Code), StatementField(item.Code));
            var typed = values[pointsField] = CardData.Text(data, pointsField, 20);
            var statement = values[statementField] = CardData.Text(data, statementField, ProcessParts.MaxText * 3, multiline: true);
            errors.CheckLength(statementField, statement, ProcessParts.MaxText, required: false);
            if (typed.Length == 0)
            {
                if (submit || statement.Length > 0)
                {
                    errors[pointsField] = new FieldError("Assessment.Error.ClaimPoints", ProcessParts.Number(item.Max));
                }

                continue;
            }

            if (ProcessParts.Points(typed, 0, item.Max) is not { } points)
            {
                errors[pointsField] = new FieldError("Assessment.Error.Points", ProcessParts.Number(item.Max));
                continue;
            }

            if (points > 0 && statement.Length == 0)
            {
                errors[statementField] = new FieldError("Assessment.Error.Statement");
            }

            claims[item.Code] = new Claim(points, statement);
        }

        var bonus = new List<BonusEntry>();
        for (var i = 1; i <= BonusEntries; i++)
        {
            var typed = values[BonusPointsField(i)] = CardData.Text(data, BonusPointsField(i), 20);
            var reason = values[BonusReasonField(i)] = CardData.Text(data, BonusReasonField(i), ProcessParts.MaxText * 3, multiline: true);
            if (typed.Length == 0 && reason.Length == 0)
            {
                continue;
            }

            var points = ProcessParts.Points(typed, 0, scheme.BonusCap);
            if (points is not > 0)
            {
                errors[BonusPointsField(i)] = new FieldError("Assessment.Error.Bonus", ProcessParts.Number(scheme.BonusCap));
            }

            if (reason.Length == 0)
            {
                errors[BonusReasonField(i)] = new FieldError("Assessment.Error.BonusReason");
            }

            errors.CheckLength(BonusReasonField(i), reason, ProcessParts.MaxText, required: false);
            if (points is > 0 && reason.Length > 0)
            {
                bonus.Add(new BonusEntry(BonusId(i), points.Value, reason));
            }
        }

        return FormInput<Dictionary<string, string>, SelfDraft>.Checked(values, errors, () => new SelfDraft(claims, bonus));
    }
}
