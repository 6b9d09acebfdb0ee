using LiaisonBot.Features.Assessment.Process;

namespace LiaisonBot.Features.Assessment.Figures;

/// <summary>
/// Keeps a group's figures within the room its row has for them: at most <see cref="Figure.MaxLines"/> records an item,
/// and fewer if a scheme of many items still does not fit. The numbers never change, only how many records show.
/// </summary>
public static class FigureFit
{
    public static GroupFigures Within(GroupFigures all, int maxChars)
    {
        var lines = Figure.MaxLines;
        var figures = Keep(all, lines);
        while (AssessmentJson.Write(figures).Length > maxChars && lines > 1)
        {
            lines = Math.Max(1, lines * 3 / 4);
            figures = Keep(all, lines);
        }

        return figures;
    }

    private static GroupFigures Keep(GroupFigures all, int lines) =>
        all with { Items = [.. all.Items.Select(i => i with { Evidence = Figure.Lines(i.Evidence, lines) })] };
}
