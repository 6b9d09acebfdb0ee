namespace LiaisonBot.Features.Scoring;

public static class ScoringVerbs
{
    public const string Home = "scoring";
    public const string New = "scoring.new";
    public const string Open = "scoring.open";
    public const string Status = "scoring.status";
    public const string Turnout = "scoring.turnout";
    public const string Remind = "scoring.remind";
    public const string Close = "scoring.close";
    public const string CloseConfirm = "scoring.closeConfirm";
    public const string Results = "scoring.results";
    public const string Mine = "scoring.mine";
    public const string Page = "scoring.page";
    public const string Save = "scoring.save";

    public const string Id = "id";
    public const string PageNumber = "page";

    /// <summary>The number the next reminder will have, so pressing Remind twice (or a redelivery) sends one reminder.</summary>
    public const string Reminder = "reminder";
}
