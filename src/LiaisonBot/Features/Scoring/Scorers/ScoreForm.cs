using System.Globalization;
using System.Text.Json;
using LiaisonBot.Cards;

namespace LiaisonBot.Features.Scoring.Scorers;

/// <summary>
/// Reads one page of a scorer's card. A group left blank is not saved (its earlier scores, if any, stay); a group
/// filled in must have all four scores, each a whole number from 0 to its maximum. Any score for a group that is not
/// on this page (not in the round, the scorer's own group, a forged field) rejects the whole page.
/// </summary>
public static class ScoreForm
{
    public static ScoreInput Read(JsonElement? data, ScoringRoundEntity round, string scorer, IReadOnlyList<string> pageGroups)
    {
        var foreign = ScoreFieldGroups(data).FirstOrDefault(g => !pageGroups.Contains(g, StringComparer.OrdinalIgnoreCase));
        if (foreign is not null)
        {
            return new ScoreInput(null, new Dictionary<string, FieldError>(),
                new FieldError(round.IsOwnGroup(scorer, foreign) ? "Scoring.Error.OwnGroup" : "Scoring.Error.NotInRound"));
        }

        var scores = new Dictionary<string, Scores>(StringComparer.OrdinalIgnoreCase);
        var errors = new Dictionary<string, FieldError>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in pageGroups)
        {
            var texts = Criteria.All.Select(c => CardData.Text(data, Criteria.FieldId(group, c), 10)).ToList();
            if (texts.All(t => t.Length == 0))
            {
                continue;
            }

            var values = Criteria.All.Select(c => Score(texts[(int)c], round.Max(c))).ToList();
            var bad = Criteria.All.Where(c => values[(int)c] is null).ToList();
            if (bad.Count > 0)
            {
                errors[group] = new FieldError(bad.Any(c => texts[(int)c].Length == 0) ? "Scoring.Error.Incomplete" : "Scoring.Error.Range");
                continue;
            }

            scores[group] = Scores.From(values.Select(v => v!.Value).ToList());
        }

        return errors.Count > 0 ? new ScoreInput(null, errors, null)
            : scores.Count == 0 ? new ScoreInput(null, errors, new FieldError("Scoring.Error.Empty"))
            : new ScoreInput(scores, errors, null);
    }

    /// <summary>Whole numbers only; "18.0" from a number input counts as 18.</summary>
    private static int? Score(string text, int max) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d) && d >= 0 && d <= max
            ? (int)d
            : null;

    /// <summary>The groups named by score fields (<c>g.{group}.{criterion}</c>) in the card data, whatever the page.</summary>
    private static IEnumerable<string> ScoreFieldGroups(JsonElement? data) =>
        data is { ValueKind: JsonValueKind.Object } d
            ? d.EnumerateObject().Select(p => p.Name).Where(n => n.StartsWith(Criteria.FieldPrefix, StringComparison.Ordinal) && n.LastIndexOf('.') > Criteria.FieldPrefix.Length)
                .Select(n => n[Criteria.FieldPrefix.Length..n.LastIndexOf('.')])
            : [];
}

/// <summary>
/// A page's scores to save, or what is wrong: per group, or with the page as a whole. Not a <see cref="FormInput{TValues, TDraft}"/>:
/// a score page never shows what was typed back (the answer would keep the scores in the chat), and it has a page-wide error.
/// </summary>
public sealed record ScoreInput(IReadOnlyDictionary<string, Scores>? Scores, IReadOnlyDictionary<string, FieldError> Errors, FieldError? PageError);
