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
        var typed = pageGroups.SelectMany(g => Criteria.All.Select(c => Criteria.FieldId(g, c)))
            .ToDictionary(id => id, id => CardData.Text(data, id, 10));
        var foreign = ScoreFieldGroups(data).FirstOrDefault(g => !pageGroups.Contains(g, StringComparer.OrdinalIgnoreCase));
        if (foreign is not null)
        {
            return new ScoreInput(null, new Dictionary<string, FieldError>(),
                new FieldError(round.IsOwnGroup(scorer, foreign) ? "Scoring.Error.OwnGroup" : "Scoring.Error.NotInRound"), typed);
        }

        var scores = new Dictionary<string, Scores>(StringComparer.OrdinalIgnoreCase);
        var errors = new Dictionary<string, FieldError>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in pageGroups)
        {
            var texts = Criteria.All.Select(c => typed[Criteria.FieldId(group, c)]).ToList();
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

        return errors.Count > 0 ? new ScoreInput(null, errors, null, typed)
            : scores.Count == 0 ? new ScoreInput(null, errors, new FieldError("Scoring.Error.Empty"), typed)
            : new ScoreInput(scores, errors, null, typed);
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
/// A page's scores to save, or what is wrong: per group, or with the page as a whole; and what was typed, by field id.
/// Only a page with an error shows <see cref="Typed"/> back: it is answered before anything is saved, and retyping
/// sixteen numbers to fix one is how scores get mistyped. A saved page's answer never shows a score.
/// </summary>
public sealed record ScoreInput(IReadOnlyDictionary<string, Scores>? Scores, IReadOnlyDictionary<string, FieldError> Errors, FieldError? PageError,
    IReadOnlyDictionary<string, string> Typed);
