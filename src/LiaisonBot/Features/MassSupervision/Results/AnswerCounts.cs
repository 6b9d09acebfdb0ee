using System.Globalization;

namespace LiaisonBot.Features.MassSupervision.Results;

/// <summary>How many answered each way; blanks (abstentions) are not answers and are not counted.</summary>
public sealed record AnswerCounts(int Satisfied, int Mostly, int Not, int Unknown)
{
    public static readonly AnswerCounts None = new(0, 0, 0, 0);

    public int Answered => Satisfied + Mostly + Not + Unknown;

    public int this[Answer a] => a switch
    {
        Answer.Satisfied => Satisfied,
        Answer.Mostly => Mostly,
        Answer.Not => Not,
        _ => Unknown,
    };

    /// <summary>The share of one answer among all answers, 0–1.</summary>
    public decimal Share(Answer a) => Answered == 0 ? 0 : (decimal)this[a] / Answered;

    /// <summary>
    /// Satisfaction as county practice counts it (满意率): satisfied and mostly satisfied among those who gave an opinion;
    /// "don't know" is no opinion. Null when nobody gave one.
    /// </summary>
    public decimal? SatisfactionShare => Satisfied + Mostly + Not is var opinions && opinions == 0 ? null : (decimal)(Satisfied + Mostly) / opinions;

    public AnswerCounts With(Answer a) => a switch
    {
        Answer.Satisfied => this with { Satisfied = Satisfied + 1 },
        Answer.Mostly => this with { Mostly = Mostly + 1 },
        Answer.Not => this with { Not = Not + 1 },
        _ => this with { Unknown = Unknown + 1 },
    };

    public static AnswerCounts operator +(AnswerCounts a, AnswerCounts b) =>
        new(a.Satisfied + b.Satisfied, a.Mostly + b.Mostly, a.Not + b.Not, a.Unknown + b.Unknown);

    /// <summary><c>S=3;M=2;N=0;U=1</c>: how paper totals are stored.</summary>
    public string Format() => string.Join(';', Answers.All.Select(a => $"{a.Code()}={this[a].ToString(CultureInfo.InvariantCulture)}"));

    public static AnswerCounts Parse(string? stored)
    {
        var counts = (stored ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2).ToDictionary(p => p[0], p => int.TryParse(p[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0);
        return new(counts.GetValueOrDefault("S"), counts.GetValueOrDefault("M"), counts.GetValueOrDefault("N"), counts.GetValueOrDefault("U"));
    }
}
