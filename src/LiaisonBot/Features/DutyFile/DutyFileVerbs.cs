namespace LiaisonBot.Features.DutyFile;

/// <summary>The card verbs of the DutyFile feature, and the keys of their data.</summary>
public static class DutyFileVerbs
{
    public const string Mine = "dutyfile";
    public const string Print = "dutyfile.pdf";
    public const string Points = "points";
    public const string Rules = "points.rules";
    public const string Recompute = "points.recompute";
    public const string Export = "points.export";

    public const string Group = "group";
    public const string Grade = "grade";
    public const string Below = "below";
    public const string Page = "page";
}
