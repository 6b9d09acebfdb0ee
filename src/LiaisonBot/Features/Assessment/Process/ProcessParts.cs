using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Assessment.Process;

/// <summary>Pieces the process cards share: the data their buttons carry, points as people write them, short notices.</summary>
public static class ProcessParts
{
    public const int MaxText = 200;

    public static Dictionary<string, string> Data(int year, string? group = null)
    {
        var data = new Dictionary<string, string> { [AssessmentVerbs.Year] = year.ToString(CultureInfo.InvariantCulture) };
        if (group is not null)
        {
            data[AssessmentVerbs.Group] = group;
        }

        return data;
    }

    /// <summary>"8.5", "10": at most one decimal, as the scheme's points are written.</summary>
    public static string Number(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>
    /// Points as typed: a number from <paramref name="min"/> to <paramref name="max"/> with at most one decimal; null for
    /// anything else (the caller puts the message beside the field).
    /// </summary>
    public static decimal? Points(string typed, decimal min, decimal max) =>
        decimal.TryParse(typed, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) &&
        value >= min && value <= max && value == Math.Round(value, 1)
            ? value
            : null;

    /// <summary>A refusal or a stale button: says why, and leads back to the year's assessment home.</summary>
    public static AdaptiveCard Notice(Texts t, string text, int year) =>
        Parts.Notice(text, attention: true, new ExecuteAction(t["Assessment.Back"], AssessmentVerbs.Home) { Data = Data(year) });

    /// <summary>The group's name as the roster has it, or its code for a group that has left the roster since.</summary>
    public static Group GroupOf(Committee roster, string code) => roster.Group(code) ?? new Group(code, code, GroupKind.Township);

    /// <summary>The result of a step, above the card it leads to: green for what was done, attention for what was refused.</summary>
    public static TextBlock Said(string text, bool attention) =>
        new(text) { Color = attention ? TextColor.Attention : TextColor.Good, Weight = TextWeight.Bolder };
}

/// <summary>What a step says above the card it returns: a sentence, and whether it is a refusal.</summary>
public sealed record Said(string Text, bool Attention = false);
