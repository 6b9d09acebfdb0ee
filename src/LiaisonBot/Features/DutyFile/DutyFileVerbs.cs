namespace LiaisonBot.Features.DutyFile;

/// <summary>The card verbs of the DutyFile feature.</summary>
public static class DutyFileVerbs
{
    public const string Mine = "dutyfile";
}
