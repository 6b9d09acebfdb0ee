using LiaisonBot.Localization;

namespace LiaisonBot.Features.Plans.Import;

/// <summary>A plan file error as the secretariat reads it, in their language: where (sheet and row), then what.</summary>
public static class PlanFileErrorText
{
    public static string Line(PlanFileError error, Texts t)
    {
        var message = t.Format(error.Key, [.. error.Args.Select(arg => InLanguage(arg, t))]);
        if (error.Sheet.Length == 0)
        {
            return message;
        }

        var sheet = t[$"Plans.File.Sheet.{error.Sheet}"];
        return error.Row == 0 ? t.Format("Plans.File.InSheet", sheet, message) : t.Format("Plans.File.AtRow", sheet, error.Row, message);
    }

    private static object InLanguage(object arg, Texts t) => arg switch
    {
        PlanColumn column => column.Name(t),
        string[] list => string.Join(t.IsChinese ? "、" : ", ", list),
        _ => arg,
    };
}
