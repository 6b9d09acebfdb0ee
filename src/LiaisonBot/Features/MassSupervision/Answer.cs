namespace LiaisonBot.Features.MassSupervision;

/// <summary>
/// The four answers of a democratic-evaluation ballot. Stored as their one-letter code, never as text, so a ballot reads
/// the same in either language; a question left blank is an abstention and is not stored.
/// </summary>
public enum Answer
{
    Satisfied,
    Mostly,
    Not,
    Unknown,
}

public static class Answers
{
    public static readonly IReadOnlyList<Answer> All = Enum.GetValues<Answer>();

    public static char Code(this Answer a) => a switch
    {
        Answer.Satisfied => 'S',
        Answer.Mostly => 'M',
        Answer.Not => 'N',
        _ => 'U',
    };

    public static Answer? Parse(string? code) => code switch
    {
        "S" => Answer.Satisfied,
        "M" => Answer.Mostly,
        "N" => Answer.Not,
        "U" => Answer.Unknown,
        _ => null,
    };
}
