using System.Globalization;
using LiaisonBot.Features.Assessment.Results;
using LiaisonBot.Features.Assessment.Scheme;

namespace LiaisonBot.Features.Assessment.Figures;

/// <summary>How every formula turns its two numbers into points, and keeps its records short enough to store with the group.</summary>
public static class Figure
{
    /// <summary>Records an item keeps at most when stored (<see cref="FigureFit"/>): enough to check a figure by; the rest is counted in one last line.</summary>
    public const int MaxLines = 60;

    /// <summary>Records keep a short title: enough to recognise them, small enough that a busy year fits in the row.</summary>
    public const int TitleLength = 40;

    /// <summary>The item's points: the share (capped at 1: more than the target earns no more) of its maximum, to one decimal.</summary>
    public static ItemFigure Of(SchemeItem item, decimal share, decimal have, decimal of, IEnumerable<Evidence> evidence, string? note = null) =>
        new(item.Code, Scorecard.OneDecimal(Math.Clamp(share, 0, 1) * item.Max), have, of, [.. evidence]) { Note = note };

    /// <summary>A share of two counts; nothing of nothing is 0.</summary>
    public static decimal Share(decimal have, decimal of) => of <= 0 ? 0 : have / of;

    /// <summary>No points, and why (a text key): no tasks, no closed round, too few ballots…</summary>
    public static ItemFigure None(SchemeItem item, string note, decimal have = 0, decimal of = 0, IEnumerable<Evidence>? evidence = null) =>
        Of(item, 0, have, of, evidence ?? [], note);

    /// <summary>
    /// At most <paramref name="max"/> lines: the first ones, then a last line counting the rest ("… +37"). Written with
    /// symbols rather than words, since a figure is stored once and read in either language.
    /// </summary>
    public static IReadOnlyList<Evidence> Lines(IEnumerable<Evidence> evidence, int max)
    {
        var all = evidence as IReadOnlyList<Evidence> ?? [.. evidence];
        return all.Count <= max ? all : [.. all.Take(max - 1), new Evidence(null, $"… +{all.Count - max + 1}", false)];
    }

    /// <summary>A count in a record's line, written the same in either language.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Notes the figures may carry: each a text key worded in both languages.</summary>
    public static class Notes
    {
        public const string NoFormula = "Assessment.Note.NoFormula";
        public const string NoTarget = "Assessment.Note.NoTarget";
        public const string NoDate = "Assessment.Note.NoDate";
        public const string NoMembers = "Assessment.Note.NoMembers";
        public const string NoTasks = "Assessment.Note.NoTasks";
        public const string NoDutyPoints = "Assessment.Note.NoDutyPoints";
        public const string NoMeetings = "Assessment.Note.NoMeetings";
        public const string NoRound = "Assessment.Note.NoRound";
        public const string TooFewBallots = "Assessment.Note.TooFewBallots";
        public const string NoCampaign = "Assessment.Note.NoCampaign";
        public const string TooFewAnswers = "Assessment.Note.TooFewAnswers";
    }
}
