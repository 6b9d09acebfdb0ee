using LiaisonBot.Localization;

namespace LiaisonBot.Features.Plans;

/// <summary>A plan file problem as the secretariat reads it.</summary>
public static class PlanFileErrors
{
    public static string Show(Texts t, PlanFileError error) => t.Format(error.Key, error.Args);
}
