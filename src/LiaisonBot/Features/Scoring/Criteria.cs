using LiaisonBot.Localization;

namespace LiaisonBot.Features.Scoring;

/// <summary>What every group is scored on, in this order everywhere: cards, sealed values, ballots, results, export.</summary>
public enum Criterion
{
    Ideas,
    Measures,
    Methods,
    Effect,
}

public static class Criteria
{
    public static readonly IReadOnlyList<Criterion> All = Enum.GetValues<Criterion>();

    public const int DefaultMax = 25;
    public const int HighestMax = 100;

    public static string Name(this Criterion c, Texts t) => t[$"Scoring.Criterion.{c}"];

    /// <summary>The card input of one criterion of one group, e.g. <c>g.T01.ideas</c>.</summary>
    public static string FieldId(string groupCode, Criterion c) => $"{FieldPrefix}{groupCode}.{c.ToString().ToLowerInvariant()}";

    public const string FieldPrefix = "g.";
}

/// <summary>One scorer's four scores for one group.</summary>
public sealed record Scores(int Ideas, int Measures, int Methods, int Effect)
{
    public int this[Criterion c] => c switch
    {
        Criterion.Ideas => Ideas,
        Criterion.Measures => Measures,
        Criterion.Methods => Methods,
        _ => Effect,
    };

    public int Total => Ideas + Measures + Methods + Effect;

    public static Scores From(IReadOnlyList<int> values) => new(values[0], values[1], values[2], values[3]);
}
