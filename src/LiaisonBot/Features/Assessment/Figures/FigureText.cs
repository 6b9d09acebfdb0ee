using System.Globalization;
using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Assessment.Figures;

/// <summary>A computed figure in words, for every card and export that shows one.</summary>
public static class FigureText
{
    public static string Explain(Texts t, SchemeItem item, ItemFigure figure) =>
        t.Format("Assessment.Figure.Of", Number(figure.Have), Number(figure.Of)) + (figure.Note is { } note ? " · " + t[note] : "");

    private static string Number(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
